package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Names the ledger a trust posting belongs to: a client (with an optional matter), the firm's bank-charge funds, or
 * unidentified funds awaiting their owner.
 *
 * <p>A client ledger without a matter and the same client's ledger for a matter are distinct ledgers; each must stay
 * at or above zero on its own. Use the factories rather than the canonical constructor.
 *
 * @param kind which kind of ledger; never null
 * @param client the client for {@link LedgerKind#CLIENT}, null for the other kinds
 * @param matter the matter for a client ledger kept per matter, otherwise null
 */
public record LedgerId(LedgerKind kind, ClientId client, MatterId matter) implements Comparable<LedgerId> {
    private static final LedgerId FIRM_FUNDS = new LedgerId(LedgerKind.FIRM_FUNDS, null, null);
    private static final LedgerId UNIDENTIFIED = new LedgerId(LedgerKind.UNIDENTIFIED, null, null);
    private static final Comparator<LedgerId> ORDER = Comparator.comparing(LedgerId::kind)
            .thenComparing(l -> l.client == null ? "" : l.client.value())
            .thenComparing(l -> l.matter == null ? "" : l.matter.value());

    /** Checks that a client is given exactly for client ledgers. */
    public LedgerId {
        Objects.requireNonNull(kind, "kind");
        if (kind == LedgerKind.CLIENT && client == null) {
            throw new InvalidValueException("ledger.client", null, "is required for a client ledger");
        }
        if (kind != LedgerKind.CLIENT && (client != null || matter != null)) {
            throw new InvalidValueException("ledger.client", client,
                    "must be empty for a " + kind + " ledger");
        }
    }

    /**
     * @param client the client; not null
     * @return the client's ledger not tied to a matter
     */
    public static LedgerId client(ClientId client) {
        return new LedgerId(LedgerKind.CLIENT, Objects.requireNonNull(client, "client"), null);
    }

    /**
     * @param client the client; not null
     * @param matter the matter; not null
     * @return the client's ledger for that matter
     */
    public static LedgerId client(ClientId client, MatterId matter) {
        return new LedgerId(LedgerKind.CLIENT, Objects.requireNonNull(client, "client"),
                Objects.requireNonNull(matter, "matter"));
    }

    /** @return the ledger of the firm's own funds kept for bank charges */
    public static LedgerId firmFunds() {
        return FIRM_FUNDS;
    }

    /** @return the ledger of funds whose owner is not yet identified */
    public static LedgerId unidentified() {
        return UNIDENTIFIED;
    }

    /** @return the client, for a client ledger */
    public Optional<ClientId> clientIfAny() {
        return Optional.ofNullable(client);
    }

    /** @return the matter, for a client ledger kept per matter */
    public Optional<MatterId> matterIfAny() {
        return Optional.ofNullable(matter);
    }

    /** @return true for a client ledger */
    public boolean isClient() {
        return kind == LedgerKind.CLIENT;
    }

    /** @return true for the unidentified-funds ledger */
    public boolean isUnidentified() {
        return kind == LedgerKind.UNIDENTIFIED;
    }

    /** @return true for the firm's bank-charge funds ledger */
    public boolean isFirmFunds() {
        return kind == LedgerKind.FIRM_FUNDS;
    }

    /** Orders client ledgers first (by client, then matter), then firm funds, then unidentified funds. */
    @Override
    public int compareTo(LedgerId other) {
        return ORDER.compare(this, other);
    }

    /** @return {@code client C-1001/M-7}, {@code firm funds} or {@code unidentified funds}; ids only, no names */
    @Override
    public String toString() {
        switch (kind) {
            case CLIENT:
                return "client " + client + (matter == null ? "" : "/" + matter);
            case FIRM_FUNDS:
                return "firm funds";
            default:
                return "unidentified funds";
        }
    }
}
