package dev.legalbilling.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.ReportJson;
import dev.legalbilling.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckReportPageTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static RuleEngine engine;

    @BeforeAll
    static void loadDemoPack() {
        engine = RuleEngine.builder().addBundled("demo").build();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static final Invoice LONG_DAYS = Fixtures.invoice("J-1")
            .fee(Fixtures.PARTNER, Fixtures.MONDAY, "6.5", "L110", Fixtures.SECRET_NARRATIVE)
            .fee(Fixtures.PARTNER, Fixtures.MONDAY, "4.5", null)
            .fee(Fixtures.ASSOCIATE, Fixtures.TUESDAY, "11", "L110")
            .build();
    private static final Invoice CLEAN = Fixtures.invoice("J-2")
            .fee(Fixtures.ASSOCIATE, Fixtures.TUESDAY, "1", "L110").build();

    private static List<CheckReportPage.CheckedInvoice> checked(Invoice... invoices) {
        List<CheckReportPage.CheckedInvoice> out = new ArrayList<>();
        for (Invoice i : invoices) {
            out.add(new CheckReportPage.CheckedInvoice("in/" + i.number().value() + ".json",
                    engine.check(i, null, null), i));
        }
        return out;
    }

    private static CheckReportPage.Run run(boolean narratives) {
        return new CheckReportPage.Run("spec", "ocg-defaults", engine.ruleSets(), List.of(), 0, narratives);
    }

    @Test
    void showsTheSameAmountsAsTheJsonReport() throws Exception {
        List<CheckReportPage.CheckedInvoice> invoices = checked(LONG_DAYS, CLEAN);
        Document page = Jsoup.parse(CheckReportPage.render(invoices, run(false)));
        JsonNode json = MAPPER.readTree(ReportJson.toJson(invoices.stream()
                .map(CheckReportPage.CheckedInvoice::report).toList()));

        Elements sections = page.select("section.invoice");
        assertThat(sections).hasSize(2);
        for (int i = 0; i < sections.size(); i++) {
            Element section = sections.get(i);
            JsonNode inv = json.get("invoices").get(i);
            assertThat(section.attr("data-invoice")).isEqualTo(inv.get("invoiceNumber").asText());
            for (String field : List.of("total", "amountAtStake", "exposure")) {
                Element data = section.selectFirst("[data-field=" + field + "] data");
                assertThat(data.attr("value")).as(field).isEqualTo(inv.get(field).asText());
                assertThat(data.text()).as(field).isEqualTo("USD " + grouped(inv.get(field).asText()));
            }
            Elements rows = section.select("table.findings tbody tr");
            assertThat(rows).hasSize(inv.get("findings").size());
            for (int f = 0; f < rows.size(); f++) {
                JsonNode finding = inv.get("findings").get(f);
                Element row = rows.get(f);
                assertThat(row.attr("data-rule")).isEqualTo(finding.get("ruleId").asText());
                assertThat(row.attr("data-severity")).isEqualTo(finding.get("severity").asText());
                assertThat(row.select("data").attr("value")).isEqualTo(finding.get("amountAtStake").asText());
                assertThat(row.text()).contains(finding.get("message").asText());
            }
        }
        assertThat(json.get("invoices").get(0).get("findings").size()).as("the fixture must have findings")
                .isPositive();
        Element pack = page.selectFirst("section.packs tbody tr");
        assertThat(pack.text()).contains(json.get("rulePacks").get(0).get("sha256").asText())
                .contains(json.get("rulePacks").get(0).get("version").asText());
    }

    @Test
    void putsAnOverviewFirstForSeveralInvoicesOnly() {
        Document several = Jsoup.parse(CheckReportPage.render(checked(LONG_DAYS, CLEAN), run(false)));
        assertThat(several.select("section.overview tbody tr")).hasSize(2);
        assertThat(several.select("section.overview a[href=#inv1]").text()).isEqualTo("J-1");
        Document one = Jsoup.parse(CheckReportPage.render(checked(LONG_DAYS), run(false)));
        assertThat(one.select("section.overview")).isEmpty();
    }

    @Test
    void leavesNarrativesOutUnlessAsked() {
        String without = CheckReportPage.render(checked(LONG_DAYS), run(false));
        assertThat(without).doesNotContain("Zebulon");
        Document with = Jsoup.parse(CheckReportPage.render(checked(LONG_DAYS), run(true)));
        assertThat(with.select("table.findings thead th").eachText()).contains("Narrative");
        assertThat(with.select("table.findings tbody").text()).contains(Fixtures.SECRET_NARRATIVE);
    }

    @Test
    void chartsHaveTextAlternativesAndDataTables() {
        Document page = Jsoup.parse(CheckReportPage.render(checked(LONG_DAYS), run(false)));
        Elements charts = page.select("figure.chart");
        assertThat(charts).hasSize(2);
        for (Element chart : charts) {
            Element svg = chart.selectFirst("svg");
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title").text()).isNotBlank();
            assertThat(svg.selectFirst("desc").text()).contains("The table below gives every value");
            assertThat(chart.select("details table th[scope=row]")).isNotEmpty();
        }
        ComplianceReport report = engine.check(LONG_DAYS, null, null);
        Element timekeepers = charts.get(1);
        // exposure by timekeeper adds up to the invoice's exposure (no invoice-level findings, below the total)
        java.math.BigDecimal sum = timekeepers.select("details td data").stream()
                .map(d -> new java.math.BigDecimal(d.attr("value"))).reduce(java.math.BigDecimal.ZERO,
                        java.math.BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(report.exposure().amount());
        assertThat(timekeepers.select("details th[scope=row]").eachText()).allMatch(t -> t.contains("TK-"));
    }

    @Test
    void isSelfContainedAndEscapesText() {
        Invoice hostile = Fixtures.invoice("J-9")
                .fee(Fixtures.PARTNER, Fixtures.MONDAY, "12", "L110", "<script>alert(1)</script>").build();
        String html = CheckReportPage.render(checked(hostile), run(true));
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("link, img, iframe, object, embed, [src]")).isEmpty();
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
        assertThat(page.select("table.findings tbody").text()).contains("<script>alert(1)</script>");
        assertThat(page.select("thead th").eachAttr("scope")).containsOnly("col");
    }

    private static String grouped(String plain) {
        return String.format(java.util.Locale.ROOT, "%,.2f", new java.math.BigDecimal(plain));
    }

    @Test
    void showsTheAdjustedTotalOnlyWhenAdjustmentsApply() {
        ComplianceReport adjusted = engine.check(LONG_DAYS, null, null);
        assertThat(adjusted.findings()).anyMatch(f -> f.action() == dev.legalbilling.rules.Action.ADJUST);
        String expected = adjusted.applyTo(LONG_DAYS).total().amount().toPlainString();
        assertThat(expected).isNotEqualTo(adjusted.total().amount().toPlainString());
        Document page = Jsoup.parse(CheckReportPage.render(checked(LONG_DAYS), run(false)));
        assertThat(page.selectFirst("[data-field=adjustedTotal] data").attr("value")).isEqualTo(expected);
        Document clean = Jsoup.parse(CheckReportPage.render(checked(CLEAN), run(false)));
        assertThat(clean.select("[data-field=adjustedTotal]")).isEmpty();
    }
}
