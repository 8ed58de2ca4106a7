package dev.legalbilling.json.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.receivables.AdjustmentReason;
import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.PaymentId;
import dev.legalbilling.receivables.PaymentTerms;
import dev.legalbilling.receivables.Posting;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivableStatus;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.WriteOff;
import dev.legalbilling.receivables.aging.AgingReport;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivablesFilesTest {
    private static final Timekeeper PARTNER = Timekeeper.of("P-1", "Reyes", "Ana", TimekeeperClassification.PARTNR,
            UnitPrice.of("500", "USD"));
    private static final InvoiceNumber INV_1 = InvoiceNumber.of("2026-0001");
    private static final ClientId CLIENT = ClientId.of("C-1");

    @TempDir
    Path dir;

    private static Invoice finalInvoice(String number, String date, String hours) {
        return invoice(number, date, hours).buildFinal();
    }

    private static Invoice.Builder invoice(String number, String date, String hours) {
        InvoiceLine line = InvoiceLine.builder("1", LineType.FEE, LocalDate.parse(date).minusDays(3))
                .timekeeper(PARTNER).units(hours).unitCost(UnitPrice.of("500", "USD")).codes("L120", "A104")
                .narrative("Review lease").price(RoundingMode.HALF_UP);
        return Invoice.builder(InvoiceNumber.of(number), CLIENT, MatterId.of("M-1"))
                .invoiceDate(LocalDate.parse(date)).period(LocalDate.parse(date).minusDays(30),
                        LocalDate.parse(date).minusDays(1)).line(line);
    }

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    private Path invoicesFile(Invoice... invoices) throws IOException {
        return file("invoices.json", BillingJson.mapper().writeValueAsString(List.of(invoices)));
    }

    @Test
    void sampleDataReproducesTheGoldenAgingOfTheSampleFirm() {
        ReceivablesLedger ledger = ReceivablesFiles.readLedger(SampleData.invoices(), SampleData.payments());

        List<AgingReport> reports = AgingReport.allCurrencies(ledger, SampleData.AS_OF);

        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).toText()).isEqualTo(SampleData.goldenAging());
        assertThat(reports.get(0).openBalance()).isEqualTo(Money.of("43194.20", "USD"));
    }

    @Test
    void sampleInvoicesCarryTheirTerms() {
        List<ReceivableInvoice> invoices = ReceivablesFiles.readInvoices(SampleData.invoices());

        assertThat(invoices).hasSize(11);
        ReceivableInvoice delta = invoices.stream()
                .filter(i -> i.invoice().number().value().equals("2026-0401")).findFirst().orElseThrow();
        assertThat(delta.paymentTerms()).isEqualTo(PaymentTerms.net(15));
        assertThat(delta.toReceivable().dueDate()).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(delta.jurisdiction()).isEqualTo(Jurisdiction.of("US-CA"));
        ReceivableInvoice acme = invoices.get(0);
        assertThat(acme.interestTerms()).isEqualTo(InterestTerms.agreed("9", 10));
        assertThat(acme.responsiblePartner()).isEqualTo(TimekeeperId.of("P-ALVAREZ"));
    }

    @Test
    void aPlainInvoiceIsDueNet30() throws IOException {
        Path path = invoicesFile(finalInvoice("2026-0001", "2026-03-02", "2.0"));

        List<ReceivableInvoice> read = ReceivablesFiles.readInvoices(path);

        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.paymentTerms()).isEqualTo(PaymentTerms.standard());
            assertThat(r.interestTerms()).isEqualTo(InterestTerms.none());
            assertThat(r.matterType()).isEqualTo(MatterType.GENERAL);
            Receivable receivable = r.toReceivable();
            assertThat(receivable.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(receivable.amount()).isEqualTo(Money.of("1000.00", "USD"));
        });
    }

    @Test
    void wrappersRoundTripThroughAFile() {
        ReceivableInvoice entry = new ReceivableInvoice(finalInvoice("2026-0001", "2026-03-02", "2.0"),
                PaymentTerms.net(10), InterestTerms.agreed("7.5", 5), Jurisdiction.of("US-NY"),
                MatterType.COLLECTION, TimekeeperId.of("P-1"));
        Path path = dir.resolve("out.json");

        ReceivablesFiles.writeInvoices(path, List.of(entry, ReceivableInvoice.of(finalInvoice("2026-0002",
                "2026-03-09", "1.5"))));

        assertThat(ReceivablesFiles.readInvoices(path)).containsExactly(entry,
                ReceivableInvoice.of(finalInvoice("2026-0002", "2026-03-09", "1.5")));
    }

    @Test
    void refusesADraftInvoiceNamingItsEntry() throws IOException {
        Path path = invoicesFile(finalInvoice("2026-0001", "2026-03-02", "2.0"),
                invoice("2026-0002", "2026-03-09", "1.0").build());

        assertThatThrownBy(() -> ReceivablesFiles.readInvoices(path))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.source()).isEqualTo(path.toString());
                    assertThat(e.path()).startsWith("[1]");
                    assertThat(e.line()).isGreaterThan(1);
                    assertThat(e.problem()).contains("2026-0002", "draft");
                });
    }

    @Test
    void refusesTheSameInvoiceNumberTwice() throws IOException {
        Path path = invoicesFile(finalInvoice("2026-0001", "2026-03-02", "2.0"),
                finalInvoice("2026-0001", "2026-03-09", "1.0"));

        assertThatThrownBy(() -> ReceivablesFiles.readInvoices(path))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("[1]");
                    assertThat(e.problem()).contains("2026-0001", "appears twice", "first at line 1");
                });
    }

    @Test
    void refusesAnEntryThatIsNeitherInvoiceNorWrapper() throws IOException {
        Path path = file("invoices.json", "[\n  {\"invoce\": {}}\n]");

        assertThatThrownBy(() -> ReceivablesFiles.readInvoices(path))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("[0].invoce");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).contains("unknown key 'invoce'", "paymentTermsDays", "number");
                });
    }

    @Test
    void namesTheKeyOfAnInvalidPaymentTerm() throws IOException {
        String invoice = BillingJson.mapper().writeValueAsString(finalInvoice("2026-0001", "2026-03-02", "2.0"));
        Path path = file("invoices.json", "[{\"paymentTermsDays\": 5000, \"invoice\": " + invoice + "}]");

        assertThatThrownBy(() -> ReceivablesFiles.readInvoices(path))
                .isInstanceOfSatisfying(JsonInputException.class,
                        e -> assertThat(e.problem()).contains("paymentTermsDays", "3650", "5000"));
    }

    @Test
    void readsMoneyWrittenAsTextAndPaymentsWithoutInvoice() throws IOException {
        Path path = file("payments.json", """
                [ {"type": "payment", "id": "BNK-1", "client": "C-1", "date": "2026-04-02", "amount": "USD 250"},
                  {"type": "write-off", "invoice": "2026-0001", "date": "2026-04-03", "amount": "USD 10.5",
                   "reason": "SMALL_BALANCE"} ]
                """);

        assertThat(ReceivablesFiles.readPostings(path)).containsExactly(
                Payment.oldestFirst(PaymentId.of("BNK-1"), CLIENT, LocalDate.of(2026, 4, 2),
                        Money.of("250.00", "USD")),
                new WriteOff(INV_1, LocalDate.of(2026, 4, 3), Money.of("10.50", "USD"),
                        AdjustmentReason.SMALL_BALANCE));
    }

    @Test
    void refusesAnUnknownPostingTypeListingTheKnownOnes() throws IOException {
        Path path = file("payments.json", "[\n {\"type\": \"refund\", \"id\": \"R-1\"}\n]");

        assertThatThrownBy(() -> ReceivablesFiles.readPostings(path))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("[0].type");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).contains("unknown posting type 'refund'", "credit-refund",
                            "dispute-raised");
                    assertThat(e.getMessage()).startsWith(path + ":2:");
                });
    }

    @Test
    void refusesAPostingWithoutType() throws IOException {
        Path path = file("payments.json", "[{\"id\": \"R-1\"}]");

        assertThatThrownBy(() -> ReceivablesFiles.readPostings(path))
                .isInstanceOfSatisfying(JsonInputException.class,
                        e -> assertThat(e.problem()).contains("has no \"type\"", "payment"));
    }

    @Test
    void namesAMissingRequiredKey() throws IOException {
        Path path = file("payments.json", """
                [
                  {"type": "payment", "client": "C-1", "date": "2026-04-02", "amount": "USD 250"}
                ]
                """);

        assertThatThrownBy(() -> ReceivablesFiles.readPostings(path))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("[0].id");
                    assertThat(e.problem()).isEqualTo("is required");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void explainsABadDateAndABadReason() throws IOException {
        Path badDate = file("d.json", "[{\"type\": \"dispute-resolved\", \"invoice\": \"2026-0001\", "
                + "\"date\": \"2026-02-30\"}]");
        Path badReason = file("r.json", "[{\"type\": \"write-off\", \"invoice\": \"2026-0001\", "
                + "\"date\": \"2026-02-03\", \"amount\": \"USD 1\", \"reason\": \"BAD_DEBT\"}]");

        assertThatThrownBy(() -> ReceivablesFiles.readPostings(badDate))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("[0].date");
                    assertThat(e.problem()).isEqualTo("must be an ISO date such as 2026-04-30, was '2026-02-30'");
                });
        assertThatThrownBy(() -> ReceivablesFiles.readPostings(badReason))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("[0].reason");
                    assertThat(e.problem()).contains("UNCOLLECTIBLE", "was 'BAD_DEBT'");
                });
    }

    @Test
    void refusesMalformedJsonAndNonArraysAndMissingFiles() throws IOException {
        Path torn = file("torn.json", "[\n {\"type\": \"payment\",");
        Path object = file("object.json", "{}");
        Path empty = file("empty.json", "");

        assertThatThrownBy(() -> ReceivablesFiles.readPostings(torn)).isInstanceOfSatisfying(
                JsonInputException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> ReceivablesFiles.readPostings(object)).hasMessageContaining("must be an array");
        assertThatThrownBy(() -> ReceivablesFiles.readPostings(empty)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> ReceivablesFiles.readPostings(dir.resolve("absent.json")))
                .isInstanceOf(JsonInputException.class).hasMessageEndingWith("absent.json: file not found");
    }

    @Test
    void refusesAPostingOnAnInvoiceNotInTheInvoicesFile() throws IOException {
        Path invoices = invoicesFile(finalInvoice("2026-0001", "2026-03-02", "2.0"));
        Path payments = file("payments.json", """
                [
                  {"type": "payment", "id": "BNK-1", "client": "C-1", "date": "2026-04-02", "amount": "USD 250",
                   "appliedTo": "2026-0001"},
                  {"type": "dispute-raised", "invoice": "2026-0099", "date": "2026-04-05",
                   "amountInDispute": "USD 100"}
                ]
                """);

        assertThatThrownBy(() -> ReceivablesFiles.readLedger(invoices, payments))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.source()).isEqualTo(payments.toString());
                    assertThat(e.path()).isEqualTo("[1].invoice");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.problem()).contains("2026-0099", "is not in", invoices.toString());
                });
    }

    @Test
    void namesTheEntryOfAPostingTheLedgerRefuses() throws IOException {
        Path invoices = invoicesFile(finalInvoice("2026-0001", "2026-03-02", "2.0"));
        Path payments = file("payments.json", """
                [
                  {"type": "payment", "id": "BNK-1", "client": "C-1", "date": "2026-04-02", "amount": "USD 250"},
                  {"type": "write-off", "invoice": "2026-0001", "date": "2026-04-03", "amount": "USD 900",
                   "reason": "UNCOLLECTIBLE"}
                ]
                """);

        assertThatThrownBy(() -> ReceivablesFiles.readLedger(invoices, payments))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("[1]");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.problem()).contains("write-off", "exceeds the balance", "750.00");
                });
    }

    @Test
    void readsYamlWithTheSameKeys() throws IOException {
        ObjectMapper yaml = ReceivablesJsonModule.yamlMapper();
        ObjectMapper json = ReceivablesJsonModule.mapper();
        Path invoices = dir.resolve("invoices.yaml");
        Path payments = dir.resolve("payments.yml");
        Files.writeString(invoices, yaml.writeValueAsString(json.readTree(SampleData.invoices().toFile())));
        Files.writeString(payments, yaml.writeValueAsString(json.readTree(SampleData.payments().toFile())));

        ReceivablesLedger fromYaml = ReceivablesFiles.readLedger(invoices, payments);

        assertThat(fromYaml).isEqualTo(ReceivablesFiles.readLedger(SampleData.invoices(), SampleData.payments()));
    }

    @Test
    void agingJsonHasTheDocumentedShape() throws IOException {
        ReceivablesLedger ledger = ReceivablesFiles.readLedger(SampleData.invoices(), SampleData.payments());

        JsonNode json = new ObjectMapper().readTree(ReceivablesJsonModule.agingToJson(SampleData.AS_OF,
                AgingReport.allCurrencies(ledger, SampleData.AS_OF)));

        assertThat(json.get("asOf").asText()).isEqualTo("2026-04-30");
        JsonNode report = json.get("reports").get(0);
        assertThat(iterable(report.fieldNames())).containsExactly("asOf", "currency", "lines", "byClient",
                "byMatter", "firm", "unappliedCredits");
        assertThat(report.get("lines")).hasSize(8);
        JsonNode first = report.get("lines").get(0);
        assertThat(iterable(first.fieldNames())).containsExactly("client", "matter", "invoice", "invoiceDate",
                "dueDate", "daysPastDue", "status", "bucket", "balance");
        assertThat(first.get("status").asText()).isEqualTo(ReceivableStatus.PARTIALLY_PAID.name());
        assertThat(first.get("bucket").asText()).isEqualTo("DAYS_61_TO_90");
        assertThat(first.get("balance").asText()).isEqualTo("3933.00");
        assertThat(report.get("firm").get("total").asText()).isEqualTo("43194.20");
        assertThat(report.get("firm").get("invoices").asInt()).isEqualTo(8);
        assertThat(report.get("firm").get("buckets").get("OVER_90").asText()).isEqualTo("15087.50");
        assertThat(report.get("byClient").get(0).get("client").asText()).isEqualTo("ACME");
        assertThat(report.get("byClient").get(0).get("total").asText()).isEqualTo("18566.70");
        assertThat(report.get("unappliedCredits").get(0).get("amount").asText()).isEqualTo("140.00");
    }

    @Test
    void writesPostingsWithTheirTypeFirst() throws IOException {
        Path path = dir.resolve("payments.json");
        List<Posting> postings = ReceivablesFiles.readPostings(SampleData.payments());

        ReceivablesFiles.writePostings(path, postings);

        JsonNode first = new ObjectMapper().readTree(path.toFile()).get(0);
        assertThat(first.fieldNames().next()).isEqualTo("type");
        assertThat(ReceivablesFiles.readPostings(path)).isEqualTo(postings);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(path);
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
