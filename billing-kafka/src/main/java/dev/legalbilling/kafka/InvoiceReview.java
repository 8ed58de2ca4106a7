package dev.legalbilling.kafka;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.profile.ProfileReader;
import dev.legalbilling.rules.profile.ScopedProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one application instance checks with: one {@link RuleEngine} (the rule sets of the configuration, loaded and
 * compiled once at start), the guideline profiles by id and a LEDES reader per dialect. All stream threads of the
 * instance share it.
 *
 * <p>Thread-safe. {@link #close()} closes the engine.
 */
public final class InvoiceReview implements AutoCloseable {
    private final RuleEngine engine;
    private final Map<String, GuidelineProfile> profiles;
    private final GuidelineProfile defaultProfile;
    private final Map<String, LedesReader> readers;
    private final String defaultDialect;

    private InvoiceReview(RuleEngine engine, Map<String, GuidelineProfile> profiles, GuidelineProfile defaultProfile,
            String defaultDialect) {
        this.engine = engine;
        this.profiles = Map.copyOf(profiles);
        this.defaultProfile = defaultProfile;
        Map<String, LedesReader> r = new LinkedHashMap<>();
        for (LedesDialect d : LedesDialect.builtIns()) {
            r.put(d.name(), LedesReader.builder().dialect(d).build());
        }
        this.readers = Map.copyOf(r);
        this.defaultDialect = defaultDialect;
        reader(defaultDialect);
    }

    /**
     * Loads the rule sets and profiles the settings name.
     *
     * @param settings the configuration
     * @return the review, ready to share
     * @throws dev.legalbilling.rules.RuleSetLoadException when a rule set does not load
     * @throws dev.legalbilling.json.JsonInputException when a profile file is not valid
     * @throws InvalidValueException when a profile is neither a file nor a bundled id, two profiles share an id, the
     *     default profile is not among them, or the default dialect is unknown
     */
    public static InvoiceReview load(ReviewSettings settings) {
        RuleEngine.Builder builder = RuleEngine.builder().limits(settings.limits());
        settings.bundledPacks().forEach(builder::addBundled);
        settings.ruleDirectories().forEach(builder::addDirectory);
        RuleEngine engine = builder.build();
        try {
            return of(engine, settings);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /**
     * @param engine an engine built by the caller; closed by {@link #close()}
     * @param settings the profiles and dialect to use (its rule keys are ignored)
     * @return the review
     * @throws InvalidValueException as for {@link #load}
     */
    public static InvoiceReview of(RuleEngine engine, ReviewSettings settings) {
        ProfileReader reader = ProfileReader.forEngine(engine);
        Map<String, GuidelineProfile> profiles = new LinkedHashMap<>();
        for (String p : settings.profiles()) {
            Path file = Path.of(p);
            ScopedProfile scoped = !Files.exists(file) && ProfileReader.BUNDLED.contains(p) ? reader.bundled(p)
                    : readable(file, reader);
            if (profiles.putIfAbsent(scoped.profile().id(), scoped.profile()) != null) {
                throw new InvalidValueException("billing.profiles", p, "holds profile id '" + scoped.profile().id()
                        + "' a second time");
            }
        }
        GuidelineProfile fallback = GuidelineProfile.defaults();
        if (settings.defaultProfile() != null) {
            fallback = profiles.get(settings.defaultProfile());
            if (fallback == null) {
                throw new InvalidValueException("billing.profile.default", settings.defaultProfile(),
                        "must be the id of a profile in billing.profiles " + profiles.keySet());
            }
        }
        return new InvoiceReview(engine, profiles, fallback, settings.defaultDialect());
    }

    private static ScopedProfile readable(Path file, ProfileReader reader) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidValueException("billing.profiles", file, "must be a profile file or one of the bundled"
                    + " profiles " + ProfileReader.BUNDLED);
        }
        return reader.read(file);
    }

    /** @return the shared engine */
    public RuleEngine engine() {
        return engine;
    }

    /** @return the loaded rule sets with their ids, versions and hashes */
    public List<RuleSetInfo> ruleSets() {
        return engine.ruleSets();
    }

    /**
     * @param id a profile id from a record's header, or null
     * @return the profile with that id, or the default profile for null
     * @throws InvalidValueException naming the header when no profile has that id
     */
    public GuidelineProfile profile(String id) {
        if (id == null) {
            return defaultProfile;
        }
        GuidelineProfile p = profiles.get(id);
        if (p == null) {
            throw new InvalidValueException(SubmissionHeaders.PROFILE, id, "must name a configured profile "
                    + profiles.keySet());
        }
        return p;
    }

    /**
     * @param dialect a dialect name from a record's header, or null for the configured default
     * @return the LEDES reader for it
     * @throws InvalidValueException naming the header when the dialect is not a built-in one
     */
    public LedesReader reader(String dialect) {
        String name = dialect == null ? defaultDialect : dialect;
        LedesReader r = LedesDialect.builtIn(name).map(d -> readers.get(d.name())).orElse(null);
        if (r == null) {
            throw new InvalidValueException(dialect == null ? "billing.dialect.default" : SubmissionHeaders.DIALECT,
                    name, "must be one of " + readers.keySet().stream().collect(Collectors.joining(", ")));
        }
        return r;
    }

    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "InvoiceReview[" + engine.ruleSets().size() + " rule sets, profiles " + profiles.keySet() + "]";
    }
}
