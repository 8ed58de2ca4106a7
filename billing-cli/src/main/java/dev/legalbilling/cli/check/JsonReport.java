package dev.legalbilling.cli.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.ReportJson;
import dev.legalbilling.rules.RuleSetInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of {@code billing check}: the document of {@link ReportJson} ({@code docs/report-json.md}:
 * {@code invoices} with their {@code findings}, and {@code rulePacks}), with fields added, never changed:
 *
 * <ul>
 * <li>{@code invoices[].file}: the file the invoice was read from;</li>
 * <li>{@code formatIssues[]}: each format issue with {@code file}, {@code line} (0 for the whole file),
 *     {@code invoiceNumber} (null for the file), {@code field} (LEDES field or JSON key path, or null),
 *     {@code code} (e.g. {@code A301}), {@code severity} ({@code ERROR} or {@code WARNING}) and {@code message};</li>
 * <li>{@code errors[]}: each file or invoice that could not be read or checked, with {@code file} and
 *     {@code message};</li>
 * <li>{@code dialect}, {@code exitCode}.</li>
 * </ul>
 *
 * Stateless.
 */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /**
     * Writes the document as a stream, field by field, the bytes the tree of {@link ReportJson#toJson(List)} with
     * the fields above added would print (pretty-printed by this class's mapper, then a line end), without holding
     * the document in memory.
     *
     * @param out where the document goes
     * @param run what the run found
     */
    static void print(PrintWriter out, CheckRun run) {
        try (JsonGenerator g = MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("invoices");
            Map<String, RuleSetInfo> packs = new LinkedHashMap<>();
            for (CheckedFile f : run.files()) {
                for (CheckedInvoice i : f.invoices()) {
                    ComplianceReport r = i.report();
                    invoice(g, r, f.file());
                    for (RuleSetInfo info : r.ruleSets()) {
                        packs.putIfAbsent(info.id() + "@" + info.sha256(), info);
                    }
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rulePacks");
            for (RuleSetInfo info : packs.values()) {
                g.writeStartObject();
                g.writeStringField("id", info.id());
                g.writeStringField("version", info.version());
                g.writeStringField("sha256", info.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("formatIssues");
            for (CheckedFile f : run.files()) {
                for (FormatIssue issue : f.issues()) {
                    g.writeStartObject();
                    g.writeStringField("file", issue.file());
                    g.writeNumberField("line", issue.line());
                    g.writeStringField("invoiceNumber", issue.invoiceNumber());
                    g.writeStringField("field", issue.field());
                    g.writeStringField("code", issue.code());
                    g.writeStringField("severity", issue.error() ? "ERROR" : "WARNING");
                    g.writeStringField("message", issue.message());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (CheckedFile f : run.files()) {
                for (String error : f.errors()) {
                    g.writeStartObject();
                    g.writeStringField("file", f.file());
                    g.writeStringField("message", error);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeStringField("dialect", run.dialect());
            g.writeNumberField("exitCode", run.exitCode());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** One invoice as {@link ReportJson} writes it, then its {@code file}. */
    private static void invoice(JsonGenerator g, ComplianceReport r, String file) throws IOException {
        g.writeStartObject();
        g.writeStringField("invoiceNumber", r.invoiceNumber().value());
        g.writeStringField("currency", r.total().currency().getCurrencyCode());
        g.writeStringField("total", r.total().amount().toPlainString());
        g.writeStringField("profile", r.profileId());
        g.writeStringField("amountAtStake", r.amountAtStake().amount().toPlainString());
        g.writeStringField("exposure", r.exposure().amount().toPlainString());
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            g.writeStringField("ruleSet", f.ruleSetId());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("action", f.action().name());
            g.writeStringField("lineItemNumber", f.lineItemNumber());
            g.writeFieldName("sourceLine");
            if (f.sourceLine() > 0) {
                g.writeNumber(f.sourceLine());
            } else {
                g.writeNull();
            }
            g.writeStringField("message", f.message());
            g.writeStringField("citation", f.citation());
            g.writeStringField("amountAtStake", f.amountAtStake().amount().toPlainString());
            Adjustment a = f.adjustment();
            g.writeFieldName("adjustment");
            if (a == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeStringField("kind", a.kind());
                g.writeStringField("value", a.value());
                g.writeStringField("description", a.describe());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("file", file);
        g.writeEndObject();
    }
}
