package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.RuleSetCompiler;
import dev.legalbilling.rules.internal.RuleSetContent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bytecode gate on its own: every file under {@code hostile/gate} is compiled with the DRL text scan switched off,
 * so that the refusal provably comes from the verification of the generated classes. Each file names, in its
 * {@code GATE-REFUSES} line, the member or construct the refusal must name. Nothing of the file may have run: the
 * host's files, system properties, default locale and time zone are as they were.
 */
class BytecodeGateCorpusTest {
    private static final Path PWNED = Path.of("/tmp/pwned");

    static Stream<Path> gateCorpus() throws IOException, URISyntaxException {
        return SecurityCorpusTest.files("hostile/gate");
    }

    @Test
    void theGateCorpusHasAtLeastThirtyFiles() throws Exception {
        assertThat(gateCorpus().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gateCorpus")
    void theBytecodeGateAloneRefusesIt(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String expected = text.lines().filter(l -> l.startsWith("// GATE-REFUSES: ")).findFirst().orElseThrow()
                .substring("// GATE-REFUSES: ".length());
        Properties before = (Properties) System.getProperties().clone();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();

        List<Problem> read = new ArrayList<>();
        RuleSetContent content = RuleSetReader.read(RuleSetSource.file(file), read);
        assertThat(read).isEmpty();
        RuleSetCompiler.Outcome outcome = RuleSetCompiler.compile(content, RuleSecurityPolicy.defaults(), false);

        assertThat(outcome.ruleSet()).as("%s must be refused", file.getFileName()).isNull();
        assertThat(outcome.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo("SECURITY");
            assertThat(p.path()).isEqualTo(file.getFileName().toString());
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains(expected).endsWith("which rule files may not use");
        });
        assertThat(PWNED).doesNotExist();
        assertThat(System.getProperties()).isEqualTo(before);
        assertThat(Locale.getDefault()).isEqualTo(locale);
        assertThat(TimeZone.getDefault()).isEqualTo(zone);
    }

    @Test
    void aRefusalNamesTheRuleItsFileAndLineAndTheMember() throws Exception {
        Path file = gateCorpus().filter(p -> p.getFileName().toString().startsWith("05-")).findFirst().orElseThrow();
        List<Problem> read = new ArrayList<>();
        RuleSetCompiler.Outcome outcome = RuleSetCompiler.compile(RuleSetReader.read(RuleSetSource.file(file), read),
                RuleSecurityPolicy.defaults(), false);
        assertThat(outcome.problems()).extracting(Problem::toString).contains("05-integer-getinteger.drl:7:0: rule "
                + "\"EVIL\" calls java.lang.Integer.getInteger(String), which rule files may not use");
    }

    @Test
    void theSameFilesAreRefusedWithTheTextScanOnToo() throws Exception {
        for (Path file : gateCorpus().toList()) {
            List<Problem> read = new ArrayList<>();
            RuleSetCompiler.Outcome outcome = RuleSetCompiler.compile(
                    RuleSetReader.read(RuleSetSource.file(file), read), RuleSecurityPolicy.defaults(), true);
            assertThat(outcome.ruleSet()).as(file.getFileName().toString()).isNull();
        }
    }
}
