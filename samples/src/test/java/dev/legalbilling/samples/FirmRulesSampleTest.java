package dev.legalbilling.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirmRulesSampleTest {

    @Test
    void theFirmsTestCasesPassAndTheBrokenDraftIsRefusedWithItsPosition() throws Exception {
        List<String> lines = SampleRun.lines(FirmRulesSample::main);

        assertThat(lines).containsExactly(
                "Testing firm-policy 1.0.0 with 7 test cases:",
                "7 passed, 0 failed",
                "Loading a first draft that prints to the console:",
                "no-partner-document-review.drl:11:5: type java.lang.System is not allowed by the security policy");
    }
}
