package dev.legalbilling.rules.internal;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.agreement.ContingencyCapCheck;
import dev.legalbilling.agreement.ContingencyTerms;
import dev.legalbilling.agreement.DivisionShare;
import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.agreement.FeeDivision;
import dev.legalbilling.contingency.ContingencySchedule;
import dev.legalbilling.contingency.ContingencySchedules;
import dev.legalbilling.contingency.MaximumFee;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.receivables.collection.FeeArbitrationRule;
import dev.legalbilling.rules.AdvanceFeeReceipt;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.ExpenseCost;
import dev.legalbilling.rules.fact.ActualTimeFact;
import dev.legalbilling.rules.fact.AdvanceFeeFact;
import dev.legalbilling.rules.fact.CollectionActionFact;
import dev.legalbilling.rules.fact.ContingencyCapFact;
import dev.legalbilling.rules.fact.ContingencyOutcomeFact;
import dev.legalbilling.rules.fact.ExpenseCostFact;
import dev.legalbilling.rules.fact.FeeAgreementFact;
import dev.legalbilling.rules.fact.FeeArbitrationDuty;
import dev.legalbilling.rules.fact.FeeDivisionFact;
import dev.legalbilling.rules.fact.FeeTransferFact;
import dev.legalbilling.rules.fact.ReceivableFact;
import dev.legalbilling.rules.fact.TimekeeperDayAcrossMatters;
import dev.legalbilling.rules.fact.TrustAccountFact;
import dev.legalbilling.rules.fact.TrustLedgerFact;
import dev.legalbilling.rules.fact.UnidentifiedFundsFact;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.FeeTransferStatus;
import dev.legalbilling.trust.LedgerBalance;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.Posting;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.TransactionType;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustLedger;
import dev.legalbilling.trust.UnidentifiedFunds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the facts of the ethics rules, once per check, in Java: the matter's fee agreement, division, outcome and
 * contingency-cap comparisons; the invoice's actual times; and, from the request's {@link EthicsContext}, hours
 * across invoices, expense costs, trust records, collection steps and receivables. Everything that would otherwise
 * need a join across invoices or a walk over a journal is computed here. Linear in the invoice's lines plus the
 * context's records. Stateless; thread-safe.
 */
final class EthicsFacts {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private EthicsFacts() {
    }

    /**
     * @param request the check request
     * @param facts receives the ethics facts, appended
     * @throws InvalidValueException when an expense cost names a line the invoice lacks or that is not an expense
     * @throws CurrencyMismatchException when an expense cost is not in the invoice currency
     */
    static void addTo(CheckRequest request, List<Object> facts) {
        Invoice invoice = request.invoice();
        EthicsContext ethics = request.ethics();
        LocalDate asOf = ethics == null ? invoice.invoiceDate() : ethics.asOf(invoice);
        if (request.matter() != null && request.matter().feeAgreement() != null) {
            // the schedules only for a matter with a fee agreement: the built-in ones are read from resources on
            // first use, which a check without one (and the start-up of a guideline-only engine) need not pay for
            ContingencySchedules schedules = ethics == null ? ContingencySchedules.builtIn()
                    : ethics.contingencySchedules();
            agreement(invoice, request.matter(), schedules, asOf, facts);
        }
        actualTimes(invoice, facts);
        if (ethics == null) {
            return;
        }
        acrossInvoices(invoice, ethics.otherInvoices(), facts);
        expenseCosts(invoice, ethics.expenseCosts(), facts);
        if (ethics.hasTrustRecords()) {
            trust(invoice, ethics, asOf, facts);
        }
        collections(invoice, ethics, facts);
        receivables(invoice, ethics.receivables(), facts);
    }

    // ---- the fee agreement ----

    private static void agreement(Invoice invoice, Matter matter, ContingencySchedules schedules, LocalDate asOf,
            List<Object> facts) {
        FeeAgreement a = matter.feeAgreement();
        ContingencyTerms terms = a.contingency();
        String matterId = matter.id().value();
        String jurisdiction = matter.jurisdiction().code();
        String elected = terms == null ? "" : terms.electedScheduleIdIfSet().orElse("");
        boolean electedKnown = elected.isEmpty() || schedules.find(elected).isPresent();
        List<String> applicable = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (terms != null) {
            if (!elected.isEmpty()) {
                if (electedKnown) {
                    applicable.add(elected);
                }
            } else {
                schedules.applicableTo(matter.jurisdiction(), matter.matterType())
                        .forEach(s -> applicable.add(s.id()));
            }
            terms.missingTerms().forEach(t -> missing.add(phrase(t)));
        }
        facts.add(new FeeAgreementFact(matterId, jurisdiction, matter.matterType().name(), a.inWriting(),
                a.isSignedByClient(), a.clientSignedOn(), a.basisCommunicatedOn() != null, a.basisCommunicatedOn(),
                terms != null, missing, elected, electedKnown, applicable, !applicable.isEmpty(),
                a.clientMinorOrIncapacitated(), a.lateInterest().agreed()));
        FeeDivision d = a.division();
        if (d != null) {
            List<String> shares = new ArrayList<>();
            for (DivisionShare s : d.shares()) {
                shares.add(s.firm() + " " + s.share().toPercentString());
            }
            facts.add(new FeeDivisionFact(matterId, jurisdiction, shares, d.proportionalToWork(),
                    d.jointResponsibility(), d.consentedInWriting(), d.clientConsentInWritingOn(),
                    d.lawyersAgreementInWriting(), d.totalFeeIncreased()));
        }
        Recovery o = a.outcome();
        if (o == null) {
            return;
        }
        String currency = o.amount().currency().getCurrencyCode();
        facts.add(new ContingencyOutcomeFact(matterId, o.date(), o.stage().label(), o.amount().amount(),
                o.costs().amount(), currency, o.isLoss(), a.closingStatementDelivered(),
                a.closingStatementIfSet().map(c -> c.deliveredOn()).orElse(null), asOf,
                ChronoUnit.DAYS.between(o.date(), asOf)));
        if (!electedKnown) {
            return;
        }
        List<ContingencyCapCheck> checks;
        try {
            checks = ContingencyCapCheck.of(matter.id(), matter.jurisdiction(), matter.matterType(),
                    matter.feeAgreement(), schedules);
        } catch (CurrencyMismatchException e) {
            return; // the schedules are in another currency than the recovery: nothing to compare
        }
        String feeLine = contingentFeeLine(invoice);
        for (ContingencyCapCheck c : checks) {
            ContingencySchedule s = schedules.schedule(c.scheduleId());
            MaximumFee max = c.maximum();
            facts.add(new ContingencyCapFact(matterId, s.id(), s.title(), s.citation(), s.id().equals(elected),
                    o.stage().label(), max.basis().label(), o.amount().amount(), max.base().amount(),
                    c.agreedFee().amount(), max.fee().amount(), c.excess().amount(), c.exceedsCap(),
                    c.needsCourtApproval(), max.courtSetExcess().amount(), max.ambiguous(),
                    max.alternativeFeeIfSet().map(Money::amount).orElse(BigDecimal.ZERO), currency, feeLine));
        }
    }

    private static String phrase(ContingencyTerms.Term term) {
        return switch (term) {
            case SETTLEMENT_PERCENTAGE -> "the percentage on a settlement before trial";
            case TRIAL_PERCENTAGE -> "the percentage at trial";
            case APPEAL_PERCENTAGE -> "the percentage on appeal";
            case COSTS_DEDUCTION -> "whether expenses are deducted before or after the fee";
            case OWED_IF_LOST -> "the expenses the client owes if the matter is lost";
        };
    }

    /** @return the fee line without a timekeeper with the largest total (the first on a tie), or "" */
    private static String contingentFeeLine(Invoice invoice) {
        InvoiceLine best = null;
        for (InvoiceLine l : invoice.lines()) {
            if (l.type() == LineType.FEE && l.timekeeper() == null
                    && (best == null || l.total().isGreaterThan(best.total()))) {
                best = l;
            }
        }
        return best == null ? "" : best.lineNumber();
    }

    // ---- the invoice's own lines ----

    private static void actualTimes(Invoice invoice, List<Object> facts) {
        String number = invoice.number().value();
        for (InvoiceLine l : invoice.lines()) {
            Duration actual = l.actualTime();
            if (l.type() == LineType.FEE && actual != null) {
                long seconds = actual.getSeconds() + (actual.getNano() > 0 ? 1 : 0);
                facts.add(new ActualTimeFact(number, l.lineNumber(), timekeeperId(l), l.date(), l.units(), seconds));
            }
        }
    }

    // ---- hours across invoices ----

    private record DayKey(String timekeeperId, LocalDate date) {
    }

    private record EntryKey(String timekeeperId, LocalDate date, BigDecimal hours, String narrative) {
    }

    private static final class Day {
        private BigDecimal hours = BigDecimal.ZERO;
        private BigDecimal onInvoice = BigDecimal.ZERO;
        private final Set<String> otherInvoices = new LinkedHashSet<>();
        private final Set<String> matters = new HashSet<>();
        private BigDecimal largestUnits;
        private InvoiceLine largestLine;
        private final List<InvoiceLine> lines = new ArrayList<>(2);
        private final Map<InvoiceLine, List<String>> repeats = new LinkedHashMap<>();
    }

    private static void acrossInvoices(Invoice invoice, List<Invoice> others, List<Object> facts) {
        String number = invoice.number().value();
        String matter = invoice.matter().value();
        Map<DayKey, Day> days = new LinkedHashMap<>();
        Map<EntryKey, List<InvoiceLine>> entries = new HashMap<>();
        for (InvoiceLine l : invoice.lines()) {
            if (l.type() != LineType.FEE || l.timekeeper() == null) {
                continue;
            }
            Day d = days.computeIfAbsent(new DayKey(timekeeperId(l), l.date()), k -> new Day());
            d.hours = d.hours.add(l.units());
            d.onInvoice = d.onInvoice.add(l.units());
            d.matters.add(matter);
            d.lines.add(l);
            if (d.largestUnits == null || l.units().compareTo(d.largestUnits) >= 0) {
                d.largestUnits = l.units();
                d.largestLine = l;
            }
            EntryKey key = entryKey(l);
            if (key != null) {
                entries.computeIfAbsent(key, k -> new ArrayList<>(1)).add(l);
            }
        }
        for (Invoice other : others) {
            if (other.number().equals(invoice.number())) {
                continue;
            }
            String otherNumber = other.number().value();
            String otherMatter = other.matter().value();
            for (InvoiceLine l : other.lines()) {
                if (l.type() != LineType.FEE || l.timekeeper() == null) {
                    continue;
                }
                Day d = days.get(new DayKey(timekeeperId(l), l.date()));
                if (d == null) {
                    continue;
                }
                d.hours = d.hours.add(l.units());
                d.otherInvoices.add(otherNumber);
                d.matters.add(otherMatter);
                EntryKey key = entryKey(l);
                List<InvoiceLine> same = key == null ? null : entries.get(key);
                if (same != null) {
                    for (InvoiceLine mine : same) {
                        d.repeats.computeIfAbsent(mine, k -> new ArrayList<>(1)).add("line " + mine.lineNumber()
                                + " also on invoice " + otherNumber + " line " + l.lineNumber() + " for "
                                + (otherMatter.equals(matter) ? "the same matter " : "matter ") + otherMatter);
                    }
                }
            }
        }
        for (Map.Entry<DayKey, Day> e : days.entrySet()) {
            Day d = e.getValue();
            List<String> repeatedLines = new ArrayList<>();
            List<String> repeatedElsewhere = new ArrayList<>();
            BigDecimal repeatedAmount = BigDecimal.ZERO;
            for (InvoiceLine l : d.lines) {
                List<String> found = d.repeats.get(l);
                if (found != null) {
                    repeatedLines.add(l.lineNumber());
                    repeatedElsewhere.addAll(found);
                    repeatedAmount = repeatedAmount.add(l.total().amount());
                }
            }
            BigDecimal rate = d.largestLine.unitCost() == null ? BigDecimal.ZERO : d.largestLine.unitCost().amount();
            facts.add(new TimekeeperDayAcrossMatters(number, e.getKey().timekeeperId(), e.getKey().date(), d.hours,
                    d.onInvoice, 1 + d.otherInvoices.size(), d.matters.size(), List.copyOf(d.otherInvoices),
                    d.largestLine.lineNumber(), rate, repeatedLines, repeatedElsewhere, repeatedAmount));
        }
    }

    /** @return the key two fee lines share when they bill the same hours, or null for a blank narrative */
    private static EntryKey entryKey(InvoiceLine l) {
        String narrative = WHITE_SPACE.matcher(l.narrative().strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (narrative.isEmpty()) {
            return null;
        }
        return new EntryKey(timekeeperId(l), l.date(), l.units().stripTrailingZeros(), narrative);
    }

    // ---- expense costs ----

    private static void expenseCosts(Invoice invoice, List<ExpenseCost> costs, List<Object> facts) {
        Map<String, InvoiceLine> byNumber = null;
        for (ExpenseCost c : costs) {
            if (!c.invoice().equals(invoice.number())) {
                continue;
            }
            if (byNumber == null) {
                byNumber = new HashMap<>();
                for (InvoiceLine l : invoice.lines()) {
                    byNumber.put(l.lineNumber(), l);
                }
            }
            InvoiceLine line = byNumber.get(c.lineNumber());
            if (line == null) {
                throw new InvalidValueException("expenseCost.lineNumber", c.lineNumber(),
                        "is not a line of invoice " + invoice.number());
            }
            if (line.type() != LineType.EXPENSE) {
                throw new InvalidValueException("expenseCost.lineNumber", c.lineNumber(), "is a "
                        + line.type().ledesCode() + " line of invoice " + invoice.number() + ", not an expense");
            }
            if (!c.actualCost().currency().equals(invoice.currency())) {
                throw new CurrencyMismatchException(invoice.currency(), c.actualCost().currency());
            }
            BigDecimal billed = line.total().amount();
            facts.add(new ExpenseCostFact(invoice.number().value(), line.lineNumber(),
                    line.expenseCode() == null ? "" : line.expenseCode(), billed, c.actualCost().amount(),
                    billed.subtract(c.actualCost().amount()), c.markupDisclosed()));
        }
    }

    // ---- trust ----

    private static void trust(Invoice invoice, EthicsContext ethics, LocalDate asOf, List<Object> facts) {
        TrustJournal journal = ethics.trustJournalIfAny().orElse(null);
        ReconciliationReport rec = ethics.trustReconciliationIfAny().orElse(null);
        TrustAccountingProfile profile = ethics.trustProfileIfAny().orElseThrow();
        ClientId client = invoice.client();
        String accountId;
        String currency;
        String jurisdiction;
        BigDecimal firmFunds;
        List<TrustLedger> ledgers = null;
        if (journal != null) {
            accountId = journal.account().id().toString();
            currency = journal.account().currency().getCurrencyCode();
            jurisdiction = journal.account().jurisdiction().code();
            ledgers = journal.ledgers(asOf);
            BigDecimal sum = BigDecimal.ZERO;
            for (TrustLedger l : ledgers) {
                if (l.id().isFirmFunds()) {
                    sum = sum.add(l.balance().amount());
                }
            }
            firmFunds = sum;
        } else {
            accountId = rec.account().toString();
            currency = rec.journalBalance().currency().getCurrencyCode();
            jurisdiction = profile.jurisdiction().code();
            firmFunds = rec.firmFundsBalance().amount();
        }
        LocalDate next = rec == null ? null : profile.reconciliationFrequency().nextAsOf(rec.asOf());
        facts.add(new TrustAccountFact(accountId, jurisdiction, currency, asOf, firmFunds,
                profile.bankChargeCushionMax().amount(), profile.reconciliationFrequency().name(), rec != null,
                rec == null ? null : rec.asOf(), rec != null && rec.balanced(), rec != null && rec.passed(),
                rec == null ? BigDecimal.ZERO : rec.bankMinusJournal().amount(),
                rec == null ? BigDecimal.ZERO : rec.journalMinusLedgers().amount(),
                rec == null ? 0 : rec.negativeLedgers().size(), next,
                next == null ? 0 : ChronoUnit.DAYS.between(next, asOf)));

        if (journal != null) {
            for (TrustLedger l : ledgers) {
                if (l.id().isClient() && l.id().client().equals(client)) {
                    facts.add(ledgerFact(accountId, l.id(), currency, asOf, "JOURNAL", l.balance(),
                            l.lowestBalance(), ethics));
                }
            }
            // transfers are judged only against earned fees the host vouches for: without any, nothing is known
            for (FeeTransferStatus t : ethics.earnedFees().all().isEmpty() ? List.<FeeTransferStatus>of()
                    : journal.feeTransfers(ethics.earnedFees())) {
                if (t.ledger().isClient() && t.ledger().client().equals(client)) {
                    facts.add(new FeeTransferFact(accountId, t.invoice().value(), t.ledger().toString(),
                            t.invoiceKnown(), t.earnedUndisputed().amount(), t.transferred().amount(),
                            t.excess().amount(), currency));
                }
            }
            unidentified(accountId, currency, journal.unidentifiedFunds(asOf), facts);
            advanceFees(journal, client, ethics.advanceFees(), asOf, facts);
        } else {
            for (LedgerBalance b : rec.ledgers()) {
                if (b.ledger().isClient() && b.ledger().client().equals(client)) {
                    facts.add(ledgerFact(accountId, b.ledger(), currency, rec.asOf(), "RECONCILIATION", b.balance(),
                            b.balance(), ethics));
                }
            }
            unidentified(accountId, currency, rec.unidentifiedFunds(), facts);
        }
    }

    private static TrustLedgerFact ledgerFact(String accountId, LedgerId ledger, String currency, LocalDate asOf,
            String source, Money balance, Money lowest, EthicsContext ethics) {
        LocalDate closedOn = ethics.closedMatters().get(ledger);
        boolean closed = closedOn != null && !closedOn.isAfter(asOf);
        return new TrustLedgerFact(accountId, ledger.toString(), ledger.client().value(),
                ledger.matterIfAny().map(m -> m.value()).orElse(""), currency, asOf, source, balance.amount(),
                lowest.amount(), closed, closed ? closedOn : null,
                closed ? ChronoUnit.DAYS.between(closedOn, asOf) : 0);
    }

    private static void unidentified(String accountId, String currency, List<UnidentifiedFunds> funds,
            List<Object> facts) {
        for (UnidentifiedFunds u : funds) {
            facts.add(new UnidentifiedFundsFact(accountId, u.deposit().toString(), u.received(),
                    u.deposited().amount(), u.unresolved().amount(), currency, u.asOf(), u.daysOutstanding()));
        }
    }

    /**
     * Matches each advance-fee receipt of the client, oldest first, with the earliest unused, unreversed deposit
     * for advance fees to one of the client's ledgers (the receipt's matter's, or one without a matter), dated from
     * the receipt to {@code asOf}, crediting at least the amount received.
     */
    private static void advanceFees(TrustJournal journal, ClientId client, List<AdvanceFeeReceipt> receipts,
            LocalDate asOf, List<Object> facts) {
        List<AdvanceFeeReceipt> mine = new ArrayList<>();
        for (AdvanceFeeReceipt r : receipts) {
            if (r.client().equals(client)) {
                mine.add(r);
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        mine.sort(Comparator.comparing(AdvanceFeeReceipt::receivedOn));
        List<TrustEntry> entries = journal.entries();
        Set<Long> reversed = new HashSet<>();
        for (TrustEntry e : entries) {
            if (e.type() == TransactionType.REVERSAL && !e.date().isAfter(asOf)) {
                e.transaction().reverses().ifPresent(id -> reversed.add(id.sequence()));
            }
        }
        List<TrustEntry> deposits = new ArrayList<>();
        for (TrustEntry e : entries) {
            if (e.type() == TransactionType.DEPOSIT && !e.date().isAfter(asOf) && !reversed.contains(e.sequence())
                    && e.transaction().purpose().filter(p -> p == DepositPurpose.ADVANCE_FEE).isPresent()) {
                deposits.add(e);
            }
        }
        deposits.sort(Comparator.comparing(TrustEntry::date).thenComparingLong(TrustEntry::sequence));
        Set<Long> used = new HashSet<>();
        for (AdvanceFeeReceipt r : mine) {
            TrustEntry match = null;
            for (TrustEntry e : deposits) {
                if (!used.contains(e.sequence()) && !e.date().isBefore(r.receivedOn()) && covers(e, r)) {
                    match = e;
                    break;
                }
            }
            if (match != null) {
                used.add(match.sequence());
            }
            facts.add(new AdvanceFeeFact(r.reference(), client.value(), r.matterIfAny().map(m -> m.value()).orElse(""),
                    r.receivedOn(), r.amount().amount(), r.amount().currency().getCurrencyCode(), r.flatFee(),
                    match != null, match == null ? null : match.date(),
                    match == null ? "" : match.id().toString(), asOf,
                    ChronoUnit.DAYS.between(r.receivedOn(), asOf)));
        }
    }

    /** @return true when the deposit credits at least the receipt's amount to a ledger the receipt may go to */
    private static boolean covers(TrustEntry deposit, AdvanceFeeReceipt r) {
        for (Posting p : deposit.postings()) {
            LedgerId ledger = p.ledger();
            if (ledger.isClient() && ledger.client().equals(r.client())
                    && (ledger.matter() == null || ledger.matter().equals(r.matter()))
                    && p.amount().currency().equals(r.amount().currency())
                    && !p.amount().isLessThan(r.amount())) {
                return true;
            }
        }
        return false;
    }

    // ---- collections and receivables ----

    private static void collections(Invoice invoice, EthicsContext ethics, List<Object> facts) {
        List<CollectionAction> actions = ethics.collectionActions();
        for (int i = 0; i < actions.size(); i++) {
            CollectionAction a = actions.get(i);
            if (!a.client().equals(invoice.client())) {
                continue;
            }
            int number = i + 1;
            String currency = a.amountClaimed().currency().getCurrencyCode();
            List<String> invoices = new ArrayList<>();
            a.invoices().forEach(n -> invoices.add(n.value()));
            facts.add(new CollectionActionFact(number, a.type().name(), a.date(), a.client().value(),
                    a.matterIfOne().map(m -> m.value()).orElse(""), invoices,
                    a.jurisdictionIfKnown().map(j -> j.code()).orElse(""), a.matterType().name(), currency,
                    a.amountClaimed().amount(), a.amountInDispute().amount(), a.earnedUndisputedBalance().amount(),
                    a.takesFundsHeldInTrust(), a.takesTrustFundsWithoutEarnedUndisputedInvoice()));
            for (FeeArbitrationRule r : ethics.feeArbitrationRules().applicableTo(a)) {
                facts.add(new FeeArbitrationDuty(number, a.type().name(), a.date(), r.id(), r.jurisdiction().code(),
                        r.citation(), a.feeInDispute().amount(), r.minimumInDispute().amount(),
                        r.maximumIfAny().map(m -> m.amount()).orElse(BigDecimal.ZERO), r.maximumIfAny().isPresent(),
                        currency, r.minimumInDispute().currency().getCurrencyCode(), r.noticeDeadline(a), a.arbitrationNoticeServed() != null,
                        a.arbitrationNoticeServed(), r.isSatisfiedBy(a)));
            }
        }
    }

    private static void receivables(Invoice invoice, List<ReceivableState> states, List<Object> facts) {
        for (ReceivableState s : states) {
            if (!s.client().equals(invoice.client())) {
                continue;
            }
            facts.add(new ReceivableFact(s.invoice().value(), s.client().value(), s.matter().value(), s.asOf(),
                    s.currency().getCurrencyCode(), s.balance().amount(), s.interestCharged().amount(),
                    s.chargesInterest(), s.interestAgreed(), s.isDisputed(), s.amountInDispute().amount(),
                    s.daysPastDue(), s.status().name()));
        }
    }

    private static String timekeeperId(InvoiceLine l) {
        return l.timekeeper() == null ? "" : l.timekeeper().id().value();
    }
}
