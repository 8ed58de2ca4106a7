package dev.legalbilling.rules.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.ParameterType;
import dev.legalbilling.rules.RuleDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/ethics-rules.md catalogues exactly the rules of the manifest, with their defaults. */
class EthicsDocTest {
    private static final Path DOC = Path.of("../docs/ethics-rules.md");

    @Test
    void theCatalogueListsEveryRuleWithItsSeverityActionAndParameterDefaults() throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| `(ETH-[A-Z-]+)` \\|(.*)$").matcher(Files.readString(DOC));
        while (m.find()) {
            rows.put(m.group(1), m.group(2));
        }
        List<RuleDefinition> rules = EthicsFixtures.engine().ruleSets().get(0).rules();
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(rules.stream().map(RuleDefinition::id)
                .toList());
        for (RuleDefinition rule : rules) {
            String row = rows.get(rule.id());
            assertThat(row).as(rule.id()).contains(rule.severity() + " / " + rule.action());
            for (ParameterDefinition p : rule.parameters()) {
                assertThat(row).as(rule.id() + "." + p.name()).contains("`" + p.name() + "` " + p.type());
                if (p.type() == ParameterType.STRING_LIST) {
                    assertThat(row).contains("[" + String.join(", ", p.defaultValue().strings()) + "]");
                } else {
                    assertThat(row).contains(p.type() + " " + p.defaultValue().decimal().toPlainString());
                }
            }
        }
    }
}
