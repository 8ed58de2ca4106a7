package dev.legalbilling.cli.check;

import dev.legalbilling.cli.rules.InputFileException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.profile.ProfileCatalog;
import dev.legalbilling.rules.profile.ProfileReader;
import dev.legalbilling.rules.profile.ProfileSelector;
import dev.legalbilling.rules.profile.ScopedProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the guideline profiles named by {@code --profile} or {@code --profiles}: the one place the command line knows
 * the profile file format, which is {@link ProfileReader}'s ({@code docs/profiles.md}): a YAML or JSON file, checked
 * against the rules of the loaded packs and rule files, or the id of a bundled profile such as {@code ocg-defaults}
 * when no file of that name exists; for {@code --profiles}, a directory of such files or a catalogue, from which
 * {@link ProfileSelector} picks each invoice's profile. Stateless.
 */
final class ProfileFiles {
    /** Which profile judges an invoice. Thread-safe. */
    interface Choice {
        /**
         * @param invoice the invoice
         * @param matter its matter when known, or null
         * @return its profile, with a warning when the profile does not fit the invoice
         * @throws dev.legalbilling.rules.profile.ProfileSelectionException when no profile applies
         */
        Chosen choose(Invoice invoice, Matter matter);

        /** @return what the report's summary names as the profile of the run */
        String runProfileId();
    }

    /**
     * @param profile the profile that judges the invoice
     * @param warning why it may not fit, or null
     */
    record Chosen(GuidelineProfile profile, String warning) {
        Optional<String> warningIfAny() {
            return Optional.ofNullable(warning);
        }
    }

    private ProfileFiles() {
    }

    /**
     * @param engine the loaded engine, whose rules the profile may configure
     * @param file the profile file, or a bundled profile id
     * @return the profile with its scope
     * @throws InputFileException when the file does not exist and is not a bundled profile id
     * @throws dev.legalbilling.json.JsonInputException naming the file, key path and line when it is not a valid
     *     profile
     */
    static ScopedProfile readScoped(RuleEngine engine, Path file) {
        ProfileReader reader = ProfileReader.forEngine(engine);
        String name = file.toString();
        if (!Files.exists(file) && ProfileReader.BUNDLED.contains(name)) {
            return reader.bundled(name);
        }
        InputFileException.requireReadable(file);
        return reader.read(file);
    }

    /**
     * @param profile the one profile of {@code --profile}, or null for the rule sets' defaults
     * @return it for every invoice, with a warning naming both when its scope does not cover an invoice's matter
     */
    static Choice single(ScopedProfile profile) {
        return new Choice() {
            @Override
            public Chosen choose(Invoice invoice, Matter matter) {
                if (profile == null) {
                    return new Chosen(GuidelineProfile.defaults(), null);
                }
                String warning = null;
                if (matter != null && !profile.scope().matches(matter.practiceArea(), matter.matterType())) {
                    warning = "profile " + profile.id() + " (" + profile.scope() + ") does not cover matter "
                            + invoice.matter() + " of invoice " + invoice.number() + " (" + matter.practiceArea()
                            + ", " + matter.matterType() + "); it judges the invoice as asked";
                }
                return new Chosen(profile.profile(), warning);
            }

            @Override
            public String runProfileId() {
                return profile == null ? GuidelineProfile.defaults().id() : profile.id();
            }
        };
    }

    /**
     * @param engine the loaded engine
     * @param dirOrCatalog a directory of profile files ({@code .yaml}, {@code .yml}, {@code .json}), or a catalogue
     * @return a choice by client, practice area, matter type and date ({@link ProfileSelector})
     */
    static Choice catalog(RuleEngine engine, Path dirOrCatalog) {
        InputFileException.requireReadable(dirOrCatalog);
        ProfileReader reader = ProfileReader.forEngine(engine);
        ProfileCatalog catalog;
        if (Files.isDirectory(dirOrCatalog)) {
            List<ScopedProfile> profiles = new ArrayList<>();
            try (Stream<Path> files = Files.list(dirOrCatalog)) {
                for (Path f : files.sorted().toList()) {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (Files.isRegularFile(f) && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))) {
                        profiles.add(reader.read(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dirOrCatalog, e);
            }
            if (profiles.isEmpty()) {
                throw new InputFileException(dirOrCatalog, "holds no profile file (.yaml, .yml, .json)");
            }
            catalog = ProfileCatalog.of(profiles, List.of(), null);
        } else {
            catalog = ProfileCatalog.load(dirOrCatalog, reader);
        }
        ProfileSelector selector = ProfileSelector.of(catalog);
        return new Choice() {
            @Override
            public Chosen choose(Invoice invoice, Matter matter) {
                return new Chosen(selector.select(invoice, matter).profile().profile(), null);
            }

            @Override
            public String runProfileId() {
                return "chosen per invoice from " + dirOrCatalog;
            }
        };
    }

    /**
     * @param err standard error
     * @return a sink printing {@code billing: warning: ...} lines, one at a time from any thread
     */
    static Consumer<String> warnings(PrintWriter err) {
        return w -> {
            synchronized (err) {
                err.println("billing: warning: " + w);
            }
        };
    }
}
