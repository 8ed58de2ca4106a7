package dev.legalbilling.connect.mycase;

import com.fasterxml.jackson.databind.JsonNode;
import dev.legalbilling.connect.ApiCallException;
import dev.legalbilling.connect.ConnectSettings;
import dev.legalbilling.connect.ImportQuery;
import dev.legalbilling.connect.ImportResult;
import dev.legalbilling.connect.MappingOptions;
import dev.legalbilling.connect.WorkSource;
import dev.legalbilling.connect.internal.HttpJson;
import dev.legalbilling.connect.internal.SourceRecords;
import dev.legalbilling.connect.internal.Values;
import dev.legalbilling.connect.internal.WorkAssembler;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings unbilled time entries and expenses, cases and staff in from MyCase's API v1.
 *
 * <p>Calls {@code GET /v1/staff}, {@code /v1/cases}, {@code /v1/time_entries} and {@code /v1/expenses} with
 * {@code page_size} (100 by default, at most 1000), following the {@code Link: <...>; rel="next"} header. MyCase has
 * no billed flag: an entry listed on an invoice ({@code invoices} not empty) is billed and skipped. It has no UTBMS
 * codes: give default codes ({@link MappingOptions#defaultTaskCode()}), else every entry is skipped with that
 * reason. {@code billable: false} is no-charge time; {@code rate} arrives as a string and is read exactly.
 * Thread-safe.
 */
public final class MyCaseClient implements WorkSource {
    /** The environment variable the CLI reads the token from. */
    public static final String TOKEN_VARIABLE = "MYCASE_TOKEN";
    /** MyCase's API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.mycase.com");

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel=\"?next\"?");
    private static final int DEFAULT_PAGE_SIZE = 100;

    private final ConnectSettings settings;
    private final HttpJson http;

    /** @param settings base URL, token and limits */
    public MyCaseClient(ConnectSettings settings) {
        this.settings = settings;
        this.http = new HttpJson("mycase", TOKEN_VARIABLE + " or --token-file", settings, Map.of());
    }

    @Override
    public String system() {
        return "mycase";
    }

    @Override
    public ImportResult fetch(ImportQuery query, MappingOptions mapping) {
        Instant started = settings.clock().instant();
        List<SourceRecords.User> staff = new ArrayList<>();
        each("/v1/staff", Map.of(), n -> staff.add(new SourceRecords.User(Values.text(n, "id"),
                Values.text(n, "first_name"), Values.text(n, "last_name"), decimalOrNull(n, "default_hourly_rate"))));
        List<SourceRecords.Matter> cases = new ArrayList<>();
        each("/v1/cases", Map.of(), n -> cases.add(new SourceRecords.Matter(Values.text(n, "id"),
                Values.text(n, "case_number"), Values.text(n, "name"), clientId(n), clientName(n),
                Values.text(n, "billing_type"), Values.text(n, "practice_area"))));
        Map<String, String> q = new LinkedHashMap<>();
        q.put("filter[entry_date_after]", query.since().minusDays(1).toString());
        q.put("filter[entry_date_before]", query.until().plusDays(1).toString());
        if (query.updatedSince() != null) {
            q.put("filter[updated_after]", query.updatedSince().toString());
        }
        List<SourceRecords.Entry> entries = new ArrayList<>();
        each("/v1/time_entries", q, n -> entries.add(entry(n, SourceRecords.Kind.TIME)));
        each("/v1/expenses", q, n -> entries.add(entry(n, SourceRecords.Kind.EXPENSE)));
        return new WorkAssembler("mycase", query, mapping).assemble(staff, cases, entries, started);
    }

    private void each(String path, Map<String, String> query, Consumer<JsonNode> sink) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put("page_size", String.valueOf(settings.pageSize() == 0 ? DEFAULT_PAGE_SIZE : settings.pageSize()));
        URI uri = http.uri(path, q);
        for (int page = 1;; page++) {
            HttpJson.Response r = http.get(uri, page);
            for (JsonNode n : http.records(r.body(), path, page, "data")) {
                if (Values.text(n, "id") == null) {
                    throw new ApiCallException("mycase", path, page, 200, "a record without an id");
                }
                sink.accept(n);
            }
            Optional<String> next = next(r.header("Link").orElse(null));
            if (next.isEmpty()) {
                return;
            }
            uri = http.sameOrigin(next.get(), path, page + 1);
        }
    }

    /**
     * @param link a {@code Link} header, or null
     * @return the URL marked {@code rel="next"}
     */
    static Optional<String> next(String link) {
        if (link == null) {
            return Optional.empty();
        }
        for (String part : link.split(",(?=\\s*<)")) {
            Matcher m = NEXT.matcher(part.strip());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    static SourceRecords.Entry entry(JsonNode n, SourceRecords.Kind kind) {
        String problem = null;
        LocalDate date = null;
        BigDecimal hours = null;
        BigDecimal rate = null;
        BigDecimal units = null;
        try {
            date = Values.date(Values.text(n, "entry_date"));
        } catch (DateTimeParseException e) {
            problem = "date is not YYYY-MM-DD";
        }
        try {
            if (kind == SourceRecords.Kind.TIME) {
                hours = Values.decimal(n, "hours");
                rate = Values.decimal(n, "rate");
            } else {
                units = Values.decimal(n, "units");
                rate = Values.decimal(n, "cost");
            }
        } catch (NumberFormatException e) {
            problem = "a number is malformed";
        }
        if (Values.bool(n, false, "flat_fee")) {
            problem = "a flat-fee item (bill it from the matter's flat-fee arrangement)";
        }
        JsonNode invoices = Values.at(n, "invoices");
        boolean billed = invoices != null && invoices.isArray() && invoices.size() > 0;
        String narrative = Values.text(n, "description");
        if (narrative == null) {
            narrative = Values.text(n, "activity_name");
        }
        return new SourceRecords.Entry(kind, Values.text(n, "id"), Values.text(n, "case", "id"),
                Values.text(n, "staff", "id"), date, hours, rate, units, null, narrative, null, null, null,
                Values.bool(n, true, "billable"), billed, Values.text(n, "currency"), problem);
    }

    private static String clientId(JsonNode n) {
        JsonNode clients = Values.at(n, "clients");
        if (clients != null && clients.isArray() && clients.size() > 0) {
            return Values.text(clients.get(0), "id");
        }
        return Values.text(n, "client", "id");
    }

    private static String clientName(JsonNode n) {
        JsonNode clients = Values.at(n, "clients");
        if (clients != null && clients.isArray() && clients.size() > 0) {
            return Values.text(clients.get(0), "name");
        }
        return Values.text(n, "client", "name");
    }

    private static BigDecimal decimalOrNull(JsonNode n, String field) {
        try {
            return Values.decimal(n, field);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @return the host only */
    @Override
    public String toString() {
        return "MyCaseClient[" + settings.baseUrl().getHost() + "]";
    }
}
