package dev.legalbilling.connect.clio;

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
import java.math.RoundingMode;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Brings unbilled time and expenses, the matters they belong to and the users who recorded them in from Clio
 * Manage's API v4.
 *
 * <p>Calls {@code GET /api/v4/users.json}, {@code /api/v4/matters.json} and {@code /api/v4/activities.json}, each
 * with an explicit {@code fields} list (Clio returns only {@code id} and {@code etag} otherwise), {@code limit}
 * (200 by default) and {@code order=id(asc)} (cursor paging), following {@code meta.paging.next} to the end.
 * Activities are filtered with {@code start_date}, {@code end_date}, {@code status=unbilled} and, on an incremental
 * run, {@code updated_since}; billed activities the server returns anyway are skipped.
 *
 * <p><b>Hours.</b> From API version 4.0.4 an activity's {@code quantity} is in seconds (it was hours before). The
 * client always asks for {@code quantity_in_hours} and reads it; only when an activity lacks it is {@code quantity}
 * used, as seconds unless a version before 4.0.4 is pinned with {@code X-API-VERSION}
 * ({@link ConnectSettings#apiVersion()}). So a 1.5-hour entry is never billed as 5,400 hours.
 *
 * <p>Thread-safe; every {@link #fetch} is independent.
 */
public final class ClioClient implements WorkSource {
    /** The environment variable the CLI reads the token from. */
    public static final String TOKEN_VARIABLE = "CLIO_TOKEN";

    static final String ACTIVITY_FIELDS = "id,type,date,quantity_in_hours,quantity,price,total,note,billed,"
            + "non_billable,no_charge,currency,user{id,name},matter{id,display_number},"
            + "activity_description{id,name,utbms_task_id,utbms_activity_id},utbms_expense{id,code},"
            + "expense_category{id,name,utbms_code}";
    static final String MATTER_FIELDS = "id,display_number,description,billing_method,practice_area{name},"
            + "client{id,name,ledes_client_id}";
    static final String USER_FIELDS = "id,first_name,last_name,name,rate";
    private static final int DEFAULT_PAGE_SIZE = 200;

    private final ConnectSettings settings;
    private final HttpJson http;

    /**
     * @param settings base URL (a {@link ClioRegion}'s or a proxy's), token and limits
     */
    public ClioClient(ConnectSettings settings) {
        this.settings = settings;
        Map<String, String> headers = new LinkedHashMap<>();
        if (settings.apiVersion() != null) {
            headers.put("X-API-VERSION", settings.apiVersion());
        }
        this.http = new HttpJson("clio", TOKEN_VARIABLE + " or --token-file", settings, headers);
    }

    @Override
    public String system() {
        return "clio";
    }

    @Override
    public ImportResult fetch(ImportQuery query, MappingOptions mapping) {
        Instant started = settings.clock().instant();
        WorkAssembler assembler = new WorkAssembler("clio", query, mapping);
        List<SourceRecords.User> users = new ArrayList<>();
        each("/api/v4/users.json", Map.of("fields", USER_FIELDS), node -> users.add(user(node)));
        List<SourceRecords.Matter> matters = new ArrayList<>();
        each("/api/v4/matters.json", Map.of("fields", MATTER_FIELDS), node -> matters.add(matter(node)));
        Map<String, String> q = new LinkedHashMap<>();
        q.put("fields", ACTIVITY_FIELDS);
        q.put("start_date", query.since().toString());
        q.put("end_date", query.until().toString());
        q.put("status", "unbilled");
        if (query.updatedSince() != null) {
            q.put("updated_since", query.updatedSince().toString());
        }
        List<SourceRecords.Entry> entries = new ArrayList<>();
        each("/api/v4/activities.json", q, node -> entries.add(activity(node, settings.apiVersion())));
        return assembler.assemble(users, matters, entries, started);
    }

    private void each(String path, Map<String, String> query, Consumer<JsonNode> sink) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put("order", "id(asc)");
        q.put("limit", String.valueOf(settings.pageSize() == 0 ? DEFAULT_PAGE_SIZE : settings.pageSize()));
        URI uri = http.uri(path, q);
        for (int page = 1;; page++) {
            HttpJson.Response r = http.get(uri, page);
            JsonNode data = r.body().get("data");
            if (data == null || !data.isArray()) {
                throw new ApiCallException("clio", path, page, 200, "the body has no 'data' array");
            }
            for (JsonNode node : data) {
                if (!node.isObject() || Values.text(node, "id") == null) {
                    throw new ApiCallException("clio", path, page, 200, "a record without an id");
                }
                sink.accept(node);
            }
            String next = Values.text(r.body(), "meta", "paging", "next");
            if (next == null) {
                return;
            }
            uri = http.sameOrigin(next, path, page + 1);
        }
    }

    private static SourceRecords.User user(JsonNode n) {
        String first = Values.text(n, "first_name");
        String last = Values.text(n, "last_name");
        if (last == null && Values.text(n, "name") != null) {
            String name = Values.text(n, "name");
            int sp = name.lastIndexOf(' ');
            first = sp < 0 ? "" : name.substring(0, sp);
            last = sp < 0 ? name : name.substring(sp + 1);
        }
        BigDecimal rate;
        try {
            rate = Values.decimal(n, "rate");
        } catch (NumberFormatException e) {
            rate = null;
        }
        return new SourceRecords.User(Values.text(n, "id"), first, last, rate);
    }

    private static SourceRecords.Matter matter(JsonNode n) {
        String clientId = Values.text(n, "client", "ledes_client_id");
        if (clientId == null) {
            clientId = Values.text(n, "client", "id");
        }
        return new SourceRecords.Matter(Values.text(n, "id"), Values.text(n, "display_number"),
                Values.text(n, "description"), clientId, Values.text(n, "client", "name"),
                Values.text(n, "billing_method"), Values.text(n, "practice_area", "name"));
    }

    /**
     * Reads one activity.
     *
     * @param n the activity's JSON
     * @param pinnedVersion the version pinned with X-API-VERSION, or null
     * @return the neutral entry, with a problem when it cannot be read
     */
    static SourceRecords.Entry activity(JsonNode n, String pinnedVersion) {
        String type = Values.text(n, "type");
        boolean expense = type != null && (type.equals("ExpenseEntry") || type.endsWith("CostEntry"));
        String id = Values.text(n, "id");
        String problem = null;
        java.time.LocalDate date = null;
        BigDecimal hours = null;
        BigDecimal price = null;
        BigDecimal quantity = null;
        BigDecimal total = null;
        try {
            date = Values.date(Values.text(n, "date"));
        } catch (DateTimeParseException e) {
            problem = "date is not YYYY-MM-DD";
        }
        try {
            price = Values.decimal(n, "price");
            total = Values.decimal(n, "total");
            if (expense) {
                quantity = Values.decimal(n, "quantity");
            } else {
                hours = hours(n, pinnedVersion);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            problem = "a number is malformed";
        }
        boolean billable = !Values.bool(n, false, "non_billable") && !Values.bool(n, false, "no_charge");
        String currency = Values.text(n, "currency");
        if (currency == null) {
            currency = Values.text(n, "currency", "code");
        }
        String expenseCode = code(Values.text(n, "utbms_expense", "code"), 'E');
        if (expenseCode == null) {
            expenseCode = code(Values.text(n, "expense_category", "utbms_code"), 'E');
        }
        return new SourceRecords.Entry(expense ? SourceRecords.Kind.EXPENSE : SourceRecords.Kind.TIME, id,
                Values.text(n, "matter", "id"), Values.text(n, "user", "id"), date, hours, price, quantity, total,
                Values.text(n, "note"), code(Values.text(n, "activity_description", "utbms_task_id"), null),
                code(Values.text(n, "activity_description", "utbms_activity_id"), 'A'), expenseCode,
                billable, Values.bool(n, false, "billed"), currency, problem);
    }

    /**
     * The hours of a time activity: {@code quantity_in_hours} when present; else {@code quantity}, in seconds from
     * API 4.0.4 (and when no version is pinned), in hours for an older pinned version.
     */
    static BigDecimal hours(JsonNode n, String pinnedVersion) {
        BigDecimal inHours = Values.decimal(n, "quantity_in_hours");
        if (inHours != null) {
            return inHours;
        }
        BigDecimal quantity = Values.decimal(n, "quantity");
        if (quantity == null) {
            return null;
        }
        if (pinnedVersion != null && before404(pinnedVersion)) {
            return quantity;
        }
        BigDecimal h = quantity.divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_UP).stripTrailingZeros();
        return h.scale() > 4 ? h.setScale(4, RoundingMode.HALF_UP) : h;
    }

    private static boolean before404(String version) {
        String[] p = version.split("\\.");
        int[] v = new int[3];
        try {
            for (int i = 0; i < 3 && i < p.length; i++) {
                v[i] = Integer.parseInt(p[i]);
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return v[0] < 4 || v[0] == 4 && v[1] == 0 && v[2] < 4;
    }

    /** A UTBMS code, when the value is one (Clio may give ids instead of codes; those are not used). */
    private static String code(String value, Character letter) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z][0-9]{3}")) {
            return null;
        }
        return letter == null || v.charAt(0) == letter ? v : null;
    }

    /** @return the host only, never the token */
    @Override
    public String toString() {
        return "ClioClient[" + settings.baseUrl().getHost() + "]";
    }
}
