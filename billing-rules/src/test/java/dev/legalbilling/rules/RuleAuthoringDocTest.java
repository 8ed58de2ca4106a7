package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every DRL example in docs/rule-authoring.md passes the default security policy, compiles and runs. */
class RuleAuthoringDocTest {
    private static final Path DOC = Path.of("../docs/rule-authoring.md");

    @Test
    void everyRuleExampleOfTheGuideLoads() throws Exception {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("```\\n(rule \"[^`]*?end)\\n```").matcher(doc);
        List<String> rules = new ArrayList<>();
        while (m.find()) {
            rules.add(m.group(1));
        }
        assertThat(rules).as("one example per fact at least").hasSizeGreaterThanOrEqualTo(9);
        RuleEngine.Builder builder = RuleEngine.builder();
        for (int i = 0; i < rules.size(); i++) {
            builder.addString("doc-example-" + i, "1", "package com.firm.rules;\n"
                    + "import dev.legalbilling.rules.fact.*;\nimport java.math.BigDecimal;\n\n" + rules.get(i));
        }
        try (RuleEngine engine = builder.build()) {
            assertThat(engine.ruleSets()).hasSize(rules.size());
            engine.check(SecurityCorpusTest.fiveLines("DOC-1"), null, null);
        }
    }
}
