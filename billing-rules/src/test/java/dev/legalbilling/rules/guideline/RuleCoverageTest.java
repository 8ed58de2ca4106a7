package dev.legalbilling.rules.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleSetInfo;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pack's catalogue (its manifest) against its tests: every rule id needs a test that fires it and a near miss
 * that must not, and every DRL file a test class. Test classes register through {@link RuleFile}, {@link Fires} and
 * {@link NearMiss}; this test finds them in the compiled test classes of this package.
 */
class RuleCoverageTest {
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule \"([^\"]+)\"");
    private static final Path PACK = Path.of("src/main/resources/dev/legalbilling/rules/packs/guideline");
    private static final List<Class<?>> TEST_CLASSES = new ArrayList<>();

    @BeforeAll
    static void findTestClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(RuleCoverageTest.class.getResource("").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith("Test.class") && !name.contains("$")) {
                    TEST_CLASSES.add(Class.forName(RuleCoverageTest.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length())));
                }
            }
        }
    }

    private static RuleSetInfo pack() {
        return Guideline.engine().ruleSets().get(0);
    }

    @Test
    void everyRuleOfTheCatalogueHasATestThatFiresIt() {
        Set<String> fired = new TreeSet<>();
        for (Class<?> c : TEST_CLASSES) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Fires.class)) {
                    fired.addAll(List.of(m.getAnnotation(Fires.class).value()));
                }
            }
        }
        assertThat(fired).containsAll(ruleIds());
        assertThat(ruleIds()).containsAll(fired);
    }

    @Test
    void everyRuleOfTheCatalogueHasANearMissThatMustNotFire() {
        Set<String> missed = new TreeSet<>();
        for (Class<?> c : TEST_CLASSES) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(NearMiss.class)) {
                    missed.addAll(List.of(m.getAnnotation(NearMiss.class).value()));
                }
            }
        }
        assertThat(missed).containsAll(ruleIds());
        assertThat(ruleIds()).containsAll(missed);
    }

    @Test
    void everyRuleFileHasOneTestClassThatCoversExactlyItsRules() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        for (Class<?> c : TEST_CLASSES) {
            RuleFile file = c.getAnnotation(RuleFile.class);
            if (file == null) {
                continue;
            }
            assertThat(files.add(file.value())).as("one test class per rule file: %s", file.value()).isTrue();
            Set<String> defined = rulesDefinedIn(PACK.resolve(file.value()));
            Set<String> covered = new TreeSet<>();
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Fires.class)) {
                    covered.addAll(List.of(m.getAnnotation(Fires.class).value()));
                }
                if (m.isAnnotationPresent(NearMiss.class)) {
                    covered.addAll(List.of(m.getAnnotation(NearMiss.class).value()));
                }
            }
            assertThat(covered).as("rules tested by %s", c.getSimpleName()).isEqualTo(defined);
        }
        try (Stream<Path> drl = Files.list(PACK)) {
            assertThat(files).isEqualTo(new TreeSet<>(drl.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".drl")).toList()));
        }
    }

    @Test
    void theManifestDocumentsExactlyTheRulesTheFilesDefine() throws IOException {
        Set<String> defined = new TreeSet<>();
        try (Stream<Path> drl = Files.list(PACK)) {
            for (Path f : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                defined.addAll(rulesDefinedIn(f));
            }
        }
        assertThat(ruleIds()).isEqualTo(defined).hasSize(25);
    }

    private static Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        for (RuleDefinition r : pack().rules()) {
            ids.add(r.id());
        }
        return ids;
    }

    private static Set<String> rulesDefinedIn(Path drl) throws IOException {
        Matcher m = RULE_NAME.matcher(Files.readString(drl));
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
