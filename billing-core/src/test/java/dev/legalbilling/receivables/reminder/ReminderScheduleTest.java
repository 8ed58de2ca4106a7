package dev.legalbilling.receivables.reminder;

import static dev.legalbilling.receivables.Fixtures.CLIENT_A;
import static dev.legalbilling.receivables.Fixtures.JAN_1;
import static dev.legalbilling.receivables.Fixtures.PARTNER;
import static dev.legalbilling.receivables.Fixtures.inv;
import static dev.legalbilling.receivables.Fixtures.pay;
import static dev.legalbilling.receivables.Fixtures.receivable;
import static dev.legalbilling.receivables.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.receivables.DisputeRaised;
import dev.legalbilling.receivables.DisputeResolved;
import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.receivables.collection.CollectionActionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderScheduleTest {
    private static final ReminderSchedule STANDARD = ReminderSchedule.standard();
    /** INV-1: USD 1,000.00 issued 2026-01-01, due 2026-01-31, partner P-01, New York. */
    private static final ReceivablesLedger ONE_INVOICE = ReceivablesLedger.of(List.of(
            receivable("INV-1", CLIENT_A, JAN_1, "1000.00")));
    private static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    /** Runs the schedule every day from {@code from} to {@code to}, returning "date step" per reminder. */
    private static List<String> runDaily(ReceivablesLedger ledger, LocalDate from, LocalDate to) {
        List<String> sent = new ArrayList<>();
        ReminderLog log = ReminderLog.empty();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            ReminderRun run = STANDARD.run(ledger, log, d);
            assertThat(run.skipped()).as("skipped on %s", d).isEmpty();
            run.reminders().forEach(r -> sent.add(r.date() + " " + r.step().id()));
            log = run.log();
        }
        return sent;
    }

    @Test
    void dailyRunsSendEveryStepOnceOnItsDay() {
        assertThat(runDaily(ONE_INVOICE, JAN_1, LocalDate.of(2026, 6, 30))).containsExactly(
                "2026-01-24 BEFORE-DUE-7", "2026-01-31 ON-DUE", "2026-02-15 PAST-DUE-15", "2026-03-02 PAST-DUE-30",
                "2026-04-01 PAST-DUE-60");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "BEFORE-DUE-7, 2026-01-24, falls due in 7 days",
        "ON-DUE,       2026-01-31, falls due today",
        "PAST-DUE-15,  2026-02-15, is 15 days past due",
        "PAST-DUE-30,  2026-03-02, is 30 days past due",
        "PAST-DUE-60,  2026-04-01, is 60 days past due"})
    void eachStepIsSentOnItsDayWithAReason(String stepId, LocalDate day, String wording) {
        ReminderLog earlierSteps = ReminderLog.empty();
        for (ReminderStep s : STANDARD.steps()) {
            if (s.dateFor(DUE).isBefore(day)) {
                earlierSteps = earlierSteps.with(List.of(new ReminderLogEntry(inv("INV-1"), s.id(),
                        s.dateFor(DUE), ReminderOutcome.SENT, "sent")));
            }
        }
        ReminderRun before = STANDARD.run(ONE_INVOICE, earlierSteps, day.minusDays(1));
        assertThat(before.reminders()).isEmpty();
        ReminderRun run = STANDARD.run(ONE_INVOICE, earlierSteps, day);
        assertThat(run.reminders()).singleElement().satisfies(r -> {
            assertThat(r.step().id()).isEqualTo(stepId);
            assertThat(r.stepDate()).isEqualTo(day);
            assertThat(r.isCatchUp()).isFalse();
            assertThat(r.balance()).isEqualTo(usd("1000.00"));
            assertThat(r.reason()).contains("Invoice INV-1 " + wording, "USD 1,000.00", "Step " + stepId);
        });
        assertThat(run.log().contains(inv("INV-1"), stepId)).isTrue();
        assertThat(run.skipped()).isEmpty();
    }

    @Test
    void sixtyDayStepEscalatesToTheResponsiblePartner() {
        Reminder r = STANDARD.run(ONE_INVOICE, ReminderLog.empty(), DUE.plusDays(60)).reminders().get(0);
        assertThat(r.step().id()).isEqualTo("PAST-DUE-60");
        assertThat(r.escalates()).isTrue();
        assertThat(r.escalateTo()).contains(PARTNER);
        assertThat(r.reason()).contains("Escalate to responsible partner P-01.");
        Reminder earlier = STANDARD.run(ONE_INVOICE, ReminderLog.empty(), DUE.plusDays(30)).reminders().get(0);
        assertThat(earlier.escalateTo()).isEmpty();
    }

    @Test
    void escalationWithoutPartnerSaysSo() {
        Receivable r = receivable("INV-1", CLIENT_A, JAN_1, "1000.00");
        Receivable noPartner = new Receivable(r.invoice(), r.client(), r.matter(), r.invoiceDate(), r.dueDate(),
                r.amount(), r.interestTerms(), r.jurisdiction(), r.matterType(), null);
        Reminder reminder = STANDARD.run(ReceivablesLedger.of(List.of(noPartner)), ReminderLog.empty(),
                DUE.plusDays(60)).reminders().get(0);
        assertThat(reminder.escalateTo()).isEmpty();
        assertThat(reminder.reason()).contains("no responsible partner is recorded");
    }

    @Test
    void runningTwiceOnTheSameDayYieldsNothingNew() {
        ReminderRun first = STANDARD.run(ONE_INVOICE, ReminderLog.empty(), DUE.plusDays(45));
        ReminderRun second = STANDARD.run(ONE_INVOICE, first.log(), DUE.plusDays(45));
        assertThat(first.reminders()).hasSize(1);
        assertThat(second.reminders()).isEmpty();
        assertThat(second.skipped()).isEmpty();
        assertThat(second.log()).isEqualTo(first.log());
    }

    @Test
    void afterMissedRunsOnlyTheLatestDueStepIsSentAndEarlierOnesAreSkipped() {
        LocalDate march5 = LocalDate.of(2026, 3, 5);
        ReminderRun run = STANDARD.run(ONE_INVOICE, ReminderLog.empty(), march5);
        assertThat(run.reminders()).singleElement().satisfies(r -> {
            assertThat(r.step().id()).isEqualTo("PAST-DUE-30");
            assertThat(r.isCatchUp()).isTrue();
            assertThat(r.stepDate()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(r.reason()).contains("sent late because a run was missed",
                    "earlier unsent steps are recorded as skipped");
        });
        assertThat(run.skipped()).extracting(ReminderLogEntry::stepId)
                .containsExactly("BEFORE-DUE-7", "ON-DUE", "PAST-DUE-15");
        assertThat(run.skipped()).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(ReminderOutcome.SKIPPED);
            assertThat(e.reason()).startsWith("missed run").endsWith("PAST-DUE-30");
        });
        assertThat(run.log().entries()).hasSize(4);
        assertThat(STANDARD.run(ONE_INVOICE, run.log(), LocalDate.of(2026, 4, 1)).reminders())
                .extracting(r -> r.step().id()).containsExactly("PAST-DUE-60");
    }

    @Test
    void disputedInvoiceIsPausedAndNothingIsLogged() {
        ReceivablesLedger disputed = ONE_INVOICE.post(new DisputeRaised(inv("INV-1"), JAN_1.plusDays(19),
                usd("300.00")));
        ReminderRun run = STANDARD.run(disputed, ReminderLog.empty(), DUE.plusDays(15));
        assertThat(run.reminders()).isEmpty();
        assertThat(run.skipped()).isEmpty();
        assertThat(run.log().entries()).isEmpty();
        assertThat(run.paused()).singleElement().satisfies(p -> {
            assertThat(p.step().id()).isEqualTo("PAST-DUE-15");
            assertThat(p.reason()).contains("disputed since 2026-01-20", "USD 300.00 in dispute");
        });
    }

    @Test
    void afterDisputeIsResolvedTheLatestDueStepResumes() {
        LocalDate resolved = LocalDate.of(2026, 3, 10);
        ReceivablesLedger l = ONE_INVOICE
                .post(new DisputeRaised(inv("INV-1"), JAN_1.plusDays(19), usd("300.00")))
                .post(new DisputeResolved(inv("INV-1"), resolved));
        ReminderRun run = STANDARD.run(l, ReminderLog.empty(), resolved);
        assertThat(run.reminders()).extracting(r -> r.step().id()).containsExactly("PAST-DUE-30");
        assertThat(run.skipped()).hasSize(3);
        assertThat(run.paused()).isEmpty();
    }

    @Test
    void paidInvoicesGetNoReminders() {
        ReceivablesLedger paid = ONE_INVOICE.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, DUE, usd("1000.00"), inv("INV-1")));
        assertThat(runDaily(paid, JAN_1, LocalDate.of(2026, 6, 30)))
                .containsExactly("2026-01-24 BEFORE-DUE-7");
    }

    @Test
    void partiallyPaidInvoiceIsRemindedOfItsBalance() {
        ReceivablesLedger partly = ONE_INVOICE.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, DUE, usd("400.00"), inv("INV-1")));
        Reminder r = STANDARD.run(partly, ReminderLog.empty(), DUE.plusDays(15)).reminders().get(0);
        assertThat(r.balance()).isEqualTo(usd("600.00"));
        assertThat(r.reason()).contains("USD 600.00 (partially paid)");
    }

    @Test
    void stepFallingBeforeTheInvoiceDateIsSkipped() {
        ReceivablesLedger net3 = ReceivablesLedger.of(List.of(
                receivable("INV-9", CLIENT_A, JAN_1, 3, usd("50.00"))));
        ReminderRun onIssue = STANDARD.run(net3, ReminderLog.empty(), JAN_1);
        assertThat(onIssue.reminders()).isEmpty();
        assertThat(onIssue.skipped()).singleElement().satisfies(e -> {
            assertThat(e.stepId()).isEqualTo("BEFORE-DUE-7");
            assertThat(e.reason()).contains("before invoice INV-9 was issued on 2026-01-01");
        });
        assertThat(STANDARD.run(net3, onIssue.log(), JAN_1.plusDays(3)).reminders())
                .extracting(r -> r.step().id()).containsExactly("ON-DUE");
    }

    @Test
    void remindersNeverGoBackToAnEarlierStep() {
        ReminderLog imported = ReminderLog.empty().with(List.of(new ReminderLogEntry(inv("INV-1"), "PAST-DUE-30",
                DUE.plusDays(30), ReminderOutcome.SENT, "sent by the old system")));
        ReminderRun run = STANDARD.run(ONE_INVOICE, imported, DUE.plusDays(31));
        assertThat(run.reminders()).isEmpty();
        assertThat(run.skipped()).extracting(ReminderLogEntry::stepId)
                .containsExactly("BEFORE-DUE-7", "ON-DUE", "PAST-DUE-15");
        assertThat(run.skipped().get(2).reason()).contains("comes before step PAST-DUE-30");
    }

    @Test
    void eachReminderIsACollectionStepForTheEthicsRules() {
        ReminderRun run = STANDARD.run(ONE_INVOICE, ReminderLog.empty(), DUE.plusDays(15));
        CollectionAction action = run.collectionActions().get(0);
        assertThat(action.type()).isEqualTo(CollectionActionType.REMINDER);
        assertThat(action.date()).isEqualTo(DUE.plusDays(15));
        assertThat(action.jurisdiction()).isEqualTo(Jurisdiction.of("US-NY"));
        assertThat(action.amountClaimed()).isEqualTo(usd("1000.00"));
        assertThat(action.amountInDispute().isZero()).isTrue();
        assertThat(action.arbitrationNoticeServedIfAny()).isEmpty();
        assertThat(action.invoices()).containsExactly(inv("INV-1"));
    }

    @Test
    void scheduleIsSortedAndRejectsDuplicateStepsAndEmptyPolicies() {
        ReminderSchedule custom = new ReminderSchedule(List.of(new ReminderStep("LATE", 10, false),
                new ReminderStep("EARLY", -3, false)));
        assertThat(custom.steps()).extracting(ReminderStep::id).containsExactly("EARLY", "LATE");
        assertThatThrownBy(() -> new ReminderSchedule(List.of(new ReminderStep("A", 1, false),
                new ReminderStep("A", 2, false)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'A'");
        assertThatThrownBy(() -> new ReminderSchedule(List.of(new ReminderStep("A", 1, false),
                new ReminderStep("B", 1, false)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("daysFromDue");
        assertThatThrownBy(() -> new ReminderSchedule(List.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void logRejectsTheSameStepTwiceForAnInvoice() {
        ReminderLogEntry e = new ReminderLogEntry(inv("INV-1"), "ON-DUE", DUE, ReminderOutcome.SENT, "");
        assertThatThrownBy(() -> ReminderLog.empty().with(List.of(e, e)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("INV-1");
    }

    @Test
    void stepsDescribeThemselves() {
        assertThat(new ReminderStep("X", -7, false).describe()).isEqualTo("7 days before the due date");
        assertThat(new ReminderStep("X", 0, false).describe()).isEqualTo("on the due date");
        assertThat(new ReminderStep("X", 1, false).describe()).isEqualTo("1 day after the due date");
    }

    @Test
    void aRunDatedBeforeTheLastRecordedRunIsRefused() {
        ReminderRun first = STANDARD.run(ONE_INVOICE, ReminderLog.empty(), DUE.plusDays(45));

        assertThatThrownBy(() -> STANDARD.run(ONE_INVOICE, first.log(), DUE.plusDays(20)))
                .isInstanceOfSatisfying(BackDatedReminderRunException.class, e -> {
                    assertThat(e.code()).isEqualTo("RECEIVABLES_BACKDATED_REMINDER_RUN");
                    assertThat(e.runDate()).isEqualTo(DUE.plusDays(20));
                    assertThat(e.lastRun()).isEqualTo(DUE.plusDays(45));
                    assertThat(e.getMessage()).contains("2026-02-20", "2026-03-17");
                });
        assertThat(STANDARD.run(ONE_INVOICE, first.log(), DUE.plusDays(45)).reminders()).isEmpty();
        assertThat(STANDARD.run(ONE_INVOICE, ReminderLog.empty(), DUE.plusDays(20)).reminders()).hasSize(1);
    }
}
