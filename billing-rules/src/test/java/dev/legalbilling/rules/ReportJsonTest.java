package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.invoice.Invoice;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheShapeTheCommandLinePrints() throws Exception {
        Invoice first = Fixtures.invoice("J-1")
                .fee(Fixtures.PARTNER, Fixtures.MONDAY, "6.5", "L110")
                .fee(Fixtures.PARTNER, Fixtures.MONDAY, "4.5", null)
                .build();
        Invoice second = Fixtures.invoice("J-2").fee(Fixtures.ASSOCIATE, Fixtures.TUESDAY, "1", "L110").build();
        try (RuleEngine engine = RuleEngine.builder().addBundled("demo").build()) {
            List<ComplianceReport> reports = List.of(engine.check(first, null, null), engine.check(second, null, null));
            JsonNode root = MAPPER.readTree(ReportJson.toJson(reports));

            assertThat(root.get("invoices")).hasSize(2);
            JsonNode inv = root.get("invoices").get(0);
            assertThat(inv.get("invoiceNumber").asText()).isEqualTo("J-1");
            assertThat(inv.get("total").isTextual()).isTrue();
            assertThat(inv.get("total").asText()).isEqualTo("4950.00");
            JsonNode daily = inv.get("findings").get(0);
            assertThat(daily.get("ruleId").asText()).isEqualTo("DEMO-DAILY-HOURS");
            assertThat(daily.get("severity").asText()).isEqualTo("WARNING");
            assertThat(daily.get("lineItemNumber").asText()).isEqualTo("1");
            assertThat(daily.get("sourceLine").asInt()).isEqualTo(3);
            assertThat(daily.get("message").asText()).contains("above the daily cap of 10 hours");
            assertThat(daily.get("citation").asText()).isEqualTo("Client billing guidelines: daily hour cap");
            assertThat(daily.get("amountAtStake").isTextual()).isTrue();
            assertThat(daily.get("amountAtStake").asText()).isEqualTo("450.00");
            assertThat(daily.get("adjustment").get("kind").asText()).isEqualTo("REDUCE_UNITS");
            assertThat(daily.get("adjustment").get("value").asText()).isEqualTo("5.5");
            assertThat(root.get("invoices").get(1).get("findings")).isEmpty();

            assertThat(root.get("rulePacks")).hasSize(1);
            JsonNode pack = root.get("rulePacks").get(0);
            assertThat(pack.get("id").asText()).isEqualTo("demo");
            assertThat(pack.get("version").asText()).isEqualTo("1.0.0");
            assertThat(pack.get("sha256").asText()).isEqualTo(engine.ruleSets().get(0).sha256());

            StringWriter out = new StringWriter();
            ReportJson.write(reports, out);
            assertThat(MAPPER.readTree(out.toString())).isEqualTo(root);
        }
    }

    @Test
    void writesNullsForInvoiceLevelFindingsWithoutAdjustment() throws Exception {
        String drl = """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "FIRM-ANY"
                when
                    $i : InvoiceFact()
                then
                    insert(Violation.onInvoice($i, "Invoice " + $i.invoiceNumber() + " was checked."));
                end
                """;
        try (RuleEngine engine = RuleEngine.builder().addString("any", "2", drl).build()) {
            ComplianceReport report = engine.check(Fixtures.invoice("J-3")
                    .fee(Fixtures.PARTNER, Fixtures.MONDAY, "1", "L110").build(), null, null);
            JsonNode finding = MAPPER.readTree(ReportJson.toJson(report)).get("invoices").get(0).get("findings").get(0);
            assertThat(finding.get("lineItemNumber").isNull()).isTrue();
            assertThat(finding.get("sourceLine").isNull()).isTrue();
            assertThat(finding.get("adjustment").isNull()).isTrue();
            assertThat(finding.get("amountAtStake").asText()).isEqualTo("0.00");
            assertThat(finding.get("citation").asText()).isEmpty();
        }
    }

    @Test
    void givesTheSumAtStakeAndTheExposureThatCountsALineOnce() throws Exception {
        String drl = """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                import java.math.BigDecimal;
                rule "FIRM-RATE"
                when
                    LineContext($l : line)
                then
                    insert(Violation.onLine($l, "rate").withAmountAtStake(BigDecimal.valueOf(100)));
                end
                rule "FIRM-NARRATIVE"
                when
                    LineContext($l : line)
                then
                    insert(Violation.onLine($l, "narrative").withAmountAtStake(BigDecimal.valueOf(60)));
                end
                rule "FIRM-BUDGET"
                when
                    $i : InvoiceFact()
                then
                    insert(Violation.onInvoice($i, "budget").withAmountAtStake(BigDecimal.valueOf(30)));
                end
                """;
        try (RuleEngine engine = RuleEngine.builder().addString("overlap", "1", drl).build()) {
            // one line of 1 h at 450.00: two rules question the same line, one the invoice
            ComplianceReport report = engine.check(Fixtures.invoice("J-4")
                    .fee(Fixtures.PARTNER, Fixtures.MONDAY, "1", "L110").build(), null, null);

            assertThat(report.amountAtStake().amount()).isEqualByComparingTo("190.00");
            assertThat(report.exposure().amount()).isEqualByComparingTo("130.00");
            JsonNode inv = MAPPER.readTree(ReportJson.toJson(report)).get("invoices").get(0);
            assertThat(inv.get("amountAtStake").asText()).isEqualTo("190.00");
            assertThat(inv.get("exposure").asText()).isEqualTo("130.00");
        }
    }

    @Test
    void exposureNeverExceedsTheInvoice() {
        String drl = """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                import java.math.BigDecimal;
                rule "FIRM-BUDGET"
                when
                    $i : InvoiceFact()
                then
                    insert(Violation.onInvoice($i, "budget").withAmountAtStake(BigDecimal.valueOf(5000)));
                end
                """;
        try (RuleEngine engine = RuleEngine.builder().addString("over", "1", drl).build()) {
            ComplianceReport report = engine.check(Fixtures.invoice("J-5")
                    .fee(Fixtures.PARTNER, Fixtures.MONDAY, "1", "L110").build(), null, null);

            assertThat(report.amountAtStake().amount()).isEqualByComparingTo("5000.00");
            assertThat(report.exposure().amount()).isEqualByComparingTo("450.00");
        }
    }

    @Test
    void writesTheDocumentByteForByteAsDocumented() {
        String drl = """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "FIRM-ANY"
                when
                    $i : InvoiceFact()
                then
                    insert(Violation.onInvoice($i, "Invoice " + $i.invoiceNumber() + " was checked."));
                end
                """;
        Invoice invoice = Fixtures.invoice("J-6").fee(Fixtures.PARTNER, Fixtures.MONDAY, "6.5", "L110")
                .fee(Fixtures.PARTNER, Fixtures.MONDAY, "4.5", null).build();
        try (RuleEngine engine = RuleEngine.builder().addBundled("demo").addString("any", "2", drl).build()) {
            String json = ReportJson.toJson(engine.check(invoice, null, null));
            StringWriter out = new StringWriter();
            ReportJson.write(List.of(engine.check(invoice, null, null)), out);
            assertThat(out.toString()).isEqualTo(json);
            assertThat(json.replace(engine.ruleSets().get(0).sha256(), "SHA-DEMO")
                    .replace(engine.ruleSets().get(1).sha256(), "SHA-ANY")).isEqualTo("""
                {
                  "invoices" : [ {
                    "invoiceNumber" : "J-6",
                    "currency" : "USD",
                    "total" : "4950.00",
                    "profile" : "defaults",
                    "amountAtStake" : "2475.00",
                    "exposure" : "2475.00",
                    "findings" : [ {
                      "ruleId" : "FIRM-ANY",
                      "ruleSet" : "any",
                      "severity" : "WARNING",
                      "action" : "FLAG",
                      "lineItemNumber" : null,
                      "sourceLine" : null,
                      "message" : "Invoice J-6 was checked.",
                      "citation" : "",
                      "amountAtStake" : "0.00",
                      "adjustment" : null
                    }, {
                      "ruleId" : "DEMO-DAILY-HOURS",
                      "ruleSet" : "demo",
                      "severity" : "WARNING",
                      "action" : "ADJUST",
                      "lineItemNumber" : "1",
                      "sourceLine" : 3,
                      "message" : "Timekeeper TK-P1 billed 11.0 hours on 2026-03-02 across 2 entries, above the daily cap of 10 hours by 1.0 hours.",
                      "citation" : "Client billing guidelines: daily hour cap",
                      "amountAtStake" : "450.00",
                      "adjustment" : {
                        "kind" : "REDUCE_UNITS",
                        "value" : "5.5",
                        "description" : "reduce units to 5.5"
                      }
                    }, {
                      "ruleId" : "DEMO-BLANK-TASK-CODE",
                      "ruleSet" : "demo",
                      "severity" : "ERROR",
                      "action" : "REJECT",
                      "lineItemNumber" : "2",
                      "sourceLine" : 4,
                      "message" : "Line 2 (4.5 hours on 2026-03-02) has no UTBMS task code; the guidelines require one on every fee entry.",
                      "citation" : "Client billing guidelines: UTBMS coding required",
                      "amountAtStake" : "2025.00",
                      "adjustment" : {
                        "kind" : "DISALLOW",
                        "value" : "",
                        "description" : "disallow the line"
                      }
                    } ]
                  } ],
                  "rulePacks" : [ {
                    "id" : "demo",
                    "version" : "1.0.0",
                    "sha256" : "SHA-DEMO"
                  }, {
                    "id" : "any",
                    "version" : "2",
                    "sha256" : "SHA-ANY"
                  } ]
                }""");
        }
    }
}
