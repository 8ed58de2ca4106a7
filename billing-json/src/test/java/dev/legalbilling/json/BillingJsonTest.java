package dev.legalbilling.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.work.TimeEntry;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BillingJsonTest {
    private static final Timekeeper ARNSLEY = Timekeeper.of("22547", "Arnsley", "Robert",
            TimekeeperClassification.PARTNR, UnitPrice.of("350", "USD"));
    private final ObjectMapper mapper = BillingJson.mapper();

    private static Invoice sampleInvoice() {
        InvoiceLine line = InvoiceLine.builder("1", LineType.FEE, LocalDate.of(1999, 1, 15)).timekeeper(ARNSLEY)
                .units("2.00").unitCost(UnitPrice.of("350", "USD")).adjustment(Money.of("-70", "USD"))
                .codes("L510", "A102").narrative("Research attorney’s fees").price(RoundingMode.HALF_UP);
        return Invoice.builder(InvoiceNumber.of("96542"), ClientId.of("00711"), MatterId.of("0528"))
                .invoiceDate(LocalDate.of(1999, 2, 25)).period(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 1, 31))
                .currency(Currency.getInstance("USD")).line(line).build();
    }

    @Test
    void writesAmountsAsDecimalStringsAndIdsAsPlainStrings() throws Exception {
        JsonNode tree = mapper.readTree(mapper.writeValueAsString(sampleInvoice()));
        assertThat(tree.get("number").asText()).isEqualTo("96542");
        assertThat(tree.get("total").get("amount").isTextual()).isTrue();
        assertThat(tree.get("total").get("amount").asText()).isEqualTo("630.00");
        assertThat(tree.get("invoiceDate").asText()).isEqualTo("1999-02-25");
        JsonNode line = tree.get("lines").get(0);
        assertThat(line.get("units").asText()).isEqualTo("2.00");
        assertThat(line.get("unitCost").get("amount").asText()).isEqualTo("350.00");
        assertThat(line.get("timekeeper").get("id").asText()).isEqualTo("22547");
    }

    @Test
    void acceptsMoneyWrittenAsText() throws Exception {
        assertThat(mapper.readValue("\"USD 12.5\"", Money.class)).isEqualTo(Money.of("12.50", "USD"));
    }

    @Test
    void refusesATotalThatIsNotTheSumOfTheLines() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode tree = mapper.valueToTree(sampleInvoice());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("total")).put("amount", "631.00");
        String text = mapper.writeValueAsString(tree);
        assertThatThrownBy(() -> BillingJson.read(mapper, "inv.json", text, Invoice.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("inv.json").hasMessageContaining("does not equal the sum of the lines");
    }

    @Test
    void namesThePathOfAnInvalidValue() {
        String text = """
                {"matter": "M-1", "timekeeper": "TK1", "date": "2026-01-05", "hours": "25",
                 "narrative": "Draft motion", "taskCode": "L250", "activityCode": "A103",
                 "billable": true, "nonWorkingTravel": false}
                """;
        assertThatThrownBy(() -> BillingJson.read(mapper, "entry.json", text, TimeEntry.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.problem()).contains("hours").contains("between 0 and 24").contains("25");
                    assertThat(e.line()).isPositive();
                });
    }

    @Test
    void namesAnUnknownKeyWithItsPath() {
        String text = """
                {"matter": "M-1", "timekeeper": "TK1", "date": "2026-01-05", "hours": "2",
                 "narrative": "Draft motion", "taskCode": "L250", "activityCode": "A103",
                 "billable": true, "nonWorkingTravel": false, "narative": "typo"}
                """;
        assertThatThrownBy(() -> BillingJson.read(mapper, "entry.json", text, TimeEntry.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("narative");
                    assertThat(e.problem()).isEqualTo("unknown key; did you mean narrative?");
                    assertThat(e.getMessage()).isEqualTo("entry.json:3:47: narative: unknown key; did you mean"
                            + " narrative?");
                });
    }

    @Test
    void saysAMissingFlagIsRequired() {
        String text = """
                {"matter": "M-1", "timekeeper": "TK1", "date": "2026-01-05", "hours": "2",
                 "narrative": "Draft motion", "taskCode": "L250", "activityCode": "A103", "billable": true}
                """;
        assertThatThrownBy(() -> BillingJson.read(mapper, "entry.json", text, TimeEntry.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("nonWorkingTravel");
                    assertThat(e.problem()).isEqualTo("is required");
                });
    }

    @Test
    void reportsAMissingFileInOneSentence(@TempDir Path dir) {
        assertThatThrownBy(() -> BillingJson.read(dir.resolve("nope.json"), Invoice.class))
                .isInstanceOf(JsonInputException.class).hasMessageEndingWith("nope.json: file not found");
    }

    @Test
    void readsYamlByExtension(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("invoice.yaml");
        Files.writeString(file, BillingJson.yamlMapper().writeValueAsString(sampleInvoice()));
        assertThat(BillingJson.read(file, Invoice.class)).isEqualTo(sampleInvoice());
    }

    @Test
    void pointsAtAnUnknownInvoiceKeyAndSuggestsTheKnownOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("invoice.json");
        Files.writeString(file, """
                {
                  "number": "INV-1",
                  "client": "ACME",
                  "matter": "M-1",
                  "currency": "USD",
                    "lawFirmID": "36-1"
                }
                """);
        assertThatThrownBy(() -> BillingJson.read(file, Invoice.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessage(file + ":6:5: lawFirmID: unknown key; did you mean lawFirmId?");
    }

    @Test
    void pointsAtAnUnknownKeyOfAYamlLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("invoice.yaml");
        Files.writeString(file, """
                number: INV-1
                client: ACME
                matter: M-1
                currency: USD
                lines:
                  - lineNumber: "1"
                    type: EXPENSE
                    date: 2026-03-02
                    units: "1"
                    unitCost: {amount: "10.00", currency: USD}
                    total: USD 10.00
                    nonWorkingTravel: false
                    sourceLine: 0
                    reciept: MISSING
                """);
        assertThatThrownBy(() -> BillingJson.read(file, Invoice.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessage(file + ":14:5: lines[0].reciept: unknown key; did you mean receipt?");
    }

    @Test
    void listsTheKnownKeysWhenNoneIsClose() {
        assertThatThrownBy(() -> BillingJson.read(mapper, "inv.json", "{\"number\": \"INV-1\", \"zzzzzzzz\": 1}",
                Invoice.class))
                .isInstanceOfSatisfying(JsonInputException.class, e ->
                        assertThat(e.problem()).startsWith("unknown key; known keys: ")
                                .contains("client, clientMatterId, currency").contains("lawFirmId"));
    }

    @Test
    void namesTheAllowedValuesOfAnEnumWithoutAJavaTypeName() {
        String text = """
                {"number": "INV-1", "client": "ACME", "matter": "M-1", "currency": "USD",
                 "lines": [{"lineNumber": "1", "type": "FEES", "date": "2026-03-02"}]}
                """;
        assertThatThrownBy(() -> BillingJson.read(mapper, "inv.json", text, Invoice.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.getMessage()).startsWith("inv.json:2:").doesNotContain("dev.legalbilling")
                            .doesNotContain("`");
                    assertThat(e.path()).isEqualTo("lines[0].type");
                    assertThat(e.problem()).startsWith("'FEES' is not one of ").contains("FEE", "EXPENSE");
                });
    }

    @Test
    void saysAnInvalidDateIsNotADateWithoutAJavaTypeName() {
        String text = """
                {"number": "INV-1", "client": "ACME", "matter": "M-1", "currency": "USD",
                 "invoiceDate": "31/03/2026"}
                """;
        assertThatThrownBy(() -> BillingJson.read(mapper, "inv.json", text, Invoice.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("java.").doesNotContain("`");
                    assertThat(e.getMessage()).endsWith("invoiceDate: '31/03/2026' is not a date (YYYY-MM-DD)");
                });
    }

    @Test
    void readsReceiptAndNonWorkingTravelOfALine() {
        String text = """
                {"number": "INV-1", "client": "ACME", "matter": "M-1", "currency": "USD",
                 "invoiceDate": "2026-03-31", "periodStart": "2026-03-01", "periodEnd": "2026-03-31",
                 "lines": [{"lineNumber": "1", "type": "EXPENSE", "date": "2026-03-02", "units": "1",
                            "unitCost": {"amount": "10", "currency": "USD"},
                            "total": "USD 10.00", "expenseCode": "E110", "receipt": "MISSING",
                            "nonWorkingTravel": false, "sourceLine": 0},
                           {"lineNumber": "2", "type": "FEE", "date": "2026-03-02", "units": "1",
                            "unitCost": {"amount": "100", "currency": "USD"}, "total": "USD 100.00",
                            "nonWorkingTravel": true, "sourceLine": 0}]}
                """;
        Invoice invoice = BillingJson.read(mapper, "inv.json", text, Invoice.class);
        assertThat(invoice.lines().get(0).receipt()).isEqualTo(dev.legalbilling.work.Receipt.MISSING);
        assertThat(invoice.lines().get(1).nonWorkingTravel()).isTrue();
        assertThat(invoice.lines().get(0).nonWorkingTravel()).isFalse();
    }
}
