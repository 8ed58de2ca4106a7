package dev.legalbilling.ledes.internal;

import dev.legalbilling.ledes.LedesErrorCode;
import dev.legalbilling.ledes.LedesIssue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the issues of one invoice (or of the file) up to a limit, counting the rest. Not part of the API; not
 * thread-safe.
 */
public final class Issues {
    private final int limit;
    private final List<LedesIssue> list = new ArrayList<>();
    private int suppressed;
    private int suppressedFromLine;
    private boolean suppressedError;
    private boolean error;
    private int count;

    /** @param limit most issues listed */
    public Issues(int limit) {
        this.limit = limit;
    }

    /** @param issue an issue, or null (switched off), which is ignored */
    public void add(LedesIssue issue) {
        if (issue == null) {
            return;
        }
        error |= issue.isError();
        count++;
        if (list.size() < limit) {
            list.add(issue);
        } else {
            if (suppressed == 0) {
                suppressedFromLine = issue.line();
            }
            suppressed++;
            suppressedError |= issue.isError();
        }
    }

    /** @param issues issues to add */
    public void addAll(List<LedesIssue> issues) {
        issues.forEach(this::add);
    }

    /** @return how many issues were added (listed or not) */
    public int count() {
        return count;
    }

    /** @return true when an error was added (listed or not) */
    public boolean hasErrors() {
        return error;
    }

    /**
     * @param factory makes the closing {@link LedesErrorCode#TOO_MANY_ISSUES} issue when some were suppressed
     * @param stopAtFirstError true to keep only the issues up to the first error
     * @return the issues ordered by line (stable)
     */
    public List<LedesIssue> sorted(IssueFactory factory, boolean stopAtFirstError) {
        List<LedesIssue> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(LedesIssue::line));
        if (suppressed > 0) {
            out.add(factory.issue(LedesErrorCode.TOO_MANY_ISSUES,
                    suppressedError ? LedesIssue.Severity.ERROR : LedesIssue.Severity.WARNING, suppressedFromLine,
                    null, null, suppressed + " more issues (the first on line " + suppressedFromLine
                            + ") are not listed; the limit is " + limit));
        }
        if (stopAtFirstError) {
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).isError()) {
                    return new ArrayList<>(out.subList(0, i + 1));
                }
            }
        }
        return out;
    }
}
