package dev.legalbilling.json.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.legalbilling.trust.LedgerStatement;
import dev.legalbilling.trust.ReconciliationReport;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Jackson module for the trust package's output types: registers {@link ReconciliationReportSerializer} and
 * {@link LedgerStatementSerializer} (without privileged text) so any {@link ObjectMapper} can write a
 * {@link ReconciliationReport} or a {@link LedgerStatement}. Domain types carry no annotations.
 *
 * <p>Journal files have their own fixed, canonical line format ({@link TrustJournalFile}) and bank statements their
 * own reader ({@link BankStatementReader}); neither goes through this module.
 */
public final class TrustJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    private static final ObjectMapper PRETTY = JsonMapper.builder().addModule(new TrustJsonModule())
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ObjectMapper PRETTY_PRIVILEGED = JsonMapper.builder()
            .addModule(new SimpleModule("legalbilling-trust-privileged")
                    .addSerializer(LedgerStatement.class, new LedgerStatementSerializer(true)))
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Creates the module. */
    public TrustJsonModule() {
        super("legalbilling-trust");
        addSerializer(ReconciliationReport.class, new ReconciliationReportSerializer());
        addSerializer(LedgerStatement.class, new LedgerStatementSerializer(false));
    }

    /**
     * @param statements ledger statements; not null
     * @param includePrivileged whether to write payee names and memos (privileged)
     * @return {@code {"statements": [...]}} as indented JSON, ending with a line feed (what
     *     {@code billing trust ledger --format json} prints); each statement as {@link LedgerStatementSerializer}
     *     writes it
     */
    public static String toJson(List<LedgerStatement> statements, boolean includePrivileged) {
        ObjectMapper mapper = includePrivileged ? PRETTY_PRIVILEGED : PRETTY;
        try {
            return mapper.writeValueAsString(Map.of("statements", statements)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a ledger statement is always serialisable", e);
        }
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
