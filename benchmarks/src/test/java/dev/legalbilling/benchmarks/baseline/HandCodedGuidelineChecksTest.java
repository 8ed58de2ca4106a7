package dev.legalbilling.benchmarks.baseline;

import static dev.legalbilling.benchmarks.baseline.Fixtures.ASSOCIATE_CHEN;
import static dev.legalbilling.benchmarks.baseline.Fixtures.ASSOCIATE_OLGA;
import static dev.legalbilling.benchmarks.baseline.Fixtures.INVOICE_DATE;
import static dev.legalbilling.benchmarks.baseline.Fixtures.INVOICE_NUMBER;
import static dev.legalbilling.benchmarks.baseline.Fixtures.JAN_13;
import static dev.legalbilling.benchmarks.baseline.Fixtures.PARTNER_GRACE;
import static dev.legalbilling.benchmarks.baseline.Fixtures.PERIOD_END;
import static dev.legalbilling.benchmarks.baseline.Fixtures.TRAINEE_TOMAS;
import static dev.legalbilling.benchmarks.baseline.Fixtures.expense;
import static dev.legalbilling.benchmarks.baseline.Fixtures.fee;
import static dev.legalbilling.benchmarks.baseline.Fixtures.feeAdjustment;
import static dev.legalbilling.benchmarks.baseline.Fixtures.invoice;
import static dev.legalbilling.benchmarks.baseline.Fixtures.invoiceDated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.utbms.UtbmsCodeSet;
import dev.legalbilling.work.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HandCodedGuidelineChecksTest {
    private static final HandCodedGuidelineChecks DEFAULT_CHECKS =
            new HandCodedGuidelineChecks(GuidelineProfile.defaults());
    private static final MatterContext LITIGATION = MatterContext.litigation();

    private static List<BaselineFinding> findings(GuidelineRule rule, Invoice invoice) {
        return findings(DEFAULT_CHECKS, rule, invoice, LITIGATION);
    }

    private static List<BaselineFinding> findings(GuidelineProfile profile, GuidelineRule rule, Invoice invoice) {
        return findings(new HandCodedGuidelineChecks(profile), rule, invoice, LITIGATION);
    }

    private static List<BaselineFinding> findings(HandCodedGuidelineChecks checks, GuidelineRule rule,
            Invoice invoice, MatterContext matter) {
        return checks.check(invoice, matter).stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    }

    private static BaselineFinding finding(GuidelineRule rule, String line, String amount, SuggestionKind kind,
            String value) {
        return new BaselineFinding(rule.id(), INVOICE_NUMBER, line, Money.of(amount, "USD"), kind,
                value == null ? null : new BigDecimal(value));
    }

    @Test
    void ordinaryWorkRaisesNoFinding() {
        Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.5"), fee("2", PARTNER_GRACE, "1.2"),
                expense("3", "E107", "1", "32.00", "Courier delivery of trial binders to co-counsel"));

        assertThat(DEFAULT_CHECKS.check(invoice, LITIGATION)).isEmpty();
    }

    @Test
    void neverChecksInvoiceLevelAdjustments() {
        InvoiceLine discount = InvoiceLine.builder("9", LineType.FEE_ADJUSTMENT,
                LocalDate.of(2025, 6, 1)).adjustment(Money.of("-100.00", "USD")).narrative("x")
                .price(RoundingMode.HALF_UP);

        assertThat(DEFAULT_CHECKS.check(invoice(List.of(discount)), LITIGATION)).isEmpty();
    }

    @Nested
    @RuleUnderTest(GuidelineRule.INCREMENT)
    class Increment {
        @Test
        void firesOnUnitsBetweenTenths() {
            assertThat(findings(GuidelineRule.INCREMENT, invoice(fee("1", ASSOCIATE_CHEN, "0.25"))))
                    .containsExactly(finding(GuidelineRule.INCREMENT, "1", "17.50", SuggestionKind.REDUCE_UNITS,
                            "0.2"));
        }

        @Test
        void doesNotFireOnWholeTenthsWrittenWithMoreDecimals() {
            assertThat(findings(GuidelineRule.INCREMENT, invoice(fee("1", ASSOCIATE_CHEN, "0.30"),
                    fee("2", ASSOCIATE_CHEN, "2", JAN_13)))).isEmpty();
        }

        @Test
        void doesNotFireOnQuarterHoursWhenTheIncrementIsAQuarter() {
            GuidelineProfile quarters = GuidelineProfile.builder().increment(new BigDecimal("0.25")).build();

            assertThat(findings(quarters, GuidelineRule.INCREMENT, invoice(fee("1", ASSOCIATE_CHEN, "0.75"))))
                    .isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.BLOCK_BILLING)
    class BlockBilling {
        @Test
        void firesOnTwoTasksSeparatedBySemicolon() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0")
                    .narrative("Review deposition transcript; draft summary for client"));

            assertThat(findings(GuidelineRule.BLOCK_BILLING, invoice)).containsExactly(finding(
                    GuidelineRule.BLOCK_BILLING, "1", "350.00", SuggestionKind.BILL_AT_PERCENT, "50"));
        }

        @Test
        void doesNotFireWhenTheSecondSegmentIsOneWord() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0")
                    .narrative("Review deposition transcript and exhibits; call"));

            assertThat(findings(GuidelineRule.BLOCK_BILLING, invoice)).isEmpty();
        }

        @Test
        void doesNotFireBelowTheConfiguredNumberOfTasks() {
            GuidelineProfile threeTasks = GuidelineProfile.builder().blockBilling(3, BigDecimal.valueOf(50)).build();
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0")
                    .narrative("Review deposition transcript; draft summary for client"));

            assertThat(findings(threeTasks, GuidelineRule.BLOCK_BILLING, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.VAGUE_DESCRIPTION)
    class VagueDescription {
        @Test
        void firesOnFewerThanFourWords() {
            assertThat(findings(GuidelineRule.VAGUE_DESCRIPTION, invoice(fee("1", ASSOCIATE_CHEN, "1.0")
                    .narrative("Draft letter."))))
                    .containsExactly(finding(GuidelineRule.VAGUE_DESCRIPTION, "1", "350.00", SuggestionKind.NONE,
                            null));
        }

        @Test
        void firesOnAVaguePhraseInALongNarrative() {
            assertThat(findings(GuidelineRule.VAGUE_DESCRIPTION, invoice(fee("1", ASSOCIATE_CHEN, "1.0")
                    .narrative("Review file, and prepare notes for the trial team")))).hasSize(1);
        }

        @Test
        void doesNotFireOnFourSpecificWords() {
            assertThat(findings(GuidelineRule.VAGUE_DESCRIPTION, invoice(fee("1", ASSOCIATE_CHEN, "1.0")
                    .narrative("Draft letter to counsel")))).isEmpty();
        }

        @Test
        void doesNotFireWhenThePhraseIsOnlyPartOfAWord() {
            assertThat(findings(GuidelineRule.VAGUE_DESCRIPTION, invoice(fee("1", ASSOCIATE_CHEN, "1.0")
                    .narrative("Review filed motion papers before hearing")))).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.DAILY_HOURS)
    class DailyHours {
        @Test
        void firesOnTheLineThatTakesTheDayPastTenHours() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "6.0"), fee("2", ASSOCIATE_CHEN, "4.1"));

            assertThat(findings(GuidelineRule.DAILY_HOURS, invoice)).containsExactly(finding(
                    GuidelineRule.DAILY_HOURS, "2", "35.00", SuggestionKind.REDUCE_UNITS, "4.0"));
        }

        @Test
        void doesNotFireOnExactlyTenHours() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "6.0"), fee("2", ASSOCIATE_CHEN, "4.0"));

            assertThat(findings(GuidelineRule.DAILY_HOURS, invoice)).isEmpty();
        }

        @Test
        void doesNotFireOnHoursOfDifferentTimekeepersOrDays() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "6.0"), fee("2", ASSOCIATE_OLGA, "6.0"),
                    fee("3", ASSOCIATE_CHEN, "6.0", JAN_13));

            assertThat(findings(GuidelineRule.DAILY_HOURS, invoice)).isEmpty();
        }

        @Test
        void firesOncePerDayForTheWholeExcessNotBelowZeroUnits() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "6.0"), fee("2", ASSOCIATE_CHEN, "4.5"),
                    fee("3", ASSOCIATE_CHEN, "5.0"));

            assertThat(findings(GuidelineRule.DAILY_HOURS, invoice)).containsExactly(finding(
                    GuidelineRule.DAILY_HOURS, "2", "1925.00", SuggestionKind.REDUCE_UNITS, "0"));
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.LONG_ENTRY)
    class LongEntry {
        @Test
        void firesOnAnEntryOverEightHours() {
            assertThat(findings(GuidelineRule.LONG_ENTRY, invoice(fee("1", ASSOCIATE_CHEN, "8.1"))))
                    .containsExactly(finding(GuidelineRule.LONG_ENTRY, "1", "35.00", SuggestionKind.REDUCE_UNITS,
                            "8.0"));
        }

        @Test
        void doesNotFireOnExactlyEightHours() {
            assertThat(findings(GuidelineRule.LONG_ENTRY, invoice(fee("1", ASSOCIATE_CHEN, "8.0")))).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.CLERICAL)
    class Clerical {
        @Test
        void firesOnBatesStamping() {
            assertThat(findings(GuidelineRule.CLERICAL, invoice(fee("1", ASSOCIATE_CHEN, "1.5")
                    .narrative("Bates stamping of third production volume"))))
                    .containsExactly(finding(GuidelineRule.CLERICAL, "1", "525.00", SuggestionKind.DISALLOW, null));
        }

        @Test
        void firesOnAPhraseFollowedBySemicolon() {
            assertThat(findings(GuidelineRule.CLERICAL, invoice(fee("1", ASSOCIATE_CHEN, "1.5")
                    .narrative("Finalise exhibits for e-filing; confirm service list")))).hasSize(1);
        }

        @Test
        void doesNotFireOnAWordThatOnlyStartsWithAPhrase() {
            assertThat(findings(GuidelineRule.CLERICAL, invoice(fee("1", ASSOCIATE_CHEN, "1.5")
                    .narrative("Review photocopier lease terms for client")))).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.INTERNAL_CONFERENCE)
    class InternalConference {
        @Test
        void firesOnEveryInternalConferenceByDefault() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "0.5").codes("L120", "A105"));

            assertThat(findings(GuidelineRule.INTERNAL_CONFERENCE, invoice)).containsExactly(finding(
                    GuidelineRule.INTERNAL_CONFERENCE, "1", "175.00", SuggestionKind.DISALLOW, null));
        }

        @Test
        void doesNotFireOnALowerCaseActivityCodeAsCodesCompareExactly() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "0.5").codes("L120", "a105"));

            assertThat(findings(GuidelineRule.INTERNAL_CONFERENCE, invoice)).isEmpty();
        }

        @Test
        void doesNotFireOnClientCommunication() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "0.5").codes("L120", "A106"));

            assertThat(findings(GuidelineRule.INTERNAL_CONFERENCE, invoice)).isEmpty();
        }

        @Test
        void firesOnlyOnTimekeepersAfterTheFirstWhenAllowed() {
            GuidelineProfile allowed = GuidelineProfile.builder().internalConferenceAllowed(true).build();
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "0.5").codes("L120", "A105"),
                    fee("2", ASSOCIATE_CHEN, "0.3").codes("L120", "A105"),
                    fee("3", PARTNER_GRACE, "0.5").codes("L120", "A105"),
                    fee("4", PARTNER_GRACE, "0.5", JAN_13).codes("L120", "A105"));

            assertThat(findings(allowed, GuidelineRule.INTERNAL_CONFERENCE, invoice))
                    .extracting(BaselineFinding::lineNumber).containsExactly("3");
        }

        @Test
        void doesNotFireWhenAllowedAndOneTimekeeperConfers() {
            GuidelineProfile allowed = GuidelineProfile.builder().internalConferenceAllowed(true).build();
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "0.5").codes("L120", "A105"),
                    fee("2", ASSOCIATE_CHEN, "0.3").codes("L120", "A105"));

            assertThat(findings(allowed, GuidelineRule.INTERNAL_CONFERENCE, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.MULTIPLE_ATTENDEES)
    class MultipleAttendees {
        @Test
        void firesOnEveryLineOfTheSecondAttendee() {
            Invoice invoice = invoice(fee("1", PARTNER_GRACE, "3.0").codes("L330", "A109"),
                    fee("2", ASSOCIATE_CHEN, "3.0").codes("L330", "A109"),
                    fee("3", PARTNER_GRACE, "1.0").codes("L330", "A109"),
                    fee("4", ASSOCIATE_CHEN, "1.0").codes("L330", "A109"));

            assertThat(findings(GuidelineRule.MULTIPLE_ATTENDEES, invoice)).containsExactly(
                    finding(GuidelineRule.MULTIPLE_ATTENDEES, "2", "1050.00", SuggestionKind.DISALLOW, null),
                    finding(GuidelineRule.MULTIPLE_ATTENDEES, "4", "350.00", SuggestionKind.DISALLOW, null));
        }

        @Test
        void doesNotFireOnAttendeesOfDifferentTasksOrDates() {
            Invoice invoice = invoice(fee("1", PARTNER_GRACE, "3.0").codes("L330", "A109"),
                    fee("2", ASSOCIATE_CHEN, "3.0").codes("L450", "A109"),
                    fee("3", ASSOCIATE_OLGA, "3.0", JAN_13).codes("L330", "A109"));

            assertThat(findings(GuidelineRule.MULTIPLE_ATTENDEES, invoice)).isEmpty();
        }

        @Test
        void firesOnlyBeyondTheConfiguredNumberOfAttendees() {
            GuidelineProfile two = GuidelineProfile.builder().maxAttendees(2).build();
            Invoice invoice = invoice(fee("1", PARTNER_GRACE, "3.0").codes("L330", "A109"),
                    fee("2", ASSOCIATE_CHEN, "3.0").codes("L330", "A109"),
                    fee("3", ASSOCIATE_OLGA, "3.0").codes("L330", "A109"));

            assertThat(findings(two, GuidelineRule.MULTIPLE_ATTENDEES, invoice))
                    .extracting(BaselineFinding::lineNumber).containsExactly("3");
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.TRAVEL)
    class Travel {
        @Test
        void firesOnNonWorkingTravelAtTheFullRate() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0").nonWorkingTravel(true));

            assertThat(findings(GuidelineRule.TRAVEL, invoice)).containsExactly(finding(GuidelineRule.TRAVEL, "1",
                    "350.00", SuggestionKind.BILL_AT_PERCENT, "50"));
        }

        @Test
        void firesOnTheNonWorkingTravelTaskCode() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0").codes("B195", "A111"));

            assertThat(findings(GuidelineRule.TRAVEL, invoice)).hasSize(1);
        }

        @Test
        void doesNotFireOnALowerCaseTravelTaskCodeAsItComparesExactly() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0").codes("b195", "A111"));

            assertThat(findings(GuidelineRule.TRAVEL, invoice)).isEmpty();
        }

        @Test
        void doesNotFireOnTravelAlreadyDiscountedToHalf() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0").nonWorkingTravel(true)
                    .adjustment(Money.of("-350.00", "USD")));

            assertThat(findings(GuidelineRule.TRAVEL, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.RATE_ABOVE_APPROVED)
    class RateAboveApproved {
        @Test
        void firesOnARateAboveTheTimekeepersApprovedRate() {
            GuidelineProfile approved = GuidelineProfile.builder()
                    .approvedRates(Map.of(ASSOCIATE_CHEN.id(), UnitPrice.of("325", "USD"))).build();

            assertThat(findings(approved, GuidelineRule.RATE_ABOVE_APPROVED, invoice(fee("1", ASSOCIATE_CHEN,
                    "2.0")))).containsExactly(finding(GuidelineRule.RATE_ABOVE_APPROVED, "1", "50.00",
                    SuggestionKind.CAP_AMOUNT, "650.00"));
        }

        @Test
        void doesNotFireAtExactlyTheApprovedRate() {
            GuidelineProfile approved = GuidelineProfile.builder()
                    .approvedRates(Map.of(ASSOCIATE_CHEN.id(), UnitPrice.of("350.00", "USD"))).build();

            assertThat(findings(approved, GuidelineRule.RATE_ABOVE_APPROVED, invoice(fee("1", ASSOCIATE_CHEN,
                    "2.0")))).isEmpty();
        }

        @Test
        void firesOnTheClassificationRateWhenTheTimekeeperHasNone() {
            GuidelineProfile byClass = GuidelineProfile.builder()
                    .approvedClassRates(Map.of(TimekeeperClassification.ASSOC, UnitPrice.of("300", "USD"))).build();

            assertThat(findings(byClass, GuidelineRule.RATE_ABOVE_APPROVED, invoice(fee("1", ASSOCIATE_CHEN,
                    "1.0")))).containsExactly(finding(GuidelineRule.RATE_ABOVE_APPROVED, "1", "50.00",
                    SuggestionKind.CAP_AMOUNT, "300.00"));
        }

        @Test
        void doesNotApplyTheClassificationRateToATimekeeperOffTheRoster() {
            GuidelineProfile byClass = GuidelineProfile.builder()
                    .approvedClassRates(Map.of(TimekeeperClassification.ASSOC, UnitPrice.of("300", "USD")))
                    .approvedTimekeepers(java.util.Set.of(dev.legalbilling.party.TimekeeperId.of("TK-NOBODY")))
                    .build();

            assertThat(findings(byClass, GuidelineRule.RATE_ABOVE_APPROVED, invoice(fee("1", ASSOCIATE_CHEN,
                    "1.0")))).isEmpty();
        }

        @Test
        void doesNotFireWhenTheTimekeepersOwnRateCoversIt() {
            GuidelineProfile both = GuidelineProfile.builder()
                    .approvedRates(Map.of(ASSOCIATE_CHEN.id(), UnitPrice.of("400", "USD")))
                    .approvedClassRates(Map.of(TimekeeperClassification.ASSOC, UnitPrice.of("300", "USD"))).build();

            assertThat(findings(both, GuidelineRule.RATE_ABOVE_APPROVED, invoice(fee("1", ASSOCIATE_CHEN, "1.0"))))
                    .isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.UNAPPROVED_TIMEKEEPER)
    class UnapprovedTimekeeper {
        private final GuidelineProfile onlyGrace = GuidelineProfile.builder()
                .approvedTimekeepers(Set.of(PARTNER_GRACE.id())).build();

        @Test
        void firesOnATimekeeperMissingFromTheApprovedList() {
            assertThat(findings(onlyGrace, GuidelineRule.UNAPPROVED_TIMEKEEPER, invoice(fee("1", ASSOCIATE_CHEN,
                    "1.0")))).containsExactly(finding(GuidelineRule.UNAPPROVED_TIMEKEEPER, "1", "350.00",
                    SuggestionKind.DISALLOW, null));
        }

        @Test
        void doesNotFireOnAnApprovedTimekeeper() {
            assertThat(findings(onlyGrace, GuidelineRule.UNAPPROVED_TIMEKEEPER, invoice(fee("1", PARTNER_GRACE,
                    "1.0")))).isEmpty();
        }

        @Test
        void doesNotFireWhenNoListIsGiven() {
            assertThat(findings(GuidelineRule.UNAPPROVED_TIMEKEEPER, invoice(fee("1", ASSOCIATE_CHEN, "1.0"))))
                    .isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.STAFFING_LEVEL)
    class StaffingLevel {
        @Test
        void firesOnAPartnerManagingFiles() {
            Invoice invoice = invoice(fee("1", PARTNER_GRACE, "1.0").codes("L140", "A110"));

            assertThat(findings(GuidelineRule.STAFFING_LEVEL, invoice)).containsExactly(finding(
                    GuidelineRule.STAFFING_LEVEL, "1", "650.00", SuggestionKind.NONE, null));
        }

        @Test
        void doesNotFireOnAnAssociateManagingFilesOrAPartnerDrafting() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "1.0").codes("L140", "A110"),
                    fee("2", PARTNER_GRACE, "1.0"));

            assertThat(findings(GuidelineRule.STAFFING_LEVEL, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.RESEARCH_LIMIT)
    class ResearchLimit {
        @Test
        void firesOnTheLineThatTakesResearchPastTenHours() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "6.0").codes("L120", "A102"),
                    fee("2", ASSOCIATE_OLGA, "4.1", JAN_13).codes("L120", "A102"));

            assertThat(findings(GuidelineRule.RESEARCH_LIMIT, invoice)).containsExactly(finding(
                    GuidelineRule.RESEARCH_LIMIT, "2", "37.50", SuggestionKind.REDUCE_UNITS, "4.0"));
        }

        @Test
        void doesNotFireOnExactlyTenHours() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "6.0").codes("L120", "A102"),
                    fee("2", ASSOCIATE_OLGA, "4.0", JAN_13).codes("L120", "A102"));

            assertThat(findings(GuidelineRule.RESEARCH_LIMIT, invoice)).isEmpty();
        }

        @Test
        void countsResearchBilledOnEarlierInvoices() {
            MatterContext history = LITIGATION.withHistory(null, new BigDecimal("4.0"));
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "6.1").codes("L120", "A102"));

            assertThat(findings(DEFAULT_CHECKS, GuidelineRule.RESEARCH_LIMIT, invoice, history)).containsExactly(
                    finding(GuidelineRule.RESEARCH_LIMIT, "1", "35.00", SuggestionKind.REDUCE_UNITS, "6.0"));
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.TRAINING)
    class Training {
        @Test
        void firesOnGettingUpToSpeed() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0")
                    .narrative("Get up to speed on the file history"));

            assertThat(findings(GuidelineRule.TRAINING, invoice)).containsExactly(finding(GuidelineRule.TRAINING,
                    "1", "700.00", SuggestionKind.DISALLOW, null));
        }

        @Test
        void firesOnATraineesTime() {
            assertThat(findings(GuidelineRule.TRAINING, invoice(fee("1", TRAINEE_TOMAS, "1.0")))).hasSize(1);
        }

        @Test
        void doesNotFireOnAWordContainingTraining() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0")
                    .narrative("Analyze retraining obligations under the settlement"));

            assertThat(findings(GuidelineRule.TRAINING, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.CHIPPING)
    class Chipping {
        @Test
        void firesOnceOnTheFirstOfFourSmallEntries() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "0.2"), fee("2", ASSOCIATE_CHEN, "0.1"),
                    fee("3", ASSOCIATE_CHEN, "0.2"), fee("4", ASSOCIATE_CHEN, "0.2"), fee("5", ASSOCIATE_CHEN, "0.1"));

            assertThat(findings(GuidelineRule.CHIPPING, invoice)).containsExactly(finding(GuidelineRule.CHIPPING,
                    "1", "0", SuggestionKind.NONE, null));
        }

        @Test
        void doesNotFireWhenOneOfFourEntriesIsNotSmall() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "0.2"), fee("2", ASSOCIATE_CHEN, "0.1"),
                    fee("3", ASSOCIATE_CHEN, "0.3"), fee("4", ASSOCIATE_CHEN, "0.2"));

            assertThat(findings(GuidelineRule.CHIPPING, invoice)).isEmpty();
        }

        @Test
        void doesNotFireOnSmallEntriesOfDifferentTasks() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "0.2"), fee("2", ASSOCIATE_CHEN, "0.1"),
                    fee("3", ASSOCIATE_CHEN, "0.2"), fee("4", ASSOCIATE_CHEN, "0.2").codes("L310", "A103"));

            assertThat(findings(GuidelineRule.CHIPPING, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.DUPLICATE_ENTRY)
    class DuplicateEntry {
        @Test
        void firesOnARepeatedFeeEntryWrittenDifferently() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "1.0"), fee("2", ASSOCIATE_CHEN, "1.00")
                    .narrative("DRAFT opposition to motion to compel  production of sales emails."));

            assertThat(findings(GuidelineRule.DUPLICATE_ENTRY, invoice)).containsExactly(finding(
                    GuidelineRule.DUPLICATE_ENTRY, "2", "350.00", SuggestionKind.DISALLOW, null));
        }

        @Test
        void doesNotFireOnTheSameWorkOnAnotherDayOrForOtherHours() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "1.0"), fee("2", ASSOCIATE_CHEN, "1.0", JAN_13),
                    fee("3", ASSOCIATE_CHEN, "1.1"), fee("4", ASSOCIATE_OLGA, "1.0"));

            assertThat(findings(GuidelineRule.DUPLICATE_ENTRY, invoice)).isEmpty();
        }

        @Test
        void firesOnARepeatedExpense() {
            Invoice invoice = invoice(expense("1", "E107", "1", "32.00", "Courier to co-counsel"),
                    expense("2", "E107", "1", "32", "Courier to co-counsel"));

            assertThat(findings(GuidelineRule.DUPLICATE_ENTRY, invoice)).containsExactly(finding(
                    GuidelineRule.DUPLICATE_ENTRY, "2", "32.00", SuggestionKind.DISALLOW, null));
        }

        @Test
        void doesNotFireOnAnExpenseAtAnotherPrice() {
            Invoice invoice = invoice(expense("1", "E107", "1", "32.00", "Courier to co-counsel"),
                    expense("2", "E107", "1", "33.00", "Courier to co-counsel"));

            assertThat(findings(GuidelineRule.DUPLICATE_ENTRY, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.OUTSIDE_PERIOD)
    class OutsidePeriod {
        @Test
        void firesOnLinesBeforeOrAfterThePeriod() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "1.0", LocalDate.of(2025, 12, 31)),
                    expense("2", "E107", "1", "32.00", "Courier to co-counsel", LocalDate.of(2026, 2, 1)));

            assertThat(findings(GuidelineRule.OUTSIDE_PERIOD, invoice)).containsExactly(
                    finding(GuidelineRule.OUTSIDE_PERIOD, "1", "350.00", SuggestionKind.DISALLOW, null),
                    finding(GuidelineRule.OUTSIDE_PERIOD, "2", "32.00", SuggestionKind.DISALLOW, null));
        }

        @Test
        void doesNotFireOnTheFirstAndLastDayOfThePeriod() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "1.0", LocalDate.of(2026, 1, 1)),
                    fee("2", ASSOCIATE_CHEN, "1.0", PERIOD_END));

            assertThat(findings(GuidelineRule.OUTSIDE_PERIOD, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.LATE_ENTRY)
    class LateEntry {
        @Test
        void firesOnALineNinetyOneDaysOld() {
            LocalDate old = INVOICE_DATE.minusDays(91);

            assertThat(findings(GuidelineRule.LATE_ENTRY, invoice(fee("1", ASSOCIATE_CHEN, "1.0", old))))
                    .containsExactly(finding(GuidelineRule.LATE_ENTRY, "1", "350.00", SuggestionKind.DISALLOW,
                            null));
        }

        @Test
        void doesNotFireOnALineExactlyNinetyDaysOld() {
            LocalDate old = INVOICE_DATE.minusDays(90);

            assertThat(findings(GuidelineRule.LATE_ENTRY, invoice(fee("1", ASSOCIATE_CHEN, "1.0", old)))).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.LATE_SUBMISSION)
    class LateSubmission {
        @Test
        void firesOnAnInvoiceSixtyOneDaysAfterThePeriod() {
            Invoice invoice = invoiceDated(PERIOD_END.plusDays(61), List.of(fee("1", ASSOCIATE_CHEN, "1.0")
                    .price(RoundingMode.HALF_UP)));

            assertThat(findings(GuidelineRule.LATE_SUBMISSION, invoice)).containsExactly(finding(
                    GuidelineRule.LATE_SUBMISSION, "", "0", SuggestionKind.NONE, null));
        }

        @Test
        void doesNotFireOnAnInvoiceSixtyDaysAfterThePeriod() {
            Invoice invoice = invoiceDated(PERIOD_END.plusDays(60), List.of(fee("1", ASSOCIATE_CHEN, "1.0")
                    .price(RoundingMode.HALF_UP)));

            assertThat(findings(GuidelineRule.LATE_SUBMISSION, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.MISSING_CODE)
    class MissingCode {
        @Test
        void firesOnBlankUnknownOrForeignCodes() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "1.0").codes(null, "A103"),
                    fee("2", ASSOCIATE_CHEN, "1.1").codes("L999", "A103"),
                    fee("3", ASSOCIATE_CHEN, "1.2").codes("B110", "A103"),
                    fee("4", ASSOCIATE_CHEN, "1.3").codes("L100", "A103"),
                    fee("5", ASSOCIATE_CHEN, "1.4").codes("L120", " "),
                    fee("6", ASSOCIATE_CHEN, "1.5").codes("L120", "A199"),
                    expense("7", null, "1", "32.00", "Courier to co-counsel"),
                    expense("8", "E199", "1", "33.00", "Courier to co-counsel"));

            assertThat(findings(GuidelineRule.MISSING_CODE, invoice)).extracting(BaselineFinding::lineNumber)
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(findings(GuidelineRule.MISSING_CODE, invoice)).first().isEqualTo(finding(
                    GuidelineRule.MISSING_CODE, "1", "0", SuggestionKind.NONE, null));
        }

        @Test
        void doesNotFireOnValidCodesWrittenInLowerCaseWithBlanks() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "1.0").codes(" l120 ", "a103"),
                    expense("2", "e107", "1", "32.00", "Courier to co-counsel"));

            assertThat(findings(GuidelineRule.MISSING_CODE, invoice)).isEmpty();
        }

        @Test
        void doesNotFireOnATaskOfTheMattersOwnCodeSet() {
            MatterContext bankruptcy = new MatterContext(UtbmsCodeSet.BANKRUPTCY, null, null, BigDecimal.ZERO);
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "1.0").codes("B110", "A103"));

            assertThat(findings(DEFAULT_CHECKS, GuidelineRule.MISSING_CODE, invoice, bankruptcy)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.EXPENSE_NOT_ALLOWED)
    class ExpenseNotAllowed {
        @Test
        void firesOnAFaxCharge() {
            Invoice invoice = invoice(expense("1", "E104", "12", "1.00", "Facsimile to opposing counsel"));

            assertThat(findings(GuidelineRule.EXPENSE_NOT_ALLOWED, invoice)).containsExactly(finding(
                    GuidelineRule.EXPENSE_NOT_ALLOWED, "1", "12.00", SuggestionKind.DISALLOW, null));
        }

        @Test
        void doesNotFireOnALowerCaseCodeAsTheListComparesExactly() {
            Invoice invoice = invoice(expense("1", "e104", "12", "1.00", "Facsimile to opposing counsel"));

            assertThat(findings(GuidelineRule.EXPENSE_NOT_ALLOWED, invoice)).isEmpty();
        }

        @Test
        void doesNotFireOnACourier() {
            Invoice invoice = invoice(expense("1", "E107", "1", "32.00", "Courier to co-counsel"));

            assertThat(findings(GuidelineRule.EXPENSE_NOT_ALLOWED, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.EXPENSE_CAP)
    class ExpenseCap {
        @Test
        void firesOnCopiesAboveTenCentsAPage() {
            Invoice invoice = invoice(expense("1", "E101", "200", "0.25", "Photocopies of production"));

            assertThat(findings(GuidelineRule.EXPENSE_CAP, invoice)).containsExactly(finding(
                    GuidelineRule.EXPENSE_CAP, "1", "30.00", SuggestionKind.CAP_AMOUNT, "20.00"));
        }

        @Test
        void doesNotFireOnCopiesAtTenCents() {
            Invoice invoice = invoice(expense("1", "E101", "200", "0.10", "Photocopies of production"));

            assertThat(findings(GuidelineRule.EXPENSE_CAP, invoice)).isEmpty();
        }

        @Test
        void firesOnAMealAboveFiftyDollars() {
            Invoice invoice = invoice(expense("1", "E111", "1", "62.50", "Working lunch during deposition"));

            assertThat(findings(GuidelineRule.EXPENSE_CAP, invoice)).containsExactly(finding(
                    GuidelineRule.EXPENSE_CAP, "1", "12.50", SuggestionKind.CAP_AMOUNT, "50"));
        }

        @Test
        void reportsOnlyThePerUnitCapWhenALineBreachesBothCaps() {
            GuidelineProfile bothCaps = GuidelineProfile.builder().expenseCaps(
                    Map.of("E101", new BigDecimal("0.10")), Map.of("E101", new BigDecimal("15.00"))).build();
            Invoice invoice = invoice(expense("1", "E101", "200", "0.25", "Photocopies of production"));

            assertThat(findings(bothCaps, GuidelineRule.EXPENSE_CAP, invoice)).containsExactly(finding(
                    GuidelineRule.EXPENSE_CAP, "1", "30.00", SuggestionKind.CAP_AMOUNT, "20.00"));
        }

        @Test
        void suggestsTheUnitCapTimesUnitsRoundedHalfUpToCents() {
            Invoice invoice = invoice(expense("1", "E101", "12.25", "0.15", "Photocopies of production"));

            assertThat(findings(GuidelineRule.EXPENSE_CAP, invoice)).containsExactly(finding(
                    GuidelineRule.EXPENSE_CAP, "1", "0.61", SuggestionKind.CAP_AMOUNT, "1.23"));
        }

        @Test
        void doesNotFireOnAMealOfExactlyFiftyDollars() {
            Invoice invoice = invoice(expense("1", "E111", "1", "50.00", "Working lunch during deposition"));

            assertThat(findings(GuidelineRule.EXPENSE_CAP, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.RECEIPT_REQUIRED)
    class ReceiptRequired {
        @Test
        void firesOnAnExpenseOverSeventyFiveWithoutReceipt() {
            Invoice invoice = invoice(expense("1", "E107", "1", "180.00", "Overnight courier of exhibits")
                    .receipt(Receipt.MISSING));

            assertThat(findings(GuidelineRule.RECEIPT_REQUIRED, invoice)).containsExactly(finding(
                    GuidelineRule.RECEIPT_REQUIRED, "1", "180.00", SuggestionKind.NONE, null));
        }

        @Test
        void doesNotFireAtSeventyFiveOrWhenTheReceiptIsUnknownOrAttached() {
            Invoice invoice = invoice(
                    expense("1", "E107", "1", "75.00", "Overnight courier of exhibits").receipt(Receipt.MISSING),
                    expense("2", "E107", "1", "180.00", "Courier of exhibits").receipt(Receipt.UNKNOWN),
                    expense("3", "E107", "1", "181.00", "Courier of exhibits").receipt(Receipt.ATTACHED));

            assertThat(findings(GuidelineRule.RECEIPT_REQUIRED, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.TRAVEL_CLASS)
    class TravelClass {
        @Test
        void firesOnFirstClassAirfare() {
            Invoice invoice = invoice(expense("1", "E110", "1", "1450.00", "First class airfare to Chicago"));

            assertThat(findings(GuidelineRule.TRAVEL_CLASS, invoice)).containsExactly(finding(
                    GuidelineRule.TRAVEL_CLASS, "1", "0", SuggestionKind.NONE, null));
        }

        @Test
        void doesNotFireOnCoachOrOnANonTravelCode() {
            Invoice invoice = invoice(expense("1", "E110", "1", "450.00", "Coach airfare to Chicago"),
                    expense("2", "E115", "1", "900.00", "First class transcript service, expedited"));

            assertThat(findings(GuidelineRule.TRAVEL_CLASS, invoice)).isEmpty();
        }
    }

    @Nested
    @RuleUnderTest(GuidelineRule.BUDGET)
    class Budget {
        private final MatterContext budgetOf1000 = LITIGATION.withBudget(Money.of("1000.00", "USD"))
                .withHistory(Money.of("400.00", "USD"), BigDecimal.ZERO);

        @Test
        void firesWhenFeesGoPastTheBudget() {
            Invoice invoice = invoice(fee("1", ASSOCIATE_CHEN, "2.0"));

            assertThat(findings(DEFAULT_CHECKS, GuidelineRule.BUDGET, invoice, budgetOf1000)).containsExactly(
                    finding(GuidelineRule.BUDGET, "", "100.00", SuggestionKind.CAP_AMOUNT, "600.00"));
        }

        @Test
        void doesNotFireWhenFeesReachTheBudgetExactly() {
            Invoice invoice = invoice(List.of(fee("1", ASSOCIATE_CHEN, "2.0").price(RoundingMode.HALF_UP),
                    feeAdjustment("2", "-100.00"),
                    expense("3", "E110", "1", "450.00", "Coach airfare to Chicago").price(RoundingMode.HALF_UP)));

            assertThat(findings(DEFAULT_CHECKS, GuidelineRule.BUDGET, invoice, budgetOf1000)).isEmpty();
        }

        @Test
        void firesWhenAFeePremiumGoesPastTheBudget() {
            Invoice invoice = invoice(List.of(fee("1", ASSOCIATE_CHEN, "1.0").price(RoundingMode.HALF_UP),
                    feeAdjustment("2", "300.00")));

            assertThat(findings(DEFAULT_CHECKS, GuidelineRule.BUDGET, invoice, budgetOf1000))
                    .extracting(BaselineFinding::amountAtStake).containsExactly(Money.of("50.00", "USD"));
        }

        @Test
        void doesNotFireWithoutABudget() {
            assertThat(findings(GuidelineRule.BUDGET, invoice(fee("1", PARTNER_GRACE, "8.0")))).isEmpty();
        }
    }
}
