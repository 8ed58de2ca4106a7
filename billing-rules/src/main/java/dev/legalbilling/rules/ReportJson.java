package dev.legalbilling.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * (by id and hash) across all invoices. Fields are only ever added. Stateless; thread-safe.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReportJson() {
    }

    /**
     * @param reports reports, one per invoice
     * @return the JSON document, pretty-printed
     */
    public static String toJson(List<ComplianceReport> reports) {
        try {
            return MAPPER.writeValueAsString(tree(reports));
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
            MAPPER.writeValue(out, tree(reports));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(List<ComplianceReport> reports) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode invoices = root.putArray("invoices");
        Map<String, RuleSetInfo> packs = new LinkedHashMap<>();
        for (ComplianceReport r : reports) {
            ObjectNode inv = invoices.addObject();
            inv.put("invoiceNumber", r.invoiceNumber().value());
            inv.put("currency", r.total().currency().getCurrencyCode());
            inv.put("total", r.total().amount().toPlainString());
            inv.put("profile", r.profileId());
            inv.put("amountAtStake", r.amountAtStake().amount().toPlainString());
            inv.put("exposure", r.exposure().amount().toPlainString());
            ArrayNode findings = inv.putArray("findings");
            for (Finding f : r.findings()) {
                ObjectNode n = findings.addObject();
                n.put("ruleId", f.ruleId());
                n.put("ruleSet", f.ruleSetId());
                n.put("severity", f.severity().name());
                n.put("action", f.action().name());
                if (f.lineItemNumber() == null) {
                    n.putNull("lineItemNumber");
                } else {
                    n.put("lineItemNumber", f.lineItemNumber());
                }
                if (f.sourceLine() > 0) {
                    n.put("sourceLine", f.sourceLine());
                } else {
                    n.putNull("sourceLine");
                }
                n.put("message", f.message());
                n.put("citation", f.citation());
                n.put("amountAtStake", f.amountAtStake().amount().toPlainString());
                if (f.adjustment() == null) {
                    n.putNull("adjustment");
                } else {
                    ObjectNode a = n.putObject("adjustment");
                    a.put("kind", f.adjustment().kind());
                    a.put("value", f.adjustment().value());
                    a.put("description", f.adjustment().describe());
                }
            }
            for (RuleSetInfo info : r.ruleSets()) {
                packs.putIfAbsent(info.id() + "@" + info.sha256(), info);
            }
        }
        ArrayNode rulePacks = root.putArray("rulePacks");
        for (RuleSetInfo info : packs.values()) {
            ObjectNode p = rulePacks.addObject();
            p.put("id", info.id());
            p.put("version", info.version());
            p.put("sha256", info.sha256());
        }
        return root;
    }
}
