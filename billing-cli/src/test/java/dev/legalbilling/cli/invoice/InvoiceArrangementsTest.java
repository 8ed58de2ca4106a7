package dev.legalbilling.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.money.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each of the five fee arrangements read from a matter file and billed on the same month of work: a partner's 2.0 h
 * on 10 March, an associate's 3.0 h on 17 March, a USD 405.00 filing fee, and a USD 90,000.00 recovery at trial with
 * USD 3,000.00 of costs. Expected totals are worked out by hand in each test.
 */
class InvoiceArrangementsTest {
    static final String HEADER = """
            client: {id: C-1, name: Pemberton Holdings}
            matter: {id: M-1, name: Pemberton v. Quill, jurisdiction: US-NY, currency: USD}
            lawFirmId: "12-3456789"
            timekeepers:
              - {id: P1, lastName: Park, firstName: Pat, classification: PARTNR, standardRate: "500.00"}
              - {id: A1, lastName: Ames, firstName: Ann, classification: ASSOC, standardRate: "300.00"}
            """;
    static final String WORK_YAML = """
            timeEntries:
              - {date: 2026-03-10, timekeeper: P1, hours: "2.0", taskCode: L210, activityCode: A103,
                 narrative: Draft the complaint and civil cover sheet}
              - {date: 2026-03-17, timekeeper: A1, hours: "3.0", taskCode: L210, activityCode: A102,
                 narrative: Research personal jurisdiction over the defendant}
            expenses:
              - {date: 2026-03-12, expenseCode: E112, quantity: "1", unitCost: "405.00", receipt: ATTACHED,
                 narrative: Filing fee for the complaint}
            recoveries:
              - {date: 2026-03-25, amount: "90000.00", stage: TRIAL, costs: "3000.00"}
            """;
    static final String WORK_CSV = """
            kind,date,timekeeper,hours,taskCode,activityCode,expenseCode,quantity,unitCost,narrative,receipt,amount,stage,costs
            time,2026-03-10,P1,2.0,L210,A103,,,,Draft the complaint and civil cover sheet,,,,
            time,2026-03-17,A1,3.0,L210,A102,,,,Research personal jurisdiction over the defendant,,,,
            expense,2026-03-12,,,,,E112,1,405.00,Filing fee for the complaint,ATTACHED,,,
            recovery,2026-03-25,,,,,,,,,,90000.00,TRIAL,3000.00
            """;

    @TempDir
    Path dir;
    private Path yamlWork;
    private Path csvWork;

    @BeforeEach
    void writeWork() throws Exception {
        yamlWork = Files.writeString(dir.resolve("work.yaml"), WORK_YAML);
        csvWork = Files.writeString(dir.resolve("work.csv"), WORK_CSV);
    }

    private Invoice bill(String arrangement, String... options) throws Exception {
        Cli.Result run = run(arrangement, yamlWork, "json", options);
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.CLEAN);
        return BillingJson.mapper().readValue(run.out(), Invoice.class);
    }

    private Cli.Result run(String arrangement, Path work, String format, String... options) throws Exception {
        Path matter = Files.writeString(dir.resolve("matter.yaml"), HEADER + arrangement);
        String[] args = new String[10 + options.length];
        System.arraycopy(new String[] {"invoice", "--matter", matter.toString(), "--work", work.toString(),
            "--period", "2026-03", "--format", format, "--invoice-number=T-1"}, 0, args, 0, 9);
        args[9] = "--invoice-date=2026-04-02";
        System.arraycopy(options, 0, args, 10, options.length);
        return Cli.run(args);
    }

    @Test
    void billsHourlyAtTheCardRatesInTheFilesIncrement() throws Exception {
        Invoice invoice = bill("""
                arrangement:
                  type: hourly
                  billingIncrement: {hours: "0.25", direction: DOWN}
                  rateCard:
                    - {level: CLIENT_CLASSIFICATION, classification: PARTNR, effectiveFrom: 2026-01-01, hourlyRate: "450.00"}
                    - {level: MATTER_TIMEKEEPER, timekeeper: A1, effectiveFrom: 2026-03-16, hourlyRate: "310.00"}
                """);
        // 2.0 h x 450.00 + 3.0 h x 310.00 (matter rate from 16 March) + 405.00 at cost
        assertThat(invoice.total()).isEqualTo(usd("2235.00"));
        assertThat(invoice.lines()).extracting(l -> l.unitCost().amount().toPlainString())
                .containsExactly("450.00", "310.00", "405.00");
    }

    @Test
    void billsAFlatFeeChargeDueInTheMonthAndShowsTimeAtNoCharge() throws Exception {
        Invoice invoice = bill("""
                arrangement:
                  type: flat
                  charges:
                    - {due: 2026-03-31, amount: "10000.00", taskCode: L200}
                    - {due: 2026-04-30, amount: "5000.00"}
                """);
        // the March charge, not April's; time at zero; the filing fee at cost
        assertThat(invoice.total()).isEqualTo(usd("10405.00"));
        assertThat(invoice.lines()).filteredOn(l -> l.timekeeper() != null)
                .allSatisfy(l -> assertThat(l.total().isZero()).isTrue());
    }

    @Test
    void billsAContingencyFeeOnTheRecoveryWithAClosingStatement() throws Exception {
        String arrangement = """
                arrangement:
                  type: contingency
                  basis: GROSS
                  schedules:
                    PRE_SUIT: "1/3"
                    TRIAL: "40%"
                """;
        // 40 % of the gross 90,000.00 at trial; costs advanced are not charged on the invoice
        assertThat(bill(arrangement).total()).isEqualTo(usd("36000.00"));
        String text = run(arrangement, yamlWork, "text").out();
        // 90,000.00 - 36,000.00 fee - 3,000.00 costs
        assertThat(text).containsPattern("NET TO CLIENT +USD 51,000\\.00")
                .contains("The fee is computed on the gross recovery; costs are deducted after it.");
    }

    @Test
    void billsCustomTermsWithDiscountVolumeDiscountAndCap() throws Exception {
        String arrangement = """
                arrangement:
                  type: custom
                  blendedRate: "400.00"
                  discount: "5%"
                  volumeDiscounts: [{upTo: "100000.00", rate: "0%"}, {rate: "10%"}]
                  notToExceed: "150000.00"
                """;
        // 5.0 h x 400.00 = 2,000.00, less 5 % = 1,900.00; nothing billed before: no volume discount, cap far
        assertThat(bill(arrangement).total()).isEqualTo(usd("2305.00"));
        // after 149,000.00 billed: 10 % volume discount on 1,900.00 = 190.00; 149,000 + 1,710 passes the cap by 710
        Invoice capped = bill(arrangement, "--prior-fees", "149000.00");
        assertThat(capped.lines()).filteredOn(l -> l.type() == LineType.FEE_ADJUSTMENT)
                .extracting(InvoiceLine::total).containsExactly(usd("-100.00"), usd("-190.00"), usd("-710.00"));
        assertThat(capped.total()).isEqualTo(usd("1405.00"));
    }

    @Test
    void billsAHybridFeeWithItsSuccessFee() throws Exception {
        Invoice invoice = bill("""
                arrangement:
                  type: hybrid
                  rateCard:
                    - {level: CLASSIFICATION_DEFAULT, classification: PARTNR, effectiveFrom: 2026-01-01, hourlyRate: "350.00"}
                    - {level: CLASSIFICATION_DEFAULT, classification: ASSOC, effectiveFrom: 2026-01-01, hourlyRate: "250.00"}
                  discount: "20%"
                  successFee: {shareOfRecovery: "10%"}
                """);
        // 700.00 + 750.00 = 1,450.00, less 20 % = 1,160.00; success fee 10 % of 90,000.00; filing fee 405.00
        assertThat(invoice.total()).isEqualTo(usd("10565.00"));
    }

    @Test
    void csvAndYamlWorkFilesGiveTheSameInvoice() throws Exception {
        String arrangement = """
                arrangement:
                  type: contingency
                  basis: NET
                  schedules: {PRE_SUIT: "1/3"}
                """;
        Cli.Result fromYaml = run(arrangement, yamlWork, "ledes98b");
        Cli.Result fromCsv = run(arrangement, csvWork, "ledes98b");
        assertThat(fromCsv.code()).as(fromCsv.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(fromCsv.out()).isEqualTo(fromYaml.out());
        // a third of 87,000.00 net of costs
        assertThat(fromCsv.out()).contains("|29000.00|");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void aDraftCarriesTheMatterFilesPaymentTermsAndDueDate() throws Exception {
        String hourly = """
                arrangement: {type: hourly}
                """;
        String standard = run(hourly, yamlWork, "text").out();
        assertThat(standard).contains("Payment terms   net 30 days", "Due date        2026-05-02")
                .containsPattern("TOTAL DUE by 2026-05-02 +USD 2,305\\.00");

        String net15 = run("paymentTermsDays: 15\n" + hourly, yamlWork, "text").out();
        assertThat(net15).contains("Payment terms   net 15 days", "Due date        2026-04-17")
                .containsPattern("TOTAL DUE by 2026-04-17 +USD 2,305\\.00");

        Cli.Result bad = run("paymentTermsDays: 5000\n" + hourly, yamlWork, "text");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(bad.err().lines()).singleElement().asString().contains("matter.yaml:", "paymentTermsDays",
                "between 0 and 3650");
    }

    @Test
    void aFlatFeeInvoiceShowsTheChargesStillToCome() throws Exception {
        String flat = """
                arrangement:
                  type: flat
                  charges:
                    - {due: 2026-03-31, amount: "10000.00", taskCode: L200}
                    - {due: 2026-05-31, amount: "2500.00"}
                    - {due: 2026-04-30, amount: "5000.00"}
                """;
        String march = run(flat, yamlWork, "text").out();
        assertThat(march).contains("FLAT FEE: STILL TO COME")
                .containsPattern("2026-04-30  installment +5,000\\.00\n")
                .containsPattern("2026-05-31  installment +2,500\\.00\n")
                .containsPattern("Still to come \\(2 charges\\) +USD 7,500\\.00")
                .doesNotContain("2026-03-31  phase");
        assertThat(march.indexOf("2026-04-30  installment")).isLessThan(march.indexOf("2026-05-31  installment"));

        String last = run("""
                arrangement:
                  type: flat
                  charges:
                    - {due: 2026-03-31, amount: "10000.00", taskCode: L200}
                """, yamlWork, "text").out();
        assertThat(last).contains("FLAT FEE: STILL TO COME", "Nothing: this invoice bills the last charge");
        assertThat(run("arrangement: {type: hourly}\n", yamlWork, "text").out()).doesNotContain("STILL TO COME");
    }

    @Test
    void aContingencyMattersOutputIsAClosingStatementNotAnAmountDue() throws Exception {
        String text = run("""
                arrangement:
                  type: contingency
                  basis: GROSS
                  schedules:
                    PRE_SUIT: "1/3"
                """, yamlWork, "text").out();

        assertThat(text).contains("Payment         out of the recovery", "CLOSING STATEMENT",
                "Nothing is due from the client: the fee and the costs advanced are deducted from the",
                "No payment is due on this statement.")
                .containsPattern("CONTINGENT FEE, OUT OF THE RECOVERY +USD 30,000\\.00")
                .doesNotContain("TOTAL DUE", "Due date", "with your payment");
    }
}
