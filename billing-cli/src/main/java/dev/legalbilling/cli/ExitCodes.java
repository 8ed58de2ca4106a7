package dev.legalbilling.cli;

/**
 * The exit codes of the {@code billing} command, the same for every subcommand.
 *
 * <table>
 * <caption>Exit codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>0</td><td>clean: no finding at ERROR severity, no rejected line, every rule test passed</td></tr>
 * <tr><td>1</td><td>findings at ERROR severity or rejected lines; failed rule tests; an out-of-balance
 * reconciliation; a trust posting refused by the journal's rules (nothing recorded)</td></tr>
 * <tr><td>2</td><td>bad usage, unreadable or malformed input, rule files that fail to load</td></tr>
 * </table>
 */
public final class ExitCodes {
    /** Clean result. */
    public static final int CLEAN = 0;
    /**
     * Findings at ERROR severity, rejected lines, failed tests, an out-of-balance reconciliation, or a refused trust
     * posting.
     */
    public static final int FINDINGS = 1;
    /** Bad usage, unreadable input, or rule files that fail to load. */
    public static final int USAGE_OR_INPUT = 2;

    private ExitCodes() {
    }
}
