package dev.legalbilling.json.matter;

import static dev.legalbilling.json.matter.MatterFixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A timekeeper's optional {@code barAdmissionYear} in the matter file: read, written back, and validated. */
class MatterFileExperienceTest {
    private static final String ADMITTED = HEADER.replace("classification: AS,", "classification: AS, "
            + "barAdmissionYear: 2025,") + MatterFixtures.FLAT;

    @Test
    void readsTheBarAdmissionYearWhereGivenAndNullWhereNot() {
        MatterFile file = MatterFile.parse("m.yaml", ADMITTED);
        assertThat(file.timekeepers()).extracting(Timekeeper::barAdmissionYear).containsExactly(null, 2025);
    }

    @Test
    void writesTheBarAdmissionYearBackInBothSyntaxes(@TempDir Path dir) {
        MatterFile file = MatterFile.parse("m.yaml", ADMITTED);
        Path yaml = dir.resolve("copy.yaml");
        Path json = dir.resolve("copy.json");
        file.write(yaml);
        file.write(json);
        assertThat(MatterFile.read(yaml)).isEqualTo(file);
        assertThat(MatterFile.read(json)).isEqualTo(file);
        assertThat(text(yaml)).containsOnlyOnce("barAdmissionYear: 2025");
    }

    @Test
    void refusesAYearOutOfRangeNamingTheKeyAndLine() {
        JsonInputException e = readError(ADMITTED.replace("barAdmissionYear: 2025", "barAdmissionYear: 1850"));
        assertThat(e.path()).isEqualTo("timekeepers[1].barAdmissionYear");
        assertThat(e.problem()).contains("1850").contains("between 1900 and 2999");
        assertThat(e.line()).isEqualTo(10);
    }

    @Test
    void refusesAYearThatIsNotAWholeNumber() {
        for (String bad : new String[] {"2025.5", "twenty"}) {
            JsonInputException e = readError(ADMITTED.replace("barAdmissionYear: 2025",
                    "barAdmissionYear: " + bad));
            assertThat(e.path()).as(bad).isEqualTo("timekeepers[1].barAdmissionYear");
            assertThat(e.line()).as(bad).isEqualTo(10);
            assertThat(e.getMessage()).as(bad).doesNotContain("java.lang");
        }
    }

    @Test
    void givesAnInvoicesTimekeepersTheYearsTheInvoiceDoesNotSay() {
        MatterFile file = MatterFile.parse("m.yaml", ADMITTED);
        Timekeeper admitted = file.timekeepers().get(1);
        Timekeeper bare = admitted.withBarAdmissionYear(null);
        Timekeeper other = Timekeeper.of("TK-X", "Roe", "Cy", TimekeeperClassification.ASSOC,
                null);
        Invoice invoice = invoice(line("1", bare), line("2", other),
                line("3", bare.withBarAdmissionYear(2010)));
        Invoice completed = file.withBarAdmissionYears(invoice);
        assertThat(completed.lines()).extracting(l -> l.timekeeper().barAdmissionYear())
                .containsExactly(2025, null, 2010);
        assertThat(completed.total()).isEqualTo(invoice.total());
        assertThat(completed.lines()).extracting(l -> l.sourceLine()).containsExactly(3, 4, 5);
        // nothing to add: the same invoice back
        Invoice nothing = invoice(line("1", other));
        assertThat(file.withBarAdmissionYears(nothing)).isSameAs(nothing);
    }

    private static Invoice invoice(InvoiceLine... lines) {
        return Invoice.builder(InvoiceNumber.of("L-1"),
                        ClientId.of("ACME"), MatterId.of("M-1"))
                .invoiceDate(LocalDate.of(2026, 3, 31))
                .period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                .lines(List.of(lines)).build();
    }

    private static InvoiceLine line(String number, Timekeeper tk) {
        return InvoiceLine.builder(number, LineType.FEE,
                        LocalDate.of(2026, 3, 2)).timekeeper(tk).units("1.0")
                .unitCost(UnitPrice.of("300", "USD")).sourceLine(Integer.parseInt(number) + 2)
                .price(RoundingMode.HALF_UP);
    }

    private static JsonInputException readError(String text) {
        JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> MatterFile.parse("m.yaml", text));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
