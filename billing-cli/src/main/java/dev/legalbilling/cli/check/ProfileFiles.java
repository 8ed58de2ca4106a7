package dev.legalbilling.cli.check;

import dev.legalbilling.cli.rules.InputFileException;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.profile.ProfileReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the guideline profile named by {@code --profile}: the one place the command line knows the profile file
 * format, which is {@link ProfileReader}'s ({@code docs/profiles.md}): a YAML or JSON file, checked against the rules
 * of the loaded packs and rule files, or the id of a bundled profile such as {@code ocg-defaults} when no file of
 * that name exists. Stateless.
 */
final class ProfileFiles {
    private ProfileFiles() {
    }

    /**
     * @param engine the loaded engine, whose rules the profile may configure
     * @param file the profile file, or a bundled profile id
     * @return the profile
     * @throws InputFileException when the file does not exist and is not a bundled profile id
     * @throws dev.legalbilling.json.JsonInputException naming the file, key path and line when it is not a valid
     *     profile
     */
    static GuidelineProfile read(RuleEngine engine, Path file) {
        ProfileReader reader = ProfileReader.forEngine(engine);
        String name = file.toString();
        if (!Files.exists(file) && ProfileReader.BUNDLED.contains(name)) {
            return reader.bundled(name).profile();
        }
        InputFileException.requireReadable(file);
        return reader.read(file).profile();
    }
}
