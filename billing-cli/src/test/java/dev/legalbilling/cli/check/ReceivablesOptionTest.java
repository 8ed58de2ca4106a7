package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code billing check --receivables FILE --payments FILE}: the records of collection work in the payments file reach
 * the ethics pack's collection, trust and expense rules from the command line; each rule fires on a record that
 * breaks it and stays silent on one that does not (and without the files).
 */
class ReceivablesOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ACME = Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes");
    private static final Path SAMPLE_INVOICES = Cli.repositoryFile("samples/data/receivables/invoices.json");

    @TempDir
    Path temp;

    private Path receivables;

    /** One final New York invoice of the checked invoice's client, ACME-INS: 2026-0101, dated 2026-01-05. */
    @BeforeEach
    void writeReceivables() throws IOException {
        ObjectNode entry = (ObjectNode) JSON.readTree(SAMPLE_INVOICES.toFile()).get(0).deepCopy();
        ((ObjectNode) entry.get("invoice")).put("client", "ACME-INS").put("matter", "2025-0419");
        receivables = temp.resolve("invoices.json");
        Files.writeString(receivables, JSON.createArrayNode().add(entry).toString());
    }

    private Path payments(String... entries) throws IOException {
        Path file = temp.resolve("payments-" + System.nanoTime() + ".json");
        Files.writeString(file, "[" + String.join(",\n", entries) + "]");
        return file;
    }

    private Path journal(String... posts) {
        Path file = temp.resolve("trust-" + System.nanoTime() + ".jsonl");
        Cli.Result open = Cli.run("trust", "open", "--journal", file, "--account", "IOLTA-9", "--bank", "Bank",
                "--currency", "USD", "--jurisdiction", "US-NY");
        assertThat(open.code()).as(open.err()).isZero();
        for (String post : posts) {
            List<Object> args = new ArrayList<>(List.of("trust", "post", "--journal", file));
            args.addAll(List.of((Object[]) post.split(" ")));
            Cli.Result r = Cli.run(args.toArray());
            assertThat(r.code()).as(r.err()).isZero();
        }
        return file;
    }

    private static List<String> findings(Cli.Result r, String ruleId) throws IOException {
        assertThat(r.err()).isEmpty();
        List<String> found = new ArrayList<>();
        JSON.readTree(r.out()).get("invoices").get(0).get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals(ruleId)) {
                found.add(f.get("message").asText());
            }
        });
        return found;
    }

    private Cli.Result check(Path payments, Object... more) {
        List<Object> args = new ArrayList<>(List.of("check", "--format=json", "--receivables", receivables,
                "--payments", payments));
        args.addAll(List.of(more));
        args.add(ACME);
        return Cli.run(args.toArray());
    }

    @Test
    void collectionOnTrustFiresOnlyWhenTrustFundsAreTakenWithoutAnEarnedInvoice() throws IOException {
        String demand = "{\"type\": \"collection-action\", \"action\": \"DEMAND_LETTER\", \"date\": \"2026-04-10\", "
                + "\"client\": \"ACME-INS\", \"amountClaimed\": \"USD 1000.00\", \"source\": \"%s\"}";

        assertThat(findings(check(payments(demand.formatted("FUNDS_HELD_IN_TRUST"))), "ETH-COLLECTION-ON-TRUST"))
                .singleElement().asString().contains("would take USD 1000.00 from funds held in trust",
                        "names no invoice");
        assertThat(findings(check(payments(demand.formatted("CLIENT_PAYMENT"))), "ETH-COLLECTION-ON-TRUST"))
                .isEmpty();
        assertThat(findings(Cli.run("check", "--format=json", ACME), "ETH-COLLECTION-ON-TRUST")).isEmpty();
    }

    @Test
    void feeArbitrationNoticeFiresOnASuitInNewYorkWithoutNotice() throws IOException {
        String suit = "{\"type\": \"collection-action\", \"action\": \"LAWSUIT\", \"date\": \"2026-04-10\", "
                + "\"invoices\": [\"2026-0101\"], \"source\": \"CLIENT_PAYMENT\"}";
        String notice = "{\"type\": \"arbitration-notice\", \"invoice\": \"2026-0101\", \"date\": \"2026-02-16\"}";

        assertThat(findings(check(payments(suit)), "ETH-FEE-ARBITRATION-NOTICE")).singleElement().asString()
                .contains("lawsuit of 2026-04-10", "NY-137", "was never served");
        assertThat(findings(check(payments(notice, suit)), "ETH-FEE-ARBITRATION-NOTICE")).isEmpty();
    }

    @Test
    void expenseMarkupFiresOnAnUndisclosedMarkUpOfTheCheckedInvoicesLine() throws IOException {
        String cost = "{\"type\": \"expense-cost\", \"invoice\": \"2025-0419-202603\", \"line\": \"120\", "
                + "\"actualCost\": \"USD 124.00\", \"markupDisclosed\": %s}";

        assertThat(findings(check(payments(cost.formatted("false"))), "ETH-EXPENSE-MARKUP")).singleElement()
                .asString().contains("Expense line 120", "310.00", "cost 124.00", "mark-up of 186.00");
        assertThat(findings(check(payments(cost.formatted("true"))), "ETH-EXPENSE-MARKUP")).isEmpty();
        assertThat(findings(Cli.run("check", "--format=json", ACME), "ETH-EXPENSE-MARKUP")).isEmpty();
    }

    @Test
    void advanceFeeNotDepositedFiresUntilTheJournalHoldsTheDeposit() throws IOException {
        Path payments = payments("{\"type\": \"advance-fee\", \"id\": \"RCPT-7\", \"client\": \"ACME-INS\", "
                + "\"matter\": \"2025-0419\", \"date\": \"2026-03-02\", \"amount\": \"USD 5000.00\", \"flatFee\": true}");
        Path empty = journal("--type firm-funds-deposit --date 2026-03-01 --amount 100");
        Path deposited = journal("--type deposit --date 2026-03-03 --ledger ACME-INS/2025-0419 --amount 5000 "
                + "--purpose advance-fee");

        assertThat(findings(check(payments, "--trust-journal", empty), "ETH-TRUST-ADVANCE-FEE-NOT-DEPOSITED"))
                .singleElement().asString().contains("flat fee RCPT-7", "USD 5000.00", "received on 2026-03-02",
                        "no matching trust deposit");
        assertThat(findings(check(payments, "--trust-journal", deposited), "ETH-TRUST-ADVANCE-FEE-NOT-DEPOSITED"))
                .isEmpty();
    }

    @Test
    void staleBalanceFiresWhenAClosedMattersLedgerStillHoldsMoneyTooLong() throws IOException {
        Path journal = journal("--type deposit --date 2025-11-03 --ledger ACME-INS/2025-0419 --amount 2500 "
                + "--purpose client-funds");
        String closed = "{\"type\": \"matter-closed\", \"client\": \"ACME-INS\", \"matter\": \"2025-0419\", "
                + "\"date\": \"%s\"}";

        assertThat(findings(check(payments(closed.formatted("2025-12-01")), "--trust-journal", journal),
                "ETH-TRUST-STALE-BALANCE")).singleElement().asString().contains("ACME-INS/2025-0419",
                        "USD 2500.00", "121 days after its matter closed on 2025-12-01");
        assertThat(findings(check(payments(closed.formatted("2026-03-15")), "--trust-journal", journal),
                "ETH-TRUST-STALE-BALANCE")).isEmpty();
    }

    @Test
    void recordsAreCheckedLikePostingsAndNeedBothFiles() throws IOException {
        Cli.Result badRecord = check(payments("{\"type\": \"advance-fee\", \"id\": \"R-1\", \"client\": \"X\", "
                + "\"date\": \"2026-03-02\", \"amount\": \"USD 5000.00\", \"colour\": \"red\"}"));
        assertThat(badRecord.code()).isEqualTo(2);
        assertThat(badRecord.errLines()).singleElement().asString().contains("payments-", ":1:2:", "[0]", "colour");

        Cli.Result missingDate = check(payments("{\"type\": \"matter-closed\", \"client\": \"X\", "
                + "\"matter\": \"M\"}"));
        assertThat(missingDate.errLines()).singleElement().asString().contains("[0].date", "is required");

        Cli.Result alone = Cli.run("check", "--receivables", receivables, ACME);
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).contains("--receivables and --payments go together");
    }

    @Test
    void theLedgerSkipsTheRecordsSoAgingIsUnchanged() throws IOException {
        Path payments = payments("{\"type\": \"matter-closed\", \"client\": \"ACME-INS\", \"matter\": \"2025-0419\", "
                + "\"date\": \"2026-01-01\"}", "{\"type\": \"payment\", \"id\": \"P-1\", \"client\": \"ACME-INS\", "
                + "\"date\": \"2026-02-01\", \"amount\": \"USD 100.00\", \"appliedTo\": \"2026-0101\"}");
        Cli.Result aging = Cli.run("ar", "aging", "--invoices", receivables, "--payments", payments, "--as-of",
                "2026-02-10", "--format", "json");
        assertThat(aging.code()).as(aging.err()).isZero();
        ArrayNode lines = (ArrayNode) JSON.readTree(aging.out()).get("reports").get(0).get("lines");
        JsonNode line = lines.get(0);
        assertThat(line.get("invoice").asText()).isEqualTo("2026-0101");
        assertThat(line.get("status").asText()).isEqualTo("PARTIALLY_PAID");
    }
}
