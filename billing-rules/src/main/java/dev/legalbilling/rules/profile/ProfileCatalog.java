package dev.legalbilling.rules.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.legalbilling.BillingException;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.rules.profile.internal.CatalogDocument;
import dev.legalbilling.rules.profile.internal.Mappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The guideline profiles a firm keeps for its clients, and what invoices do not say about each matter, read from a
 * catalogue file (format in {@code docs/profiles.md}):
 *
 * <pre>
 * profiles:                       # profile files relative to this file, or bundled profile ids
 *   - harbor-mutual/insurance-defense.yaml
 *   - harbor-mutual/coverage.yaml
 *   - ocg-defaults
 * matters:                        # LEDES invoices carry only the client and matter ids
 *   - {clientId: HARBOR-MUTUAL, matterId: HM-2026-0142, practiceArea: LITIGATION, matterType: PERSONAL_INJURY}
 *   - {clientId: HARBOR-MUTUAL, matterId: HM-2026-0177, profile: harbor-mutual-coverage-2026}
 * fallback: ocg-defaults          # optional: used when no profile applies
 * </pre>
 *
 * <p>Checked when loaded: profile ids are unique, every pinned and fallback profile exists, each matter is listed
 * once, and no two profiles apply to the same matters from the same date (same client, scope and effective date).
 * A {@link ProfileSelector} picks from it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProfileCatalog {

    private final Map<String, ScopedProfile> profiles;
    private final Map<MatterKey, MatterMapping> matters;
    private final ScopedProfile fallback;

    private ProfileCatalog(Map<String, ScopedProfile> profiles, Map<MatterKey, MatterMapping> matters,
            ScopedProfile fallback) {
        this.profiles = profiles;
        this.matters = matters;
        this.fallback = fallback;
    }

    /**
     * @param catalogFile the catalogue ({@code .yaml}, {@code .yml} or {@code .json})
     * @param reader reads the profiles it lists
     * @return the catalogue
     * @throws JsonInputException naming the file (the catalogue or a profile) and key when anything is invalid
     */
    public static ProfileCatalog load(Path catalogFile, ProfileReader reader) {
        Objects.requireNonNull(reader, "reader");
        Path file = catalogFile.toAbsolutePath().normalize();
        String text = text(file);
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try {
            return load(file, text, json, reader);
        } catch (JsonInputException e) {
            throw e.source().equals(file.toString()) ? Mappers.relocate(e, Mappers.of(json), text) : e;
        }
    }

    private static ProfileCatalog load(Path file, String text, boolean json, ProfileReader reader) {
        String src = file.toString();
        CatalogDocument doc = parse(src, text, json);
        if (doc.profiles() == null || doc.profiles().isEmpty()) {
            throw new JsonInputException(src, "profiles", 0, 0, "must list at least one profile file or bundled id");
        }
        List<ScopedProfile> read = new ArrayList<>();
        for (String entry : doc.profiles()) {
            if (entry == null || entry.isBlank()) {
                throw new JsonInputException(src, "profiles[" + read.size() + "]", 0, 0, "is blank");
            }
            String e = entry.strip();
            boolean isFile = e.endsWith(".yaml") || e.endsWith(".yml") || e.endsWith(".json") || e.contains("/");
            read.add(isFile ? reader.read(file.getParent().resolve(e)) : reader.bundled(e));
        }
        List<MatterMapping> mappings = new ArrayList<>();
        if (doc.matters() != null) {
            for (int i = 0; i < doc.matters().size(); i++) {
                mappings.add(mapping(src, "matters[" + i + "]", doc.matters().get(i)));
            }
        }
        try {
            return of(read, mappings, doc.fallback());
        } catch (CatalogProblem p) {
            throw new JsonInputException(src, p.path, 0, 0, p.getMessage());
        }
    }

    /**
     * @param profiles the profiles
     * @param matters what is known about matters
     * @param fallbackId the profile used when none applies, or null to make that an error
     * @return the catalogue
     * @throws IllegalArgumentException when ids repeat, a referenced profile is missing or two profiles apply to
     *     the same matters from the same date
     */
    public static ProfileCatalog of(List<ScopedProfile> profiles, List<MatterMapping> matters, String fallbackId) {
        Map<String, ScopedProfile> byId = new LinkedHashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            ScopedProfile p = profiles.get(i);
            ScopedProfile clash = byId.putIfAbsent(p.id(), p);
            if (clash != null) {
                throw new CatalogProblem("profiles[" + i + "]", "profile id " + p.id() + " is used by both "
                        + clash.source() + " and " + p.source());
            }
            for (ScopedProfile other : byId.values()) {
                if (other != p && sameReach(other, p)) {
                    throw new CatalogProblem("profiles[" + i + "]", "profiles " + other.id() + " and " + p.id()
                            + " apply to the same matters (client " + p.client().map(ClientId::value).orElse("any")
                            + ", " + p.scope() + ") from the same date " + p.profile().effectiveDate()
                            + "; give one a narrower scope or a later effective date");
                }
            }
        }
        Map<MatterKey, MatterMapping> byMatter = new LinkedHashMap<>();
        for (int i = 0; i < matters.size(); i++) {
            MatterMapping m = matters.get(i);
            if (byMatter.putIfAbsent(new MatterKey(m.client(), m.matter()), m) != null) {
                throw new CatalogProblem("matters[" + i + "]", "matter " + m.matter() + " of client " + m.client()
                        + " is listed twice");
            }
            if (m.profileId() != null && !byId.containsKey(m.profileId())) {
                throw new CatalogProblem("matters[" + i + "].profile", "no profile " + m.profileId()
                        + " in the catalogue (profiles: " + byId.keySet() + ")");
            }
        }
        ScopedProfile fallback = null;
        if (fallbackId != null) {
            fallback = byId.get(fallbackId);
            if (fallback == null) {
                throw new CatalogProblem("fallback", "no profile " + fallbackId + " in the catalogue (profiles: "
                        + byId.keySet() + ")");
            }
        }
        return new ProfileCatalog(Collections.unmodifiableMap(byId), Map.copyOf(byMatter), fallback);
    }

    private static boolean sameReach(ScopedProfile a, ScopedProfile b) {
        return a.client().equals(b.client()) && a.scope().equals(b.scope())
                && a.profile().effectiveDate().equals(b.profile().effectiveDate());
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new JsonInputException(file.toString(), "", 0, 0, "file not found");
        } catch (IOException e) {
            throw new JsonInputException(file.toString(), "", 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static CatalogDocument parse(String src, String text, boolean json) {
        try {
            CatalogDocument doc = Mappers.of(json).readValue(text, CatalogDocument.class);
            if (doc == null) {
                throw new JsonInputException(src, "", 0, 0, "is empty");
            }
            return doc;
        } catch (JsonProcessingException e) {
            throw BillingJson.translate(src, e);
        }
    }

    private static MatterMapping mapping(String src, String path, CatalogDocument.Matter m) {
        if (m == null || m.clientId() == null || m.clientId().isBlank()) {
            throw new JsonInputException(src, path + ".clientId", 0, 0, "is required");
        }
        if (m.matterId() == null || m.matterId().isBlank()) {
            throw new JsonInputException(src, path + ".matterId", 0, 0, "is required");
        }
        if (m.profile() == null && m.practiceArea() == null && m.matterType() == null) {
            throw new JsonInputException(src, path, 0, 0, "says nothing about matter " + m.matterId()
                    + ": give its practiceArea, matterType or the profile to use");
        }
        try {
            return new MatterMapping(ClientId.of(m.clientId()), MatterId.of(m.matterId()), m.practiceArea(),
                    m.matterType(), m.profile());
        } catch (BillingException e) {
            throw new JsonInputException(src, path, 0, 0, e.getMessage());
        }
    }

    /** @return the profiles, in catalogue order */
    public List<ScopedProfile> profiles() {
        return List.copyOf(profiles.values());
    }

    /**
     * @param id a profile id
     * @return the profile, if the catalogue has it
     */
    public Optional<ScopedProfile> profile(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    /**
     * @param client a client id
     * @param matter a matter id
     * @return what the catalogue knows about the matter, if anything
     */
    public Optional<MatterMapping> matter(ClientId client, MatterId matter) {
        return Optional.ofNullable(matters.get(new MatterKey(client, matter)));
    }

    /** @return the profile used when none applies, if the catalogue names one */
    public Optional<ScopedProfile> fallback() {
        return Optional.ofNullable(fallback);
    }

    /** @return profile ids and counts */
    @Override
    public String toString() {
        return "ProfileCatalog" + profiles.keySet() + " (" + matters.size() + " matters"
                + (fallback == null ? "" : ", fallback " + fallback.id()) + ")";
    }

    private record MatterKey(ClientId client, MatterId matter) {
    }

    /** A catalogue that does not hold together, with the key at fault. */
    private static final class CatalogProblem extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String path;

        CatalogProblem(String path, String message) {
            super(message);
            this.path = path;
        }
    }
}
