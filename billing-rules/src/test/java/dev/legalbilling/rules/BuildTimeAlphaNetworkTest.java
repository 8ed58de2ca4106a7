package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.AlphaNetworks;
import dev.legalbilling.rules.internal.RuleSetCompiler;
import dev.legalbilling.rules.internal.RuleSetContent;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.internal.builder.conf.AlphaNetworkCompilerOption;

/**
 * The alpha networks compiled at build time are installed for the bundled packs and for nothing else: a rule set
 * from a directory, even the bundled pack's own files with its build-time index copied beside them, and a classpath
 * pack read through another class loader keep Drools' plain alpha network, as does a bundled pack whose network is
 * not the one the classes were generated for. (That the bundled packs find the same with it as without it is
 * {@code DrlCompilationTest}'s and {@code EthicsPackTest}'s comparison of the build-time model with the DRL
 * compiled through the gate.)
 */
class BuildTimeAlphaNetworkTest {
    private static final Path GUIDELINE_SOURCES = Path.of("src/main/resources/dev/legalbilling/rules/packs/guideline");
    private static final Path CLASSES = Path.of("target/classes");

    @ParameterizedTest
    @ValueSource(strings = {"guideline", "ethics", "demo"})
    void aBundledPackRunsThroughItsBuildTimeAlphaNetwork(String pack) {
        CompiledRuleSetView set = compile(RuleSetSource.bundled(pack));
        assertThat(set.precompiled()).isTrue();
        assertThat(AlphaNetworks.installed(set.kieBase())).isTrue();
    }

    @Test
    void aRuleSetFromADirectoryNeverGetsOneEvenWhenDroolsIsAskedForOne() {
        String property = AlphaNetworkCompilerOption.PROPERTY_NAME;
        String before = System.getProperty(property);
        System.setProperty(property, AlphaNetworkCompilerOption.INMEMORY.getMode());
        try {
            CompiledRuleSetView set = compile(RuleSetSource.directory(GUIDELINE_SOURCES));
            assertThat(set.precompiled()).isFalse();
            assertThat(AlphaNetworks.anyInstalled(set.kieBase())).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    @Test
    void aDirectoryWithTheBundledIndexBesideItsFilesGetsNone(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(GUIDELINE_SOURCES)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path index = CLASSES.resolve(RuleSetSource.BUNDLED_ROOT + "guideline/" + RuleSetContent.PRECOMPILED_INDEX);
        assertThat(Files.readString(index)).contains(AlphaNetworks.PREFIX);
        Files.copy(index, dir.resolve(RuleSetContent.PRECOMPILED_INDEX));

        CompiledRuleSetView set = compile(RuleSetSource.directory(dir));

        assertThat(set.precompiled()).isFalse();
        assertThat(AlphaNetworks.anyInstalled(set.kieBase())).isFalse();
    }

    @Test
    void theBundledFolderReadThroughAnotherClassLoaderGetsNone() throws IOException {
        try (URLClassLoader other = new URLClassLoader(new URL[] {CLASSES.toUri().toURL()},
                BuildTimeAlphaNetworkTest.class.getClassLoader())) {
            CompiledRuleSetView set = compile(RuleSetSource.classpath(RuleSetSource.BUNDLED_ROOT + "guideline",
                    other));
            assertThat(set.precompiled()).isTrue();
            assertThat(AlphaNetworks.anyInstalled(set.kieBase())).isFalse();
        }
    }

    @Test
    void aNetworkOtherThanTheBuildTimeOneIsLeftAlone() {
        RuleSetContent content = read(RuleSetSource.bundled("guideline"));
        Properties index = new Properties();
        index.putAll(content.precompiled());
        String key = AlphaNetworks.PREFIX + "DEFAULT/dev.legalbilling.rules.fact.LineContext" + AlphaNetworks.NETWORK;
        assertThat(index.getProperty(key)).isNotNull();
        index.setProperty(key, index.getProperty(key).replaceFirst("A\\d+", "A9999"));
        RuleSetContent changed = new RuleSetContent(content.id(), content.version(), content.origin(),
                content.drlFiles(), content.manifest(), content.manifestFile(), content.classLoader(), index);

        KieBase kieBase = RuleSetCompiler.compile(changed, RuleSecurityPolicy.defaults()).ruleSet().kieBase();

        assertThat(AlphaNetworks.anyInstalled(kieBase)).isFalse();
        assertThat(AlphaNetworks.install(kieBase, index, content.classLoader()))
                .contains("differs from the one compiled at build time");
        assertThat(AlphaNetworks.install(kieBase, content.precompiled(), content.classLoader())).isNull();
        assertThat(AlphaNetworks.installed(kieBase)).isTrue();
    }

    @Test
    void aMissingClassLeavesTheWholeNetworkAlone() {
        RuleSetContent content = read(RuleSetSource.bundled("guideline"));
        Properties index = new Properties();
        index.putAll(content.precompiled());
        index.setProperty(AlphaNetworks.PREFIX + "DEFAULT/dev.legalbilling.rules.fact.Parameter",
                "dev.legalbilling.rules.packs.guideline.anc.NoSuchNetwork");
        KieBase kieBase = RuleSetCompiler.compile(new RuleSetContent(content.id(), content.version(),
                content.origin(), content.drlFiles(), content.manifest(), content.manifestFile(),
                content.classLoader(), index), RuleSecurityPolicy.defaults()).ruleSet().kieBase();

        assertThat(AlphaNetworks.anyInstalled(kieBase)).isFalse();
    }

    private record CompiledRuleSetView(boolean precompiled, KieBase kieBase) {
    }

    private static RuleSetContent read(RuleSetSource source) {
        List<Problem> problems = new ArrayList<>();
        RuleSetContent content = RuleSetReader.read(source, problems);
        assertThat(problems).isEmpty();
        return content;
    }

    private static CompiledRuleSetView compile(RuleSetSource source) {
        RuleSetCompiler.Outcome outcome = RuleSetCompiler.compile(read(source), RuleSecurityPolicy.defaults());
        assertThat(outcome.problems()).isEmpty();
        return new CompiledRuleSetView(outcome.ruleSet().info().precompiled(), outcome.ruleSet().kieBase());
    }
}
