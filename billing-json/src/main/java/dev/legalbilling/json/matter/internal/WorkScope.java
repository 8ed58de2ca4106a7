package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a work file's entries need from their matter file: the matter id they belong to, the currency of their
 * amounts, the UTBMS code set their task codes must be in, and the timekeepers they may name. Immutable. Not API.
 *
 * @param matter the matter every entry belongs to
 * @param currency the matter's currency
 * @param codeSet the matter's UTBMS code set
 * @param timekeepers the ids of the matter file's timekeepers, in file order
 */
public record WorkScope(MatterId matter, Currency currency, UtbmsCodeSet codeSet, Set<TimekeeperId> timekeepers) {
    /** Reader attribute key under which the scope is found. */
    public static final String ATTRIBUTE = "dev.legalbilling.json.matter.workScope";

    /** Copies the set. */
    public WorkScope {
        timekeepers = Collections.unmodifiableSet(new LinkedHashSet<>(timekeepers));
    }

    /**
     * @param ctxt the deserialization context
     * @return the scope the reader was given
     * @throws KeyedException when it was given none
     */
    static WorkScope of(DeserializationContext ctxt) {
        if (ctxt.getAttribute(ATTRIBUTE) instanceof WorkScope scope) {
            return scope;
        }
        throw KeyedException.of(null, "is work of a matter, but the reader was not given the matter file");
    }

    /**
     * @param key where the id was read
     * @param id a timekeeper id from the work file, or null
     * @return the id
     * @throws KeyedException when the matter file does not list it
     */
    TimekeeperId known(String key, TimekeeperId id) {
        if (id != null && !timekeepers.contains(id)) {
            throw KeyedException.of(key, "'" + id + "' is not a timekeeper of the matter file (it lists "
                    + String.join(", ", timekeepers.stream().map(TimekeeperId::value).toList()) + ")");
        }
        return id;
    }
}
