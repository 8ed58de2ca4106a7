package dev.legalbilling.cli.check;

import dev.legalbilling.cli.rules.InputFileException;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.harness.RuleTestRunner;
import java.nio.file.Path;

/**
 * Reads the guideline profile named by {@code --profile}: the one place the command line knows the profile file
 * format. Today that is the rule test harness's profile shape (YAML, or JSON for {@code .json}; see
 * {@code docs/rule-authoring.md}); the profile loader of {@code dev.legalbilling.rules.profile} replaces it here.
 * Stateless.
 */
final class ProfileFiles {
    private ProfileFiles() {
    }

    /**
     * @param file the profile file
     * @return the profile
     * @throws InputFileException when the file does not exist
     * @throws dev.legalbilling.BillingException naming the file when it is not a valid profile
     */
    static GuidelineProfile read(Path file) {
        InputFileException.requireReadable(file);
        return RuleTestRunner.readProfile(file);
    }
}
