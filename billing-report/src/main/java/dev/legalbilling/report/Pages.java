package dev.legalbilling.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The model every page shares: what kind of report, title, subtitle and footer. Stateless. */
final class Pages {
    private Pages() {
    }

    /**
     * @param kind the kind of report, e.g. {@code "Compliance check"}
     * @param title the page title
     * @param subtitle one line under the title, or null
     * @return a mutable model with {@code kind}, {@code title}, {@code subtitle} and {@code footer}
     */
    static Map<String, Object> page(String kind, String title, String subtitle) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("kind", kind);
        page.put("title", title);
        if (subtitle != null) {
            page.put("subtitle", subtitle);
        }
        page.put("footer", "Made by the billing command line. One self-contained page: nothing is loaded from the"
                + " network. Amounts are exact decimals, as in the JSON output.");
        return page;
    }

    /** @return e.g. {@code 1 error}, {@code 2 errors} */
    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
