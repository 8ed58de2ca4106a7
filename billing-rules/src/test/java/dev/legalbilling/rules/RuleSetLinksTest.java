package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule directories never follow a link out of themselves, and never quote a file that is not a rule file. */
class RuleSetLinksTest {
    private static final String SECRET = "root:SECRET-CONTENT-OF-ANOTHER-FILE:0:0";
    private static final String GOOD = """
            package com.firm.rules;
            import dev.legalbilling.rules.fact.*;
            rule "FIRM-ANY-LINE"
            when
                $l : LineFact(position == 99)
            then
                insert(Violation.onLine($l, "line"));
            end
            """;

    @Test
    void refusesADrlLinkThatLeadsOutOfTheDirectoryWithoutReadingIt(@TempDir Path tmp) throws Exception {
        Path outside = Files.writeString(tmp.resolve("shadow"), SECRET + "\n");
        Path rules = Files.createDirectory(tmp.resolve("rules"));
        Files.writeString(rules.resolve("good.drl"), GOOD);
        Files.createSymbolicLink(rules.resolve("evil.drl"), outside);

        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addDirectory(rules).build());

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("evil.drl", "is a link to a file outside", "was not read")
                .doesNotContain("SECRET-CONTENT");
    }

    @Test
    void refusesAManifestLinkThatLeadsOutOfTheDirectory(@TempDir Path tmp) throws Exception {
        Path outside = Files.writeString(tmp.resolve("secret.yaml"), "id: " + SECRET + "\nfiles: [x]: [\n");
        Path rules = Files.createDirectory(tmp.resolve("rules"));
        Files.writeString(rules.resolve("good.drl"), GOOD);
        Files.createSymbolicLink(rules.resolve("ruleset.yaml"), outside);

        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addDirectory(rules).build());

        assertThat(e.getMessage()).contains("ruleset.yaml", "is a link to a file outside")
                .doesNotContain("SECRET-CONTENT");
    }

    @Test
    void followsALinkThatStaysInsideTheDirectory(@TempDir Path tmp) throws Exception {
        Path rules = Files.createDirectory(tmp.resolve("rules"));
        Path real = Files.writeString(rules.resolve("real.drl.txt"), GOOD);
        Files.createSymbolicLink(rules.resolve("linked.drl"), real);
        try (RuleEngine engine = RuleEngine.builder().addDirectory(rules).build()) {
            assertThat(engine.ruleSets()).singleElement().satisfies(s -> assertThat(s.rules()).hasSize(1));
        }
    }

    @Test
    void aFileThatIsNotARuleFileIsNotReadNorQuoted(@TempDir Path tmp) throws Exception {
        Path passwd = Files.writeString(tmp.resolve("passwd"), SECRET + "\n");
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addFile(passwd).build());
        assertThat(e.getMessage()).contains("is not a rule file").doesNotContain("SECRET-CONTENT");
    }
}
