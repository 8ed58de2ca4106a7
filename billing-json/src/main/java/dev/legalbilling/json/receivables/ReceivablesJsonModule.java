package dev.legalbilling.json.receivables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.internal.StringValueJson;
import dev.legalbilling.receivables.CreditNoteNumber;
import dev.legalbilling.receivables.PaymentId;
import dev.legalbilling.receivables.Posting;
import dev.legalbilling.receivables.aging.AgingReport;
import dev.legalbilling.receivables.reminder.ReminderRun;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Jackson module for accounts receivable, to register next to {@link dev.legalbilling.json.BillingJsonModule}:
 * {@link Posting postings} with a {@code "type"} discriminator (through a mix-in, so billing-core carries no
 * annotations), payment ids and credit note numbers as plain strings, {@link ReceivableInvoice} entries of an
 * invoices file, and the output shapes of {@link AgingReport} and {@link ReminderRun}. The formats are described in
 * the {@linkplain dev.legalbilling.json.receivables package documentation}.
 *
 * <p>{@link #mapper()} and {@link #yamlMapper()} return mappers with both modules and the
 * {@link BillingJson#configure billing configuration}. Thread-safe once registered, like every Jackson module.
 */
public final class ReceivablesJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    private static final ObjectMapper JSON = mapper();

    /** Creates the module. */
    public ReceivablesJsonModule() {
        super("legalbilling-receivables", Version.unknownVersion());
        StringValueJson.register(this, PaymentId.class, PaymentId::value, PaymentId::of);
        StringValueJson.register(this, CreditNoteNumber.class, CreditNoteNumber::value, CreditNoteNumber::of);
        setMixInAnnotation(Posting.class, PostingMixIn.class);
        addSerializer(ReceivableInvoice.class, new ReceivableInvoiceJson.Serializer());
        addDeserializer(ReceivableInvoice.class, new ReceivableInvoiceJson.Deserializer());
        addSerializer(AgingReport.class, new AgingReportSerializer());
        addSerializer(ReminderRun.class, new ReminderRunSerializer());
    }

    /** @return a new JSON mapper with the billing configuration, {@code BillingJsonModule} and this module */
    public static ObjectMapper mapper() {
        return BillingJson.mapper().registerModule(new ReceivablesJsonModule());
    }

    /** @return a new YAML mapper with the billing configuration, {@code BillingJsonModule} and this module */
    public static ObjectMapper yamlMapper() {
        return BillingJson.yamlMapper().registerModule(new ReceivablesJsonModule());
    }

    /**
     * @param path a file ending in {@code .yaml} or {@code .yml} (YAML) or anything else (JSON)
     * @return a new mapper for that file's format, with this module
     */
    public static ObjectMapper mapperFor(Path path) {
        String name = Objects.requireNonNull(path, "path").getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? yamlMapper() : mapper();
    }

    /**
     * @param asOf the report date; not null
     * @param reports one aging report per currency (as {@link AgingReport#allCurrencies} returns them); not null
     * @return {@code {"asOf": ..., "reports": [...]}} as indented JSON ending with a line feed (what
     *     {@code billing ar aging --format json} prints)
     */
    public static String agingToJson(LocalDate asOf, List<AgingReport> reports) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(reports, "reports");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", asOf.toString());
        document.put("reports", List.copyOf(reports));
        return write(document);
    }

    /**
     * @param run a reminder run; not null
     * @return the run as indented JSON ending with a line feed (what {@code billing ar reminders --format json}
     *     prints)
     */
    public static String reminderRunToJson(ReminderRun run) {
        return write(Objects.requireNonNull(run, "run"));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("receivables reports are always serialisable", e);
        }
    }
}
