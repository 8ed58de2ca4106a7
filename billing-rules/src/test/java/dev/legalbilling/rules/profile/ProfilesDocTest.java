package dev.legalbilling.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.RuleEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The profile example at the top of docs/profiles.md is a valid profile and says what the page says it does. */
class ProfilesDocTest {
    @Test
    void theDocumentedExampleLoads() throws Exception {
        String doc = Files.readString(Path.of("../docs/profiles.md"));
        Matcher m = Pattern.compile("```yaml\\n(id: .*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).isTrue();
        try (RuleEngine engine = RuleEngine.builder().addBundled("guideline").build()) {
            ScopedProfile p = ProfileReader.forEngine(engine).read("profiles.md", m.group(1));
            assertThat(p.profile().settings("OCG-DAILY-HOURS").action()).isEqualTo(Action.ADJUST);
            assertThat(p.profile().settings("OCG-DAILY-HOURS").citation())
                    .isEqualTo("Panel Counsel Litigation Guidelines (2026) § 4.6");
            assertThat(p.scope().matterTypes()).hasSize(2);
        }
    }
}
