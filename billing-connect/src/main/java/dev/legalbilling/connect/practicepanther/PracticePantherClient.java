package dev.legalbilling.connect.practicepanther;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Brings unbilled time entries and expenses, matters and users in from PracticePanther's API v2 (OAuth 2.0 bearer
 * token, OData queries).
 *
 * <p>Calls {@code GET /api/v2/users}, {@code /api/v2/matters}, {@code /api/v2/timeentries} and
 * {@code /api/v2/expenses}, paging with {@code $top} (100 by default) and {@code $skip} until a page comes back
 * short; the work date range goes in {@code $filter}, an incremental run adds {@code updated_since}. A body is an
 * array of records or an object holding one under {@code value} or {@code items}. Entries flagged
 * {@code is_billed} are skipped; {@code is_billable: false} is no-charge time. GUID ids longer than LEDES's 20
 * characters become timekeeper ids of their first 8 hex digits. Thread-safe.
 */
public final class PracticePantherClient implements WorkSource {
    /** The environment variable the CLI reads the token from. */
    public static final String TOKEN_VARIABLE = "PRACTICEPANTHER_TOKEN";
    /** PracticePanther's API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://app.practicepanther.com");

    private static final int DEFAULT_PAGE_SIZE = 100;

    private final ConnectSettings settings;
    private final HttpJson http;

    /** @param settings base URL, token and limits */
    public PracticePantherClient(ConnectSettings settings) {
        this.settings = settings;
        this.http = new HttpJson("practicepanther", TOKEN_VARIABLE + " or --token-file", settings, Map.of());
    }

    @Override
    public String system() {
        return "practicepanther";
    }

    @Override
    public ImportResult fetch(ImportQuery query, MappingOptions mapping) {
        Instant started = settings.clock().instant();
        List<SourceRecords.User> users = new ArrayList<>();
        each("/api/v2/users", Map.of(), n -> users.add(new SourceRecords.User(Values.text(n, "id"),
                Values.text(n, "first_name"), Values.text(n, "last_name"), decimalOrNull(n, "hourly_rate"))));
        List<SourceRecords.Matter> matters = new ArrayList<>();
        each("/api/v2/matters", Map.of(), n -> matters.add(new SourceRecords.Matter(Values.text(n, "id"),
                Values.text(n, "number"), Values.text(n, "name"), Values.text(n, "account_ref", "id"),
                Values.text(n, "account_ref", "display_name"), Values.text(n, "billing_method"),
                Values.text(n, "practice_area"))));
        Map<String, String> q = new LinkedHashMap<>();
        q.put("$filter", "date ge " + query.since() + " and date le " + query.until());
        if (query.updatedSince() != null) {
            q.put("updated_since", query.updatedSince().toString());
        }
        List<SourceRecords.Entry> entries = new ArrayList<>();
        each("/api/v2/timeentries", q, n -> entries.add(entry(n, SourceRecords.Kind.TIME)));
        each("/api/v2/expenses", q, n -> entries.add(entry(n, SourceRecords.Kind.EXPENSE)));
        return new WorkAssembler("practicepanther", query, mapping).assemble(users, matters, entries, started);
    }

    private void each(String path, Map<String, String> query, Consumer<JsonNode> sink) {
        int top = settings.pageSize() == 0 ? DEFAULT_PAGE_SIZE : settings.pageSize();
        for (int page = 1;; page++) {
            Map<String, String> q = new LinkedHashMap<>(query);
            q.put("$top", String.valueOf(top));
            q.put("$skip", String.valueOf((long) (page - 1) * top));
            HttpJson.Response r = http.get(http.uri(path, q), page);
            JsonNode records = http.records(r.body(), path, page, "value", "items");
            for (JsonNode n : records) {
                if (Values.text(n, "id") == null) {
                    throw new dev.legalbilling.connect.ApiCallException("practicepanther", path, page, 200,
                            "a record without an id");
                }
                sink.accept(n);
            }
            if (records.size() < top) {
                return;
            }
        }
    }

    static SourceRecords.Entry entry(JsonNode n, SourceRecords.Kind kind) {
        String problem = null;
        LocalDate date = null;
        BigDecimal hours = null;
        BigDecimal rate = null;
        BigDecimal qty = null;
        BigDecimal amount = null;
        try {
            date = Values.date(Values.text(n, "date"));
        } catch (DateTimeParseException e) {
            problem = "date is not YYYY-MM-DD";
        }
        try {
            if (kind == SourceRecords.Kind.TIME) {
                hours = Values.decimal(n, "hours");
                rate = Values.decimal(n, "rate");
            } else {
                qty = Values.decimal(n, "qty");
                rate = Values.decimal(n, "price");
                amount = Values.decimal(n, "amount");
            }
        } catch (NumberFormatException e) {
            problem = "a number is malformed";
        }
        String task = upper(Values.text(n, "task_code"));
        String expenseCode = null;
        if (kind == SourceRecords.Kind.EXPENSE) {
            expenseCode = task != null && task.startsWith("E") ? task : null;
            task = null;
        }
        return new SourceRecords.Entry(kind, Values.text(n, "id"), Values.text(n, "matter_ref", "id"),
                Values.text(n, "billed_by_user_ref", "id"), date, hours, rate, qty, amount,
                Values.text(n, "description"), task, upper(Values.text(n, "activity_code")), expenseCode,
                Values.bool(n, true, "is_billable"), Values.bool(n, false, "is_billed"), Values.text(n, "currency"),
                problem);
    }

    private static BigDecimal decimalOrNull(JsonNode n, String field) {
        try {
            return Values.decimal(n, field);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** @return the host only */
    @Override
    public String toString() {
        return "PracticePantherClient[" + settings.baseUrl().getHost() + "]";
    }
}
