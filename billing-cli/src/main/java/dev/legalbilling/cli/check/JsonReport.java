package dev.legalbilling.cli.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.rules.ReportJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
     * @param out where the document goes
     * @param run what the run found
     */
    static void print(PrintWriter out, CheckRun run) {
        out.println(toJson(run));
        out.flush();
    }

    static String toJson(CheckRun run) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(ReportJson.toJson(run.reports()));
            List<String> files = new ArrayList<>();
            run.files().forEach(f -> f.invoices().forEach(i -> files.add(f.file())));
            ArrayNode invoices = (ArrayNode) root.get("invoices");
            for (int i = 0; i < invoices.size(); i++) {
                ((ObjectNode) invoices.get(i)).put("file", files.get(i));
            }
            ArrayNode issues = root.putArray("formatIssues");
            ArrayNode errors = root.putArray("errors");
            for (CheckedFile f : run.files()) {
                for (FormatIssue issue : f.issues()) {
                    ObjectNode n = issues.addObject();
                    n.put("file", issue.file());
                    n.put("line", issue.line());
                    n.put("invoiceNumber", issue.invoiceNumber());
                    n.put("field", issue.field());
                    n.put("code", issue.code());
                    n.put("severity", issue.error() ? "ERROR" : "WARNING");
                    n.put("message", issue.message());
                }
                for (String error : f.errors()) {
                    ObjectNode n = errors.addObject();
                    n.put("file", f.file());
                    n.put("message", error);
                }
            }
            root.put("dialect", run.dialect());
            root.put("exitCode", run.exitCode());
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
