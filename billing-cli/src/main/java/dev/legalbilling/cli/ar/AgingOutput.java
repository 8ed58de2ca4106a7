package dev.legalbilling.cli.ar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.json.receivables.ReceivablesJsonModule;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.aging.AgingReport;
import dev.legalbilling.report.AgingMetrics;
import dev.legalbilling.report.AgingPage;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON and HTML output of {@code billing ar aging}: the aging reports, and per currency the
 * {@link AgingMetrics} (days sales outstanding and collection realization over the trailing period). JSON is
 * {@link ReceivablesJsonModule#agingToJson} with one field added, {@code metrics}: per currency {@code currency},
 * {@code periodStart}, {@code periodEnd}, {@code receivables}, {@code billed}, {@code dso} (days, null when nothing
 * was invoiced), {@code invoiced}, {@code collected} and {@code collectionRealization} (percent, null when nothing
 * was invoiced). Stateless.
 */
final class AgingOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AgingOutput() {
    }

    static List<AgingMetrics> metrics(ReceivablesLedger ledger, LocalDate asOf, List<AgingReport> reports,
            int periodDays) {
        return reports.stream().map(r -> AgingMetrics.of(ledger, asOf, r.currency(), periodDays)).toList();
    }

    static String json(LocalDate asOf, List<AgingReport> reports, List<AgingMetrics> metrics) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(ReceivablesJsonModule.agingToJson(asOf, reports));
            ArrayNode array = root.putArray("metrics");
            for (AgingMetrics m : metrics) {
                ObjectNode n = array.addObject();
                n.put("currency", m.currency().getCurrencyCode());
                n.put("periodStart", m.dso().period().first().toString());
                n.put("periodEnd", m.dso().period().last().toString());
                n.put("receivables", m.dso().receivables().amount().toPlainString());
                n.put("billed", m.dso().billed().amount().toPlainString());
                n.put("dso", m.dso().days().map(d -> d.toPlainString()).orElse(null));
                n.put("invoiced", m.realization().invoiced().amount().toPlainString());
                n.put("collected", m.realization().collected().amount().toPlainString());
                n.put("collectionRealization", m.realization().collectionRealization().map(d -> d.toPlainString())
                        .orElse(null));
            }
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(LocalDate asOf, List<AgingReport> reports, List<AgingMetrics> metrics) {
        return AgingPage.render(asOf, reports, metrics);
    }
}
