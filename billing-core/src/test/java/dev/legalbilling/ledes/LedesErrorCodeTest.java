package dev.legalbilling.ledes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LedesErrorCodeTest {
    private static final Path DOC = Path.of("..", "docs", "ledes-errors.md");

    @Test
    void codesAreUniqueAndWellFormed() {
        Set<String> codes = Arrays.stream(LedesErrorCode.values()).map(LedesErrorCode::code)
                .collect(Collectors.toSet());

        assertThat(codes).hasSize(LedesErrorCode.values().length);
        assertThat(codes).allMatch(c -> c.matches("[FVAIDWX][1-7]\\d\\d"));
        assertThat(LedesErrorCode.values()).allSatisfy(c -> assertThat(c.description()).endsWith("."));
    }

    @Test
    void everyCodeIsDocumentedWithItsCurrentDescription() throws IOException {
        String doc = Files.readString(DOC);

        for (LedesErrorCode c : LedesErrorCode.values()) {
            String row = "| " + c.code() + " | `" + c.name() + "` | " + c.defaultSeverity().name().toLowerCase()
                    + " | " + (c.adjustable() ? "yes" : "no") + " | " + c.description() + " | " + c.reference()
                    + " |";
            assertThat(doc).as("docs/ledes-errors.md row for %s", c).contains(row);
        }
    }

    @Test
    void codesAreFoundByShortFormOrName() {
        assertThat(LedesErrorCode.find("a301")).contains(LedesErrorCode.LINE_ARITHMETIC);
        assertThat(LedesErrorCode.find("LINE_ARITHMETIC")).contains(LedesErrorCode.LINE_ARITHMETIC);
        assertThat(LedesErrorCode.find("Z999")).isEmpty();
    }

    @Test
    void everyAdjustableCodeIsAcceptedInADialectAndEveryFixedOneRefused() {
        for (LedesErrorCode c : LedesErrorCode.values()) {
            LedesDialect.Builder b = LedesDialect.spec().derive("t").off(c);
            if (c.adjustable()) {
                assertThat(b.build().severity(c)).isEmpty();
            } else {
                org.assertj.core.api.Assertions.assertThatThrownBy(b::build)
                        .isInstanceOf(LedesDialectException.class);
            }
        }
    }
}
