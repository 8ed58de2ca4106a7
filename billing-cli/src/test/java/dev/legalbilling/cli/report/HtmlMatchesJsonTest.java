package dev.legalbilling.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format html} against {@code --format json} of the same run, on the repository's sample files: every
 * amount the page shows as {@code <data value>} is the JSON's decimal, and the page is self-contained.
 */
class HtmlMatchesJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INVOICES = Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes").toString();
    static final String INVOICE_DIR = Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes").getParent()
            .toString();
    static final String AR_INVOICES = Cli.repositoryFile("samples/data/receivables/invoices.json").toString();
    static final String AR_PAYMENTS = Cli.repositoryFile("samples/data/receivables/payments.json").toString();
    static final String JOURNAL = Cli.repositoryFile("samples/data/trust/sample-firm-2025-03.journal.jsonl")
            .toString();
    static final String STATEMENT = Cli.repositoryFile("samples/data/trust/sample-firm-2025-03.statement.json")
            .toString();

    @TempDir
    Path temp;

    private static Document html(Cli.Result r) {
        assertThat(r.out()).startsWith("<!DOCTYPE html>");
        Document page = Jsoup.parse(r.out());
        assertThat(page.select("link, img, iframe, object, embed, [src]")).as("nothing loaded").isEmpty();
        assertThat(page.select("thead th")).allMatch(th -> th.attr("scope").equals("col"));
        return page;
    }

    private static String value(Element scope, String field) {
        Element data = scope.selectFirst("[data-field=" + field + "] data");
        assertThat(data).as(field).isNotNull();
        return data.attr("value");
    }

    @Test
    void checkReportShowsTheJsonNumbers() throws Exception {
        Cli.Result json = Cli.run("check", "--format", "json", INVOICE_DIR);
        Cli.Result page = Cli.run("check", "--format", "html", INVOICE_DIR);
        assertThat(page.code()).isEqualTo(json.code()).isEqualTo(1);
        JsonNode root = JSON.readTree(json.out());
        Document doc = html(page);
        Elements sections = doc.select("section.invoice");
        assertThat(sections).hasSize(root.get("invoices").size()).hasSizeGreaterThan(1);
        assertThat(doc.select("section.overview tbody tr")).hasSize(sections.size());
        int findings = 0;
        for (int i = 0; i < sections.size(); i++) {
            JsonNode inv = root.get("invoices").get(i);
            Element s = sections.get(i);
            assertThat(s.attr("data-invoice")).isEqualTo(inv.get("invoiceNumber").asText());
            assertThat(value(s, "total")).isEqualTo(inv.get("total").asText());
            assertThat(value(s, "amountAtStake")).isEqualTo(inv.get("amountAtStake").asText());
            assertThat(value(s, "exposure")).isEqualTo(inv.get("exposure").asText());
            Elements rows = s.select("table.findings tbody tr");
            assertThat(rows).hasSize(inv.get("findings").size());
            for (int f = 0; f < rows.size(); f++) {
                JsonNode jf = inv.get("findings").get(f);
                assertThat(rows.get(f).attr("data-rule")).isEqualTo(jf.get("ruleId").asText());
                assertThat(rows.get(f).selectFirst("data").attr("value")).isEqualTo(jf.get("amountAtStake").asText());
                findings++;
            }
        }
        assertThat(findings).as("the samples have findings").isPositive();
        List<String> hashes = doc.select("section.packs td.hash").eachText();
        root.get("rulePacks").forEach(p -> assertThat(hashes).contains(p.get("sha256").asText()));
    }

    @Test
    void checkReportShowsNarrativesOnlyWhenAsked() {
        Cli.Result without = Cli.run("check", "--format", "html", INVOICES);
        Cli.Result with = Cli.run("check", "--format", "html", "--include-narratives", INVOICES);
        Document withDoc = Jsoup.parse(with.out());
        List<String> narratives = withDoc.select("table.findings tbody td:last-child").eachText().stream()
                .filter(t -> !t.isBlank()).toList();
        assertThat(narratives).isNotEmpty();
        assertThat(Jsoup.parse(without.out()).select("table.findings thead th").eachText())
                .doesNotContain("Narrative");
        narratives.stream().filter(n -> n.length() > 20).forEach(n -> assertThat(without.out()).doesNotContain(n));
        Cli.Result text = Cli.run("check", "--include-narratives", INVOICES);
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.err()).contains("--include-narratives needs --format html");
    }

    @Test
    void agingPageShowsTheJsonNumbers() throws Exception {
        String[] common = {"ar", "aging", "--invoices", AR_INVOICES, "--payments", AR_PAYMENTS, "--as-of",
            "2026-06-30"};
        JsonNode root = JSON.readTree(Cli.run(concat(common, "--format", "json")).out());
        Document doc = html(Cli.run(concat(common, "--format", "html")));
        JsonNode report = root.get("reports").get(0);
        Element section = doc.selectFirst("section[data-currency=" + report.get("currency").asText() + "]");
        assertThat(value(section, "openBalance")).isEqualTo(report.get("firm").get("total").asText());
        for (JsonNode line : report.get("lines")) {
            Element row = section.selectFirst("table.lines tr[data-invoice=" + line.get("invoice").asText() + "]");
            assertThat(row.selectFirst("data").attr("value")).isEqualTo(line.get("balance").asText());
            assertThat(row.attr("data-bucket")).isEqualTo(line.get("bucket").asText());
        }
        for (JsonNode client : report.get("byClient")) {
            Element row = section.selectFirst("table.by-client tr[data-client=" + client.get("client").asText() + "]");
            assertThat(row.select("data").last().attr("value")).isEqualTo(client.get("total").asText());
        }
        JsonNode metrics = root.get("metrics").get(0);
        assertThat(value(section, "dso")).isEqualTo(metrics.get("dso").asText());
        assertThat(value(section, "collectionRealization")).isEqualTo(metrics.get("collectionRealization").asText());
        assertThat(section.select("figure.chart svg desc").text()).contains("largest");
    }

    @Test
    void trustPageShowsTheJsonNumbersAndHighlightsDifferences() throws Exception {
        String[] common = {"trust", "reconcile", "--journal", JOURNAL, "--statement", STATEMENT};
        Cli.Result json = Cli.run(concat(common, "--format", "json"));
        Cli.Result page = Cli.run(concat(common, "--format", "html"));
        assertThat(page.code()).isEqualTo(json.code());
        JsonNode root = JSON.readTree(json.out());
        Document doc = html(page);
        assertThat(doc.selectFirst("[data-result]").attr("data-result")).isEqualTo(root.get("result").asText());
        assertThat(value(doc, "adjustedBalance")).isEqualTo(root.get("bank").get("adjustedBalance").asText());
        assertThat(value(doc, "journalBalance")).isEqualTo(root.get("journal").get("balance").asText());
        assertThat(value(doc, "ledgerTotal")).isEqualTo(root.get("ledgers").get("total").asText());
        assertThat(value(doc, "clientTotal")).isEqualTo(root.get("ledgers").get("clientTotal").asText());
        for (String d : List.of("bankMinusJournal", "journalMinusLedgers", "bankMinusLedgers")) {
            Element row = doc.selectFirst("tr[data-field=" + d + "]");
            assertThat(row.selectFirst("data").attr("value")).isEqualTo(root.get("differences").get(d).asText());
            assertThat(row.hasClass("diff")).isEqualTo(root.get("differences").get(d).decimalValue().signum() != 0);
        }
    }

    @Test
    void trustPageOfAnOutOfBalanceAccountHighlightsTheDifferenceAndItsCause() throws Exception {
        String statement = Files.readString(Path.of(STATEMENT));
        String changed = statement.replaceFirst("\"endingBalance\"\\s*:\\s*\"43275.00\"", "\"endingBalance\": \"43250.00\"");
        assertThat(changed).as("fixture changed").isNotEqualTo(statement);
        Path file = temp.resolve("statement.json");
        Files.writeString(file, changed);
        Cli.Result page = Cli.run("trust", "reconcile", "--journal", JOURNAL, "--statement", file, "--format", "html");
        Cli.Result json = Cli.run("trust", "reconcile", "--journal", JOURNAL, "--statement", file, "--format", "json");
        assertThat(page.code()).isEqualTo(1);
        Document doc = html(page);
        assertThat(doc.selectFirst("[data-result]").attr("data-result")).isEqualTo("OUT_OF_BALANCE");
        Element row = doc.selectFirst("tr[data-field=bankMinusJournal]");
        assertThat(row.hasClass("diff")).isTrue();
        assertThat(row.selectFirst("data").attr("value")).isEqualTo("-25.00")
                .isEqualTo(JSON.readTree(json.out()).get("differences").get("bankMinusJournal").asText());
        assertThat(doc.select("table.causes tbody tr")).hasSize(JSON.readTree(json.out()).get("causes").size());
    }

    @Test
    void ledgerPageShowsEveryAmountOfTheJson() throws Exception {
        String[] common = {"trust", "ledger", "--journal", JOURNAL};
        Cli.Result json = Cli.run(concat(common, "--format", "json"));
        Cli.Result page = Cli.run(concat(common, "--format", "html"));
        assertThat(page.code()).isEqualTo(json.code()).isZero();
        JsonNode statements = JSON.readTree(json.out()).get("statements");
        Document doc = html(page);
        Elements sections = doc.select("section.statement");
        assertThat(sections).hasSize(statements.size()).hasSizeGreaterThan(1);
        int amounts = 0;
        for (int i = 0; i < sections.size(); i++) {
            JsonNode st = statements.get(i);
            Element s = sections.get(i);
            assertThat(s.attr("data-kind")).isEqualTo(st.get("ledger").get("kind").asText());
            assertThat(s.attr("data-client")).isEqualTo(st.get("ledger").path("client").asText());
            assertThat(s.attr("data-matter")).isEqualTo(st.get("ledger").path("matter").asText());
            assertThat(s.selectFirst("[data-field=headHash]").text()).isEqualTo(st.get("journal").get("headHash")
                    .asText());
            assertThat(s.selectFirst("[data-field=entries]").text()).startsWith(st.get("journal").get("entries")
                    .asText() + " ");
            Elements rows = s.select("tbody tr[data-entry]");
            assertThat(rows).hasSize(st.get("lines").size());
            for (int l = 0; l < rows.size(); l++) {
                JsonNode line = st.get("lines").get(l);
                assertThat(rows.get(l).attr("data-entry")).isEqualTo(line.get("entry").asText());
                Elements data = rows.get(l).select("data");
                assertThat(data.eachAttr("value")).containsExactly(line.get("amount").asText(),
                        line.get("balance").asText());
                amounts += 2;
            }
            assertThat(s.select("tfoot data").eachAttr("value")).containsExactly(st.get("totalCredits").asText(),
                    st.get("totalDebits").asText(), st.get("balance").asText());
            amounts += 3;
        }
        assertThat(doc.select("data")).as("every amount on the page was compared").hasSize(amounts);
    }

    @Test
    void ledgerPageShowsPayeesAndMemosOnlyWithIncludePrivate() throws Exception {
        String[] common = {"trust", "ledger", "--journal", JOURNAL, "--client", "C-1002"};
        JsonNode privateJson = JSON.readTree(Cli.run(concat(common, "--format", "json", "--include-private"))
                .out());
        List<String> privateText = new java.util.ArrayList<>();
        privateJson.get("statements").forEach(st -> st.get("lines").forEach(l -> {
            if (l.has("payee")) {
                privateText.add(l.get("payee").asText());
            }
            if (!l.get("memo").asText().isEmpty()) {
                privateText.add(l.get("memo").asText());
            }
        }));
        assertThat(privateText).as("the sample has payees and memos").hasSizeGreaterThan(1);
        String without = Cli.run(concat(common, "--format", "html")).out();
        Document with = html(Cli.run(concat(common, "--format", "html", "--include-private")));
        privateText.forEach(t -> assertThat(without).doesNotContain(t));
        assertThat(with.select("td.private").eachText()).containsAll(privateText);
    }

    @Test
    void contingencyPageShowsTheJsonNumbers() throws Exception {
        String[] common = {"fee", "contingency", "--schedule", "NY-PI-A", "--recovery", "2000000", "--costs", "15000",
            "--date", "2026-06-01"};
        JsonNode root = JSON.readTree(Cli.run(concat(common, "--format", "json")).out());
        Document doc = html(Cli.run(concat(common, "--format", "html")));
        assertThat(value(doc, "fee")).isEqualTo(root.get("fee").asText());
        assertThat(value(doc, "base")).isEqualTo(root.get("base").asText());
        assertThat(value(doc, "recovery")).isEqualTo(root.get("recovery").asText());
        Elements rows = doc.select("table.tiers tbody tr");
        assertThat(rows).hasSize(root.get("tiers").size());
        for (int i = 0; i < rows.size(); i++) {
            Elements data = rows.get(i).select("data");
            assertThat(data.get(0).attr("value")).isEqualTo(root.get("tiers").get(i).get("slice").asText());
            assertThat(data.get(1).attr("value")).isEqualTo(root.get("tiers").get(i).get("fee").asText());
        }
    }

    @Test
    void rulesPageListsEveryRuleOfTheTextCatalogue() {
        Cli.Result text = Cli.run("rules", "list", "--pack", "demo");
        Document doc = html(Cli.run("rules", "list", "--pack", "demo", "--format", "html"));
        List<String> ids = doc.select("table.rules tr[data-rule]").eachAttr("data-rule");
        assertThat(ids).isNotEmpty();
        ids.forEach(id -> assertThat(text.out()).contains(id));
        assertThat(text.outLines().stream().filter(l -> l.startsWith("  DEMO-")).count()).isEqualTo(ids.size());
        assertThat(doc.select("code[data-parameter]")).isNotEmpty();
    }

    @Test
    void reminderLettersAreWrittenOnceAndNotForDisputedInvoices() throws IOException {
        Path dir = temp.resolve("letters");
        String[] args = {"ar", "reminders", "--invoices", AR_INVOICES, "--payments", AR_PAYMENTS, "--as-of",
            "2026-06-30", "--letters", dir.toString(), "--firm", "Marsh & Lind LLP", "--payment-instructions",
            "Wire to Example Bank.\\nReference: the invoice number."};
        Cli.Result first = Cli.run((Object[]) args);
        assertThat(first.code()).isZero();
        assertThat(first.err()).contains("14 files written, 0 already there");
        Cli.Result second = Cli.run((Object[]) args);
        assertThat(second.err()).contains("0 files written, 14 already there");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(14)
                    .noneMatch(n -> n.contains("2026-0103"));
        }
        assertThat(Files.readString(dir.resolve("2026-06-30_2026-0101_PAST-DUE-60.txt")))
                .contains("Wire to Example Bank.\nReference: the invoice number.");
        Cli.Result missing = Cli.run("ar", "reminders", "--invoices", AR_INVOICES, "--payments", AR_PAYMENTS,
                "--as-of", "2026-06-30", "--letters", dir.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--letters needs --firm and --payment-instructions");
    }

    private static Object[] concat(String[] head, String... tail) {
        Object[] all = new Object[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
