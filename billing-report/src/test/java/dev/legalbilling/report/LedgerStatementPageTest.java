package dev.legalbilling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.json.trust.TrustJsonModule;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.JournalHash;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.LedgerStatement;
import dev.legalbilling.trust.LedgerStatementLine;
import dev.legalbilling.trust.PayeeKind;
import dev.legalbilling.trust.TransactionType;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountId;
import dev.legalbilling.trust.TrustAccountKind;
import dev.legalbilling.trust.TrustEntryId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class LedgerStatementPageTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TrustAccountId ID = TrustAccountId.of("IOLTA-0001");
    private static final TrustAccount ACCOUNT = new TrustAccount(ID, TrustAccountKind.IOLTA, "First Example Bank",
            Currency.getInstance("USD"), Jurisdiction.of("US-IL"));
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    private static final String MEMO = "Retainer <b>lease</b> & dispute";
    private static final String PAYEE = "Cook County <Clerk>";
    private static final LedgerId LEDGER = LedgerId.client(ClientId.of("C-1002"), MatterId.of("M-1002-01"));
    private static final JournalHash HEAD = JournalHash.sha256("head");

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static TrustEntryId entry(long sequence) {
        return TrustEntryId.of(ID, sequence);
    }

    private static LedgerStatement statement() {
        return new LedgerStatement(ACCOUNT, LEDGER, AS_OF, 9, HEAD, List.of(
                new LedgerStatementLine(entry(2), LocalDate.of(2025, 3, 3), TransactionType.DEPOSIT,
                        DepositPurpose.ADVANCE_FEE, null, null, null, "DEP-0303", null, null, MEMO,
                        usd("10000.00"), usd("10000.00")),
                new LedgerStatementLine(entry(7), LocalDate.of(2025, 3, 12), TransactionType.DISBURSEMENT, null,
                        PayeeKind.THIRD_PARTY, PAYEE, null, "1042", null, entry(8), "", usd("-1200.50"),
                        usd("8799.50")),
                new LedgerStatementLine(entry(8), LocalDate.of(2025, 3, 12), TransactionType.REVERSAL, null, null,
                        null, null, null, entry(7), null, "", usd("1200.50"), usd("10000.00"))));
    }

    @Test
    void showsEveryLineAndTotalWithTheJsonAmounts() throws Exception {
        LedgerStatement st = statement();
        Document page = Jsoup.parse(LedgerStatementPage.render(ACCOUNT, AS_OF, List.of(st), false));
        JsonNode json = MAPPER.readTree(TrustJsonModule.toJson(List.of(st), false)).get("statements").get(0);

        Element section = page.selectFirst("section.statement");
        assertThat(section.attr("data-client")).isEqualTo("C-1002");
        assertThat(section.attr("data-matter")).isEqualTo("M-1002-01");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Ledger client C-1002/M-1002-01");
        assertThat(section.selectFirst("[data-field=entries]").text()).isEqualTo("9 entries");
        assertThat(section.selectFirst("[data-field=headHash]").text()).isEqualTo(json.get("journal")
                .get("headHash").asText()).isEqualTo(HEAD.hex());
        Elements rows = section.select("tbody tr[data-entry]");
        assertThat(rows).hasSize(json.get("lines").size()).hasSize(3);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode line = json.get("lines").get(i);
            Element row = rows.get(i);
            assertThat(row.attr("data-entry")).isEqualTo(line.get("entry").asText());
            assertThat(row.selectFirst("[data-field=amount] data").attr("value")).isEqualTo(line.get("amount")
                    .asText());
            assertThat(row.selectFirst("[data-field=balance] data").attr("value")).isEqualTo(line.get("balance")
                    .asText());
            assertThat(row.text()).contains(line.get("date").asText(), line.get("type").asText(),
                    line.get("description").asText());
        }
        assertThat(rows.get(1).selectFirst("[data-field=amount] data").hasClass("negative")).isTrue();
        assertThat(rows.get(1).selectFirst("[data-field=amount] data").text()).isEqualTo("USD -1,200.50");
        assertThat(rows.get(1).text()).contains("(reversed by #8)");
        assertThat(rows.get(0).text()).doesNotContain("reversed by");
        assertThat(section.selectFirst("[data-field=totalCredits] data").attr("value"))
                .isEqualTo(json.get("totalCredits").asText()).isEqualTo("11200.50");
        assertThat(section.selectFirst("[data-field=totalDebits] data").attr("value"))
                .isEqualTo(json.get("totalDebits").asText()).isEqualTo("1200.50");
        assertThat(section.selectFirst("[data-field=closingBalance] data").attr("value"))
                .isEqualTo(json.get("balance").asText()).isEqualTo("10000.00");
        assertThat(page.select("thead th")).allMatch(th -> th.attr("scope").equals("col"));
        assertThat(page.select("tbody th")).allMatch(th -> th.attr("scope").equals("row"));
    }

    @Test
    void leavesPayeesAndMemosOutUnlessAsked() {
        String without = LedgerStatementPage.render(ACCOUNT, AS_OF, List.of(statement()), false);
        assertThat(without).doesNotContain("Cook County", "Retainer", "lease");
        assertThat(Jsoup.parse(without).select("thead th").eachText()).doesNotContain("Payee", "Memo");

        Document with = Jsoup.parse(LedgerStatementPage.render(ACCOUNT, AS_OF, List.of(statement()), true));
        assertThat(with.select("thead th").eachText()).contains("Payee", "Memo");
        assertThat(with.select("td.private").eachText()).contains(PAYEE, MEMO);
        assertThat(with.select("td.private b")).as("memo text is escaped, not markup").isEmpty();
        assertThat(with.select("tbody tr[data-entry=2] td").size())
                .isEqualTo(with.select("thead th").size() - 1);
    }

    @Test
    void aRunWithoutStatementsSaysSo() {
        Document page = Jsoup.parse(LedgerStatementPage.render(ACCOUNT, AS_OF, List.of(), false));
        assertThat(page.select("section.statement")).isEmpty();
        assertThat(page.text()).contains("No ledger of trust account IOLTA-0001 has a movement by 2025-03-31.");
    }

    @Test
    void aLedgerWithoutMovementSaysSoAndTotalsZero() {
        LedgerStatement empty = new LedgerStatement(ACCOUNT, LedgerId.firmFunds(), AS_OF, 0, HEAD, List.of());
        Document page = Jsoup.parse(LedgerStatementPage.render(ACCOUNT, AS_OF, List.of(empty), false));
        assertThat(page.select("tbody tr[data-entry]")).isEmpty();
        assertThat(page.selectFirst("tbody").text()).isEqualTo("No movement on this ledger by 2025-03-31.");
        assertThat(page.selectFirst("[data-field=closingBalance] data").attr("value")).isEqualTo("0.00");
        assertThat(page.selectFirst("[data-field=entries]").text()).isEqualTo("0 entries");
    }

    @Test
    void refusesAStatementOfAnotherDateOrAccount() {
        LedgerStatement st = statement();
        assertThatThrownBy(() -> LedgerStatementPage.render(ACCOUNT, AS_OF.minusDays(1), List.of(st), false))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("as of 2025-03-30")
                .hasMessageNotContaining("Cook County");
        TrustAccount other = new TrustAccount(TrustAccountId.of("IOLTA-0002"), TrustAccountKind.IOLTA,
                "First Example Bank", Currency.getInstance("USD"), Jurisdiction.of("US-IL"));
        assertThatThrownBy(() -> LedgerStatementPage.render(other, AS_OF, List.of(st), false))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("IOLTA-0002");
    }
}
