package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code billing check --matter} and {@code --prior-fees}: the matter's budget reaches the guideline pack. */
class MatterOptionTest {
    @TempDir
    Path temp;

    /** March 2026 of Acme v. Globex: USD 78,670.50 of fees. */
    private static final Path ACME = Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes");
    /** Its matter: 2025-0419, budget USD 250,000.00. */
    private static final Path ACME_MATTER = Cli.repositoryFile("samples/data/matters/acme-v-globex.yaml");

    private static boolean hasBudgetFinding(Cli.Result r) {
        return r.outLines().stream().anyMatch(l -> l.contains("OCG-BUDGET"));
    }

    @Test
    void priorFeesAndTheMattersBudgetPutTheInvoiceOverBudget() {
        Cli.Result r = Cli.run("check", "--pack=guideline", "--no-default-packs", "--matter", ACME_MATTER,
                "--prior-fees", "200000.00", ACME);

        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).contains("OCG-BUDGET invoice:")
                .contains("278,670.50").contains("200,000.00 billed before").contains("28,670.50 above the budget"
                        + " of 250,000.00"));
    }

    @Test
    void withinTheBudgetOrWithoutTheMatterThereIsNoBudgetFinding() {
        Cli.Result within = Cli.run("check", "--pack=guideline", "--no-default-packs", "--matter", ACME_MATTER,
                "--prior-fees", "171329.50", ACME);
        Cli.Result withoutMatter = Cli.run("check", "--pack=guideline", "--no-default-packs", ACME);

        // 171,329.50 + 78,670.50 = 250,000.00: exactly the budget is not over it.
        assertThat(within.err()).isEmpty();
        assertThat(hasBudgetFinding(within)).isFalse();
        assertThat(hasBudgetFinding(withoutMatter)).isFalse();
    }

    @Test
    void aMatterFileOfAnotherMatterLeavesTheInvoiceUnmatched() throws IOException {
        Path other = Files.writeString(temp.resolve("other.yaml"), Files.readString(ACME_MATTER)
                .replace("id: \"2025-0419\"", "id: \"2025-9999\"").replace("budget: \"250000.00\"",
                        "budget: \"1000.00\""));

        Cli.Result r = Cli.run("check", "--pack=guideline", "--no-default-packs", "--matter", other, ACME);

        assertThat(r.err()).isEmpty();
        assertThat(hasBudgetFinding(r)).isFalse();
    }

    @Test
    void twoFilesOfOneMatterAreRefused() {
        Cli.Result r = Cli.run("check", "--matter", ACME_MATTER, "--matter", ACME_MATTER, ACME);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + ACME_MATTER)
                .contains("describes matter 2025-0419");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void priorFeesNeedOneMatterAndAValidAmount() {
        Cli.Result noMatter = Cli.run("check", "--prior-fees", "100.00", ACME);
        Cli.Result tooPrecise = Cli.run("check", "--matter", ACME_MATTER, "--prior-fees", "12.345", ACME);

        assertThat(noMatter.code()).isEqualTo(2);
        assertThat(noMatter.errLines().get(0)).isEqualTo("billing: --prior-fees needs exactly one --matter, the matter"
                + " whose earlier fees it gives (0 given)");
        assertThat(tooPrecise.code()).isEqualTo(2);
        assertThat(tooPrecise.errLines()).containsExactly("billing: --prior-fees must have at most 2 decimals for USD,"
                + " was '12.345'");
    }

    @Test
    void aMissingMatterFileIsExitTwo() {
        Cli.Result r = Cli.run("check", "--matter", temp.resolve("none.yaml"), ACME);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + temp.resolve("none.yaml"));
    }
}
