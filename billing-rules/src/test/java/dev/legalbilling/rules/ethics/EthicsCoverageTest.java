package dev.legalbilling.rules.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.RuleDefinition;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry of tested rule ids, compared with the ethics manifest: every rule must have a test that fires it and
 * a near miss that does not ({@link Fires}, {@link DoesNotFire}; {@link RuleCoverage} makes each claim assert what it
 * says), and no test may claim a rule the manifest does not have.
 */
class EthicsCoverageTest {

    private static List<Class<?>> testClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(EthicsCoverageTest.class.getResource("").toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith("Test.class") && !name.contains("$")) {
                    classes.add(Class.forName(EthicsCoverageTest.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        return classes;
    }

    @Test
    void everyRuleOfTheManifestHasAFiringTestAndANearMiss() throws Exception {
        Set<String> manifest = EthicsFixtures.engine().ruleSets().get(0).rules().stream().map(RuleDefinition::id)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeMap<String, List<String>> fires = new TreeMap<>();
        TreeMap<String, List<String>> nearMisses = new TreeMap<>();
        List<Class<?>> classes = testClasses();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(20);
        for (Class<?> c : classes) {
            for (Method m : c.getDeclaredMethods()) {
                Fires f = m.getAnnotation(Fires.class);
                DoesNotFire q = m.getAnnotation(DoesNotFire.class);
                if (f == null && q == null) {
                    continue;
                }
                assertThat(c.isAnnotationPresent(EthicsRuleTest.class))
                        .as(c.getSimpleName() + " must be an @EthicsRuleTest so that its claims are checked").isTrue();
                assertThat(m.isAnnotationPresent(Test.class)).as(c.getSimpleName() + "." + m.getName()).isTrue();
                for (String id : f == null ? new String[0] : f.value()) {
                    fires.computeIfAbsent(id, k -> new ArrayList<>()).add(c.getSimpleName() + "." + m.getName());
                }
                for (String id : q == null ? new String[0] : q.value()) {
                    nearMisses.computeIfAbsent(id, k -> new ArrayList<>()).add(c.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(fires.keySet()).as("rules with a test that fires them").containsExactlyElementsOf(manifest);
        assertThat(nearMisses.keySet()).as("rules with a near-miss test").containsExactlyElementsOf(manifest);
    }
}
