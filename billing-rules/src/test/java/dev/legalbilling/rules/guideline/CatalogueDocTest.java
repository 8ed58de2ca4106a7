package dev.legalbilling.rules.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.ParameterType;
import dev.legalbilling.rules.RuleDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md documents every rule of the pack with its parameters, defaults and severity. */
class CatalogueDocTest {
    private static final Path DOC = Path.of("../docs/rules.md");

    @Test
    void everyRuleHasASectionWithItsParametersAndDefaults() throws Exception {
        String doc = Files.readString(DOC);
        for (RuleDefinition rule : Guideline.engine().ruleSets().get(0).rules()) {
            int at = doc.indexOf("\n### " + rule.id() + "\n");
            assertThat(at).as("section of %s", rule.id()).isPositive();
            int end = doc.indexOf("\n##", at + 5);
            String section = doc.substring(at, end < 0 ? doc.length() : end);
            String prose = section.replaceAll("\\s+", " ");
            assertThat(doc).as("summary row of %s", rule.id()).containsPattern("\\| \\[" + rule.id()
                    + "\\]\\(#[a-z-]+\\) \\| [a-z-]+\\.drl \\| [^|]+ \\| " + rule.severity() + " \\|");
            String topic = rule.citation().replace("Client billing guidelines: ", "");
            assertThat(prose).as("citation topic of %s", rule.id()).contains("*" + topic + "*");
            if (rule.parameters().isEmpty()) {
                assertThat(prose).contains("No parameters");
            }
            for (ParameterDefinition p : rule.parameters()) {
                assertThat(section).as("%s.%s", rule.id(), p.name()).contains("| `" + p.name() + "` | "
                        + p.type().name());
                if (p.type() == ParameterType.STRING_LIST) {
                    p.defaultValue().strings().forEach(s -> assertThat(section).contains("`" + s + "`"));
                } else if (p.type() == ParameterType.DECIMAL_MAP) {
                    p.defaultValue().entries().forEach((k, v) -> assertThat(section).contains(k + ": "
                            + v.toPlainString()));
                } else {
                    assertThat(section).as("%s.%s default", rule.id(), p.name()).contains("| `"
                            + p.defaultValue().asText() + "` |");
                }
            }
        }
    }
}
