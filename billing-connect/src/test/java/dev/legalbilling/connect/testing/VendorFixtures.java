package dev.legalbilling.connect.testing;

import dev.legalbilling.connect.testing.FixtureServer.Reply;
import java.util.Map;

/**
 * Responses shaped as each vendor documents them (Clio API v4 {@code data}/{@code meta.paging}, PracticePanther
 * OData arrays, MyCase arrays with a {@code Link} header), for one small firm's March 2026.
 */
public final class VendorFixtures {
    /** The token every fixture server expects; tests assert it never appears in any output. */
    public static final String TOKEN = "tok-SECRET-9f8e7d6c5b4a";

    private VendorFixtures() {
    }

    /** Clio users. */
    public static final String CLIO_USERS = """
            {"data": [
              {"id": 1001, "first_name": "Margaret", "last_name": "Hale", "name": "Margaret Hale", "rate": 450.0},
              {"id": 1002, "first_name": "Daniel", "last_name": "Okafor", "name": "Daniel Okafor", "rate": "300.00"}
            ], "meta": {"paging": {}, "records": 2}}
            """;

    /** Clio matters: one hourly, one flat; matter 503 was deleted and is not listed. */
    public static final String CLIO_MATTERS = """
            {"data": [
              {"id": 501, "display_number": "00042-Acme", "description": "Acme v. Globex", "billing_method": "hourly",
               "practice_area": {"name": "Litigation"},
               "client": {"id": 9001, "name": "Acme Insurance Company", "ledes_client_id": "ACME"}},
              {"id": 502, "display_number": "00043-Brown", "description": "Brown estate", "billing_method": "flat",
               "practice_area": null, "client": {"id": 9002, "name": "Brown Family Trust", "ledes_client_id": null}}
            ], "meta": {"paging": {}}}
            """;

    /** Page 1 of activities: the 1.5 h entry whose quantity is 5,400 seconds, a no-charge entry, a billed one. */
    public static final String CLIO_ACTIVITIES_1 = """
            {"data": [
              {"id": 70001, "type": "TimeEntry", "date": "2026-03-02", "quantity": 5400, "quantity_in_hours": 1.5,
               "price": 450.0, "total": 675.0, "note": "Draft complaint against Globex", "billed": false,
               "non_billable": false, "no_charge": false, "user": {"id": 1001, "name": "Margaret Hale"},
               "matter": {"id": 501, "display_number": "00042-Acme"},
               "activity_description": {"id": 1, "name": "Drafting", "utbms_task_id": "L210", "utbms_activity_id": "A103"}},
              {"id": 70002, "type": "TimeEntry", "date": "2026-03-03", "quantity": 7200, "quantity_in_hours": "2.0",
               "price": "300.00", "total": "600.00", "note": "Review docket", "billed": false, "no_charge": true,
               "user": {"id": 1002}, "matter": {"id": 501},
               "activity_description": {"utbms_task_id": "L120", "utbms_activity_id": "A104"}},
              {"id": 70003, "type": "TimeEntry", "date": "2026-03-04", "quantity_in_hours": 3.0, "price": 450,
               "note": "Billed last month", "billed": true, "user": {"id": 1001}, "matter": {"id": 501},
               "activity_description": {"utbms_task_id": "L210", "utbms_activity_id": "A103"}}
            ], "meta": {"paging": {"next": "${base}/api/v4/activities.json?page_token=P2&limit=200&order=id(asc)"}}}
            """;

    /** Page 2: an expense, an entry in euros, one on a deleted matter, one on the flat-fee matter. */
    public static final String CLIO_ACTIVITIES_2 = """
            {"data": [
              {"id": 70004, "type": "ExpenseEntry", "date": "2026-03-05", "quantity": 1, "price": 125.40,
               "total": 125.40, "note": "Filing fee", "billed": false, "user": {"id": 1001}, "matter": {"id": 501},
               "utbms_expense": {"id": 12, "code": "E112"}},
              {"id": 70005, "type": "TimeEntry", "date": "2026-03-06", "quantity_in_hours": 1.0, "price": 400,
               "currency": "EUR", "note": "Call with Paris counsel", "user": {"id": 1001}, "matter": {"id": 501},
               "activity_description": {"utbms_task_id": "L120", "utbms_activity_id": "A106"}},
              {"id": 70006, "type": "TimeEntry", "date": "2026-03-09", "quantity_in_hours": 0.7, "price": 450,
               "note": "Work on a deleted matter", "user": {"id": 1001}, "matter": {"id": 503},
               "activity_description": {"utbms_task_id": "L120", "utbms_activity_id": "A104"}},
              {"id": 70007, "type": "TimeEntry", "date": "2026-03-10", "quantity_in_hours": 1.0, "price": 450,
               "note": "Estate inventory", "user": {"id": 1001}, "matter": {"id": 502},
               "activity_description": {"utbms_task_id": "L110", "utbms_activity_id": "A101"}}
            ], "meta": {"paging": {"previous": "${base}/api/v4/activities.json?page_token=P1"}}}
            """;

    /**
     * @param server the server to prime with the Clio firm
     * @return the server
     */
    public static FixtureServer clio(FixtureServer server) {
        return server.on("/api/v4/users.json", Reply.ok(CLIO_USERS))
                .on("/api/v4/matters.json", Reply.ok(CLIO_MATTERS))
                .on("/api/v4/activities.json?page_token=P2", Reply.ok(CLIO_ACTIVITIES_2))
                .on("/api/v4/activities.json", Reply.ok(CLIO_ACTIVITIES_1));
    }

    /** PracticePanther users (GUID ids). */
    public static final String PP_USERS = """
            [{"id": "6f1c2b8e-0d4a-4e55-9c3e-1a2b3c4d5e6f", "first_name": "Ana", "last_name": "Ruiz",
              "hourly_rate": "350.00"}]
            """;

    /** PracticePanther matters. */
    public static final String PP_MATTERS = """
            [{"id": "a1b2c3d4-1111-2222-3333-444455556666", "number": "PP-17", "name": "Ruiz v. Delta",
              "account_ref": {"id": "ACC-5", "display_name": "Delta Claims Ltd"}}]
            """;

    /**
     * @param server the server to prime with the PracticePanther firm: two pages of time entries ({@code $top=2})
     * @return the server
     */
    public static FixtureServer practicePanther(FixtureServer server) {
        String m = "\"matter_ref\": {\"id\": \"a1b2c3d4-1111-2222-3333-444455556666\"}";
        String u = "\"billed_by_user_ref\": {\"id\": \"6f1c2b8e-0d4a-4e55-9c3e-1a2b3c4d5e6f\"}";
        return server.on("/api/v2/users", Reply.ok(PP_USERS))
                .on("/api/v2/matters", Reply.ok(PP_MATTERS))
                .on("/api/v2/timeentries?%24skip=0", Reply.ok("[{\"id\": \"t1\", \"date\": \"2026-03-02T00:00:00Z\","
                        + " \"hours\": 1.25, \"rate\": \"350.00\", \"is_billable\": true, \"is_billed\": false,"
                        + " \"description\": \"Draft motion\", \"task_code\": \"L250\", \"activity_code\": \"A103\", "
                        + m + ", " + u + "}, {\"id\": \"t2\", \"date\": \"2026-03-03\", \"hours\": \"0.5\","
                        + " \"rate\": 350, \"is_billable\": true, \"is_billed\": true, \"description\": \"x\","
                        + " \"task_code\": \"L250\", " + m + ", " + u + "}]"))
                .on("/api/v2/timeentries?%24skip=2", Reply.ok("[{\"id\": \"t3\", \"date\": \"2026-03-04\","
                        + " \"hours\": 2, \"rate\": \"350.00\", \"is_billable\": false, \"is_billed\": false,"
                        + " \"description\": \"Courtesy call\", \"task_code\": \"L120\", \"activity_code\": \"A106\", "
                        + m + ", " + u + "}]"))
                .on("/api/v2/expenses", Reply.ok("{\"value\": [{\"id\": \"e1\", \"date\": \"2026-03-05\", \"qty\": 120,"
                        + " \"price\": \"0.10\", \"amount\": \"12.00\", \"is_billable\": true, \"is_billed\": false,"
                        + " \"description\": \"Copies\", \"task_code\": \"E101\", " + m + "}]}"));
    }

    /**
     * @param server the server to prime with the MyCase firm: time entries over two pages linked by {@code Link}
     * @return the server
     */
    public static FixtureServer myCase(FixtureServer server) {
        return server.on("/v1/staff", Reply.ok("[{\"id\": 31, \"first_name\": \"Lee\", \"last_name\": \"Chan\","
                        + " \"default_hourly_rate\": \"275.0\"}]"))
                .on("/v1/cases", Reply.ok("[{\"id\": 801, \"case_number\": \"MC-2026-3\", \"name\": \"Chan estate\","
                        + " \"billing_type\": \"hourly\", \"practice_area\": \"Estate Planning\","
                        + " \"clients\": [{\"id\": 77, \"name\": \"Estate of Chan\"}]}]"))
                .on("/v1/time_entries?page_token=N2", Reply.ok("[{\"id\": 5, \"entry_date\": \"2026-03-12\","
                        + " \"hours\": 0.8, \"rate\": \"275.0\", \"billable\": true, \"description\": \"Call with"
                        + " executor\", \"case\": {\"id\": 801}, \"staff\": {\"id\": 31}, \"invoices\": [{\"id\": 9}]}]"))
                .on("/v1/time_entries", new Reply(200, Map.of("Link",
                        "<${base}/v1/time_entries?page_token=N2&page_size=100>; rel=\"next\""),
                        "[{\"id\": 4, \"entry_date\": \"2026-03-11\", \"hours\": \"1.5\", \"rate\": \"275.0\","
                        + " \"billable\": true, \"description\": \"Prepare inventory\", \"activity_name\": \"Drafting\","
                        + " \"case\": {\"id\": 801}, \"staff\": {\"id\": 31}, \"invoices\": []}]"))
                .on("/v1/expenses", Reply.ok("[{\"id\": 6, \"entry_date\": \"2026-03-13\", \"cost\": \"45.00\","
                        + " \"units\": 2, \"billable\": true, \"description\": \"Certified copies\","
                        + " \"case\": {\"id\": 801}, \"invoices\": []}]"));
    }
}
