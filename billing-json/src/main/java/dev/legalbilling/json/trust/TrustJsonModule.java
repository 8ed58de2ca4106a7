package dev.legalbilling.json.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.legalbilling.trust.ReconciliationReport;
import java.io.UncheckedIOException;

/**
 * Jackson module for the trust package's output types: registers {@link ReconciliationReportSerializer} so any
 * {@link ObjectMapper} can write a {@link ReconciliationReport}. Domain types carry no annotations.
 *
 * <p>Journal files have their own fixed, canonical line format ({@link TrustJournalFile}) and bank statements their
 * own reader ({@link BankStatementReader}); neither goes through this module.
 */
public final class TrustJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    private static final ObjectMapper PRETTY = JsonMapper.builder().addModule(new TrustJsonModule())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Creates the module. */
    public TrustJsonModule() {
        super("legalbilling-trust");
        addSerializer(ReconciliationReport.class, new ReconciliationReportSerializer());
    }

    /**
     * @param report a reconciliation report; not null
     * @return the report as indented JSON, ending with a line feed (what {@code --format json} prints)
     */
    public static String toJson(ReconciliationReport report) {
        try {
            return PRETTY.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a reconciliation report is always serialisable", e);
        }
    }
}
