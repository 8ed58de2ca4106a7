package dev.legalbilling.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a billing manager does with the command line alone: open a journal, post a month of transactions, reconcile,
 * repair a torn tail, print ledger statements, and see a tampered copy refused.
 */
class TrustCliEndToEndTest {
    @TempDir
    Path dir;

    private Path journal;

    private Result post(String... args) {
        List<String> all = new ArrayList<>(List.of("trust", "post", "--journal", journal.toString()));
        all.addAll(Arrays.asList(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private void posted(String... args) {
        Result r = post(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Recorded entry IOLTA-0007#");
    }

    private void postAMonth() {
        posted("--type", "firm-funds-deposit", "--date", "2026-04-01", "--amount", "200.00", "--reference", "XF-1");
        posted("--type", "deposit", "--date", "2026-04-02", "--ledger", "ACME/ACME-001", "--amount", "15,000.00",
                "--purpose", "advance-fee", "--reference", "DEP-0402", "--memo", "Retainer per engagement letter");
        posted("--type", "deposit", "--date", "2026-04-03", "--ledger", "BRIGHT/BR-7", "--amount", "4000",
                "--purpose", "advance-costs", "--reference", "DEP-0403");
        posted("--type", "disbursement", "--date", "2026-04-08", "--ledger", "BRIGHT/BR-7", "--amount", "1200.00",
                "--payee-kind", "third-party", "--payee", "Expert Witness LLC", "--reference", "CHK-501");
        posted("--type", "deposit", "--date", "2026-04-10", "--ledger", "unidentified", "--amount", "750.00",
                "--purpose", "client-funds", "--reference", "WIRE-77");
        posted("--type", "identification", "--date", "2026-04-14", "--resolves", "5", "--ledger", "CAREY/CA-1",
                "--amount", "750.00");
        posted("--type", "earned-fee-transfer", "--date", "2026-04-20", "--ledger", "ACME/ACME-001", "--amount",
                "6,250.00", "--invoice", "2026-0401", "--earned-undisputed", "6250.00", "--reference", "XF-2");
        posted("--type", "refund", "--date", "2026-04-24", "--ledger", "BRIGHT/BR-7", "--amount", "300.00",
                "--reference", "CHK-502");
        posted("--type", "disbursement", "--date", "2026-04-27", "--ledger", "CAREY/CA-1", "--amount", "100.00",
                "--payee-kind", "client", "--payee", "Carey", "--reference", "CHK-503");
        posted("--type", "reversal", "--date", "2026-04-28", "--reverses", "9", "--memo", "check voided");
        posted("--type", "bank-charge", "--date", "2026-04-30", "--amount", "35.00", "--reference", "SVC-0430");
    }

    @Test
    void aBillingManagerKeepsATrustAccountWithTheCommandLineAlone() throws IOException {
        journal = dir.resolve("iolta.jsonl");
        Result open = Cli.run("trust", "open", "--journal", journal.toString(), "--account", "IOLTA-0007", "--bank",
                "First Example Bank", "--currency", "USD", "--jurisdiction", "US-IL");
        assertThat(open.code()).as(open.err()).isZero();
        assertThat(open.out()).contains("Opened trust journal", "IOLTA-0007", "genesis hash");

        Result again = Cli.run("trust", "open", "--journal", journal.toString(), "--account", "OTHER", "--bank", "B",
                "--currency", "USD", "--jurisdiction", "US-IL");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.errLines()).singleElement().asString().contains(journal.toString(), "already exists");

        postAMonth();

        // a refusal names the ledger and the amounts, and leaves the file byte for byte as it was
        byte[] before = Files.readAllBytes(journal);
        Result overdraw = post("--type", "disbursement", "--date", "2026-04-29", "--ledger", "BRIGHT/BR-7",
                "--amount", "2600.00", "--payee-kind", "third-party", "--payee", "Court Reporter Inc");
        assertThat(overdraw.code()).isEqualTo(1);
        assertThat(overdraw.err()).contains("client BRIGHT/BR-7", "USD 2600.00", "USD 2500.00",
                "nothing was recorded").doesNotContain("Court Reporter");
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);

        // reconcile: bank statement with one outstanding check
        Path statement = dir.resolve("statement.json");
        Files.writeString(statement, """
                {"account": "IOLTA-0007", "periodStart": "2026-04-01", "statementDate": "2026-04-30",
                 "currency": "USD", "endingBalance": "12465.00", "depositsInTransit": [],
                 "outstandingChecks": [ { "date": "2026-04-24", "reference": "CHK-502", "amount": "300.00" } ],
                 "bankCharges": [ { "date": "2026-04-30", "reference": "SVC-0430", "amount": "35.00" } ],
                 "interestCredits": [] }
                """);
        Result reconcile = Cli.run("trust", "reconcile", "--journal", journal.toString(), "--statement",
                statement.toString());
        assertThat(reconcile.code()).as(reconcile.out() + reconcile.err()).isZero();
        assertThat(reconcile.out()).contains("Result: BALANCED").containsPattern("2\\. Journal balance +USD +12,165\\.00");

        // a crash mid-write leaves a torn last line: reading refuses it and points to the repair
        String torn = "{\"seq\":12,\"account\":\"IOLTA-0007\",\"recordedAt\":\"2026-05-01T09:00:00Z\",\"da";
        Files.writeString(journal, torn, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Result refused = Cli.run("trust", "ledger", "--journal", journal.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("torn", "billing trust repair --journal " + journal);
        assertThat(post("--type", "bank-charge", "--date", "2026-05-01", "--amount", "5").code()).isEqualTo(2);

        Result repair = Cli.run("trust", "repair", "--journal", journal.toString());
        assertThat(repair.code()).as(repair.err()).isZero();
        assertThat(repair.out()).contains("Cut " + torn.length() + " bytes of torn line 13", "11 entries",
                "Backup of the file before the cut: ");
        try (Stream<Path> files = Files.list(dir)) {
            Path backup = files.filter(p -> p.getFileName().toString().startsWith("iolta.jsonl.torn-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readString(backup)).endsWith(torn);
        }
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
        assertThat(Cli.run("trust", "repair", "--journal", journal.toString()).out()).contains("nothing to repair");
        posted("--type", "bank-charge", "--date", "2026-05-01", "--amount", "5");

        // ledger statements
        Result acme = Cli.run("trust", "ledger", "--journal", journal.toString(), "--client", "ACME", "--as-of",
                "2026-04-30");
        assertThat(acme.code()).as(acme.err()).isZero();
        assertThat(acme.out()).contains("TRUST LEDGER STATEMENT", "ledger client ACME/ACME-001",
                "Deposit (advance fee)", "Earned-fee transfer, invoice 2026-0401", "6,250.00",
                "Balance as of 2026-04-30: USD 8,750.00").doesNotContain("Retainer per engagement letter");
        Result acmeJson = Cli.run("trust", "ledger", "--journal", journal.toString(), "--client", "ACME",
                "--format", "json");
        assertThat(acmeJson.code()).as(acmeJson.err()).isZero();
        assertThat(acmeJson.out()).contains("\"balance\" : \"8750.00\"").doesNotContain("\"memo\"", "\"payee\"",
                "Retainer per engagement letter");
        Result carey = Cli.run("trust", "ledger", "--journal", journal.toString(), "--ledger", "CAREY/CA-1",
                "--format", "json", "--include-private");
        assertThat(carey.code()).as(carey.err()).isZero();
        JsonNode st = new ObjectMapper().readTree(carey.out()).get("statements").get(0);
        assertThat(st.get("asOf").asText()).isEqualTo("2026-05-01");
        assertThat(st.get("lines")).hasSize(3);
        assertThat(st.get("lines").get(1).get("reversedBy").asInt()).isEqualTo(10);
        assertThat(st.get("lines").get(1).get("payee").asText()).isEqualTo("Carey");
        assertThat(st.get("balance").asText()).isEqualTo("750.00");
        Result all = Cli.run("trust", "ledger", "--journal", journal.toString(), "--as-of", "2026-04-30");
        assertThat(all.out()).contains("ledger client ACME/ACME-001", "ledger client BRIGHT/BR-7",
                "ledger client CAREY/CA-1", "ledger firm funds", "ledger unidentified funds");

        // a tampered copy: one amount changed on line 3 is caught, naming the file and line
        Path copy = dir.resolve("tampered.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        assertThat(lines.get(2)).contains("\"amount\":\"15000.00\"");
        lines.set(2, lines.get(2).replace("\"amount\":\"15000.00\"", "\"amount\":\"1500.00\""));
        Files.write(copy, lines);
        for (String command : List.of("ledger", "reconcile")) {
            List<String> args = new ArrayList<>(List.of("trust", command, "--journal", copy.toString()));
            if (command.equals("reconcile")) {
                args.addAll(List.of("--statement", statement.toString()));
            }
            Result tampered = Cli.run(args.toArray(String[]::new));
            assertThat(tampered.code()).isEqualTo(2);
            assertThat(tampered.errLines()).singleElement().asString().contains(copy + ":3", "altered");
            assertThat(tampered.out()).isEmpty();
        }
        assertThat(post("--type", "bank-charge", "--date", "2026-05-02", "--amount", "1").code()).isZero();
        journal = copy;
        assertThat(post("--type", "bank-charge", "--date", "2026-05-02", "--amount", "1").code()).isEqualTo(2);
    }
}
