package dev.legalbilling.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedesWriterTest {
    /** The second line of the LEDES 1998B specification's sample file. */
    private static final String OFFICIAL_FIELD_LINE = "INVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|"
            + "INVOICE_TOTAL|BILLING_START_DATE|BILLING_END_DATE|INVOICE_DESCRIPTION|LINE_ITEM_NUMBER|"
            + "EXP/FEE/INV_ADJ_TYPE|LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_ADJUSTMENT_AMOUNT|LINE_ITEM_TOTAL|"
            + "LINE_ITEM_DATE|LINE_ITEM_TASK_CODE|LINE_ITEM_EXPENSE_CODE|LINE_ITEM_ACTIVITY_CODE|TIMEKEEPER_ID|"
            + "LINE_ITEM_DESCRIPTION|LAW_FIRM_ID|LINE_ITEM_UNIT_COST|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION|"
            + "CLIENT_MATTER_ID[]";
    private static final Timekeeper PARTNER_ROBERT = Timekeeper.of("22547", "Arnsley", "Robert",
            TimekeeperClassification.PARTNR, UnitPrice.of("350", "USD"));

    private static Invoice sampleLikeInvoice(String narrative) {
        InvoiceLine fee = InvoiceLine.builder("1", LineType.FEE, LocalDate.of(1999, 1, 15)).timekeeper(PARTNER_ROBERT)
                .units("2.00").unitCost(PARTNER_ROBERT.standardRate()).codes("L510", "A102").narrative(narrative)
                .price(RoundingMode.HALF_UP);
        InvoiceLine meal = InvoiceLine.builder("4", LineType.EXPENSE, LocalDate.of(1999, 1, 17)).units("1")
                .unitCost(UnitPrice.of("24.95", "USD")).expenseCode("E111").narrative("Meals")
                .price(RoundingMode.HALF_UP);
        return Invoice.builder(InvoiceNumber.of("96542"), ClientId.of("00711"), MatterId.of("0528"))
                .invoiceDate(LocalDate.of(1999, 2, 25)).period(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 1, 31))
                .description("For services rendered").lawFirmId("24-6437381").clientMatterId("423-987")
                .lines(List.of(fee, meal)).build();
    }

    @Test
    void writesTheOfficialHeaderAndOneRowPerLine() {
        StringWriter out = new StringWriter();

        long rows = new LedesWriter(out).write(sampleLikeInvoice("Research attorney's fees, Trial pleading"))
                .rows();

        assertThat(rows).isEqualTo(2);
        assertThat(out.toString().split("\n")).containsExactly("LEDES1998B[]", OFFICIAL_FIELD_LINE,
                "19990225|96542|00711|0528|724.95|19990101|19990131|For services rendered|1|F|2.00|0.00|700.00|"
                        + "19990115|L510||A102|22547|Research attorney's fees, Trial pleading|24-6437381|350.00|"
                        + "Arnsley, Robert|PARTNR|423-987[]",
                "19990225|96542|00711|0528|724.95|19990101|19990131|For services rendered|4|E|1|0.00|24.95|"
                        + "19990117||E111|||Meals|24-6437381|24.95|||423-987[]");
    }

    @Test
    void writesTheHeaderOnceForSeveralInvoices() {
        StringWriter out = new StringWriter();
        InvoiceGenerator generator = InvoiceGenerator.builder(3).build();

        LedesWriter writer = new LedesWriter(out).write(generator.next(30).invoice())
                .write(generator.next(20).invoice());

        String[] lines = out.toString().split("\n");
        assertThat(writer.rows()).isEqualTo(50);
        assertThat(lines).hasSize(52).filteredOn(l -> l.startsWith("LEDES1998B")).hasSize(1);
        for (int i = 2; i < lines.length; i++) {
            assertThat(lines[i]).endsWith("[]");
            assertThat(lines[i].split("\\|", -1)).hasSize(24);
        }
    }

    @Test
    void rowsRepeatTheSumOfTheLineTotals() {
        StringWriter out = new StringWriter();
        Invoice invoice = InvoiceGenerator.builder(5).build().next(40).invoice();

        new LedesWriter(out).write(invoice);

        String[] lines = out.toString().split("\n");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 2; i < lines.length; i++) {
            String[] f = lines[i].split("\\|", -1);
            assertThat(new BigDecimal(f[4])).isEqualByComparingTo(invoice.total().amount());
            sum = sum.add(new BigDecimal(f[12]));
        }
        assertThat(sum).isEqualByComparingTo(invoice.total().amount());
    }

    @Test
    void refusesAPipeInANarrativeWithoutQuotingTheNarrative() {
        LedesWriter writer = new LedesWriter(new StringWriter());
        Invoice invoice = sampleLikeInvoice("Call with J. Doe | settlement terms");

        assertThatThrownBy(() -> writer.write(invoice)).isInstanceOf(LedesWriteException.class)
                .hasMessage("LINE_ITEM_DESCRIPTION of invoice 96542 line 1 contains '|', '[]' or a line break, "
                        + "which LEDES 1998B cannot carry")
                .extracting(e -> ((LedesWriteException) e).code()).isEqualTo("LEDES_WRITE_INVALID_FIELD");
    }
}
