package dev.legalbilling.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.legalbilling.json.BillingJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link ComplianceReport}s as JSON, the shape the command line prints (documented in
 * {@code docs/report-json.md}):
 *
 * <pre>{@code
 * {
 *   "invoices": [ {
 *     "invoiceNumber": "2026-0042", "currency": "USD", "total": "4250.00", "profile": "acme-2026",
 *     "amountAtStake": "600.00", "exposure": "600.00",
 *     "findings": [ {
 *       "ruleId": "DEMO-DAILY-HOURS", "ruleSet": "demo", "severity": "WARNING", "action": "ADJUST",
 *       "lineItemNumber": "3", "sourceLine": 12,
 *       "message": "Timekeeper TK1 billed 11.5 hours on 2026-03-02, above the daily cap of 10 hours.",
 *       "citation": "Acme OCG §4.2", "amountAtStake": "600.00",
 *       "adjustment": { "kind": "REDUCE_UNITS", "value": "4.0", "description": "reduce units to 4.0" }
 *     } ]
 *   } ],
 *   "rulePacks": [ { "id": "demo", "version": "1.0.0", "sha256": "…64 hex…" } ]
 * }
 * }</pre>
 *
 * <p>Amounts are decimal strings at the currency's scale, never JSON numbers; {@code lineItemNumber},
 * {@code sourceLine} and {@code adjustment} are {@code null} when absent; {@code rulePacks} lists each rule set once
 * (by id and hash) across all invoices. Fields are only ever added. Written with billing-json's mapper
 * ({@link BillingJson#mapper()}). Stateless; thread-safe.
 */
public final class ReportJson {
    /** billing-json's mapper, so that Jackson is configured in one place; nulls written where the shape has them. */
    private static final ObjectWriter WRITER = BillingJson.mapper().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReportJson() {
    }

    /**
     * @param reports reports, one per invoice
     * @return the JSON document, pretty-printed
     */
    public static String toJson(List<ComplianceReport> reports) {
        try {
            return WRITER.writeValueAsString(document(reports));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param report one report
     * @return the JSON document with one invoice
     */
    public static String toJson(ComplianceReport report) {
        return toJson(List.of(report));
    }

    /**
     * @param reports reports, one per invoice
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(List<ComplianceReport> reports, Writer out) {
        try {
            WRITER.writeValue(out, document(reports));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReportDocument document(List<ComplianceReport> reports) {
        List<InvoiceEntry> invoices = new ArrayList<>();
        Map<String, RuleSetInfo> packs = new LinkedHashMap<>();
        for (ComplianceReport r : reports) {
            List<FindingEntry> findings = new ArrayList<>();
            for (Finding f : r.findings()) {
                Adjustment a = f.adjustment();
                findings.add(new FindingEntry(f.ruleId(), f.ruleSetId(), f.severity().name(), f.action().name(),
                        f.lineItemNumber(), f.sourceLine() > 0 ? f.sourceLine() : null, f.message(), f.citation(),
                        f.amountAtStake().amount().toPlainString(),
                        a == null ? null : new AdjustmentEntry(a.kind(), a.value(), a.describe())));
            }
            invoices.add(new InvoiceEntry(r.invoiceNumber().value(), r.total().currency().getCurrencyCode(),
                    r.total().amount().toPlainString(), r.profileId(), r.amountAtStake().amount().toPlainString(),
                    r.exposure().amount().toPlainString(), findings));
            for (RuleSetInfo info : r.ruleSets()) {
                packs.putIfAbsent(info.id() + "@" + info.sha256(), info);
            }
        }
        List<RulePackEntry> rulePacks = new ArrayList<>();
        for (RuleSetInfo info : packs.values()) {
            rulePacks.add(new RulePackEntry(info.id(), info.version(), info.sha256()));
        }
        return new ReportDocument(invoices, rulePacks);
    }

    /** The document: its shape is the class comment's, key for key and in that order. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private record ReportDocument(List<InvoiceEntry> invoices, List<RulePackEntry> rulePacks) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    private record InvoiceEntry(String invoiceNumber, String currency, String total, String profile,
            String amountAtStake, String exposure, List<FindingEntry> findings) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    private record FindingEntry(String ruleId, String ruleSet, String severity, String action,
            String lineItemNumber, Integer sourceLine, String message, String citation, String amountAtStake,
            AdjustmentEntry adjustment) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    private record AdjustmentEntry(String kind, String value, String description) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    private record RulePackEntry(String id, String version, String sha256) {
    }
}
