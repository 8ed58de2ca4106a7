package dev.legalbilling.rules.profile;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the guideline profile that applies to an invoice from a {@link ProfileCatalog}.
 *
 * <ol>
 *   <li>A profile the catalogue pins to the invoice's client and matter wins outright.</li>
 *   <li>Otherwise the candidates are the profiles of the invoice's client and the generic ones (no client), in
 *       effect on the first day of the billing period, whose scope covers the matter's practice area and type
 *       (taken from the {@link Matter} when the host has it, else from the catalogue's entry for the matter;
 *       unknown values match only open scopes).</li>
 *   <li>The closest wins: a client's own profile before a generic one, then the narrowest scope (matter type
 *       before practice area before any), then the latest effective date. Two equally close profiles are an
 *       error rather than a coin toss.</li>
 *   <li>With no candidate, the catalogue's fallback; without one, an error.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProfileSelector {
    private final ProfileCatalog catalog;

    private ProfileSelector(ProfileCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param catalog the profiles to pick from
     * @return a selector
     */
    public static ProfileSelector of(ProfileCatalog catalog) {
        return new ProfileSelector(Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * @param invoice an invoice, e.g. read from LEDES (client and matter ids only)
     * @return the profile and why
     * @throws ProfileSelectionException when none applies and there is no fallback, or two apply equally
     */
    public ProfileSelection select(Invoice invoice) {
        return select(invoice, null);
    }

    /**
     * @param invoice the invoice
     * @param matter its matter when the host has it (its practice area and type then win over the catalogue's),
     *     or null
     * @return the profile and why
     * @throws ProfileSelectionException when none applies and there is no fallback, or two apply equally
     */
    public ProfileSelection select(Invoice invoice, Matter matter) {
        Objects.requireNonNull(invoice, "invoice");
        ClientId client = invoice.client();
        Optional<MatterMapping> mapping = catalog.matter(client, invoice.matter());
        if (mapping.isPresent() && mapping.get().profileId() != null) {
            ScopedProfile pinned = catalog.profile(mapping.get().profileId()).orElseThrow();
            return new ProfileSelection(pinned, "pinned by the catalogue to matter " + invoice.matter()
                    + " of client " + client);
        }
        PracticeArea area = matter != null ? matter.practiceArea()
                : mapping.flatMap(MatterMapping::practiceAreaIfSet).orElse(null);
        MatterType type = matter != null ? matter.matterType()
                : mapping.flatMap(MatterMapping::matterTypeIfSet).orElse(null);
        LocalDate day = invoice.periodStart();
        List<ScopedProfile> candidates = new ArrayList<>();
        for (ScopedProfile p : catalog.profiles()) {
            boolean clientFits = p.client().map(client::equals).orElse(true);
            if (clientFits && !p.profile().effectiveDate().isAfter(day) && p.scope().matches(area, type)) {
                candidates.add(p);
            }
        }
        String matterText = "matter " + invoice.matter() + " of client " + client + " (" + (area == null
                ? "practice area unknown" : area.name()) + ", " + (type == null ? "matter type unknown" : type.name())
                + ")";
        if (candidates.isEmpty()) {
            ScopedProfile fallback = catalog.fallback().orElseThrow(() -> new ProfileSelectionException(
                    invoice.number().value(), "No guideline profile applies to invoice " + invoice.number() + " for "
                    + matterText + " on " + day + ", and the catalogue has no fallback"));
            return new ProfileSelection(fallback, "fallback: no profile applies to " + matterText + " on " + day);
        }
        Comparator<ScopedProfile> closeness = Comparator.<ScopedProfile>comparingInt(p -> p.client().isPresent()
                ? 1 : 0).thenComparingInt(p -> p.scope().specificity())
                .thenComparing(p -> p.profile().effectiveDate());
        candidates.sort(closeness.reversed());
        ScopedProfile best = candidates.get(0);
        if (candidates.size() > 1 && closeness.compare(best, candidates.get(1)) == 0) {
            throw new ProfileSelectionException(invoice.number().value(), "Profiles " + best.id() + " and "
                    + candidates.get(1).id() + " apply equally to invoice " + invoice.number() + " for " + matterText
                    + "; narrow one's scope or pin a profile to the matter in the catalogue");
        }
        return new ProfileSelection(best, (best.client().isPresent() ? "client " + client : "generic profile")
                + ", " + best.scope() + ", effective " + best.profile().effectiveDate() + ", for " + matterText);
    }
}
