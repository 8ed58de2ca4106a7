package dev.legalbilling.report;

import dev.legalbilling.BillingException;
import java.util.Objects;

/**
 * A report or letter template that cannot be used: missing, unreadable, too large, malformed, or a name that is not
 * a plain template name. Code {@code REPORT_TEMPLATE}. Immutable.
 */
public final class TemplateException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String template;

    /**
     * @param template the template file or name concerned; never null
     * @param problem what is wrong with it, e.g. {@code "is not a directory of templates"}; never null
     */
    public TemplateException(String template, String problem) {
        super("REPORT_TEMPLATE", Objects.requireNonNull(template, "template") + ": "
                + Objects.requireNonNull(problem, "problem"));
        this.template = template;
    }

    /** @return the template file or name concerned */
    public String template() {
        return template;
    }
}
