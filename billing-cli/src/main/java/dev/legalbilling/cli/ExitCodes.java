package dev.legalbilling.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of the {@code billing} command, the same for every subcommand, and what each means: the one source
 * of the exit-code list in every command's {@code --help} and of the README's table (a test compares them).
 *
 * <table>
 * <caption>Exit codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>0</td><td>{@value #CLEAN_MEANING}</td></tr>
 * <tr><td>1</td><td>{@value #FINDINGS_MEANING}</td></tr>
 * <tr><td>2</td><td>{@value #USAGE_OR_INPUT_MEANING}</td></tr>
 * </table>
 *
 * <p>A command says which of them it can return with {@link Returns}; its help lists those.
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

    /** What {@link #CLEAN} means. */
    public static final String CLEAN_MEANING = "done, and clean: no finding at ERROR severity, no rejected line, "
            + "every rule test passed, a trust reconciliation in balance";
    /** What {@link #FINDINGS} means. */
    public static final String FINDINGS_MEANING = "findings at ERROR severity or rejected lines; failed rule tests; a"
            + " trust reconciliation out of balance or a negative ledger; a trust posting refused (nothing recorded)";
    /** What {@link #USAGE_OR_INPUT} means. */
    public static final String USAGE_OR_INPUT_MEANING = "bad usage, unreadable or invalid input (format errors in an"
            + " invoice file, rule files that fail to load, a tampered journal, a failed API call), or an output"
            + " that cannot be written";

    private static final Map<Integer, String> MEANINGS = Map.of(CLEAN, CLEAN_MEANING, FINDINGS, FINDINGS_MEANING,
            USAGE_OR_INPUT, USAGE_OR_INPUT_MEANING);

    private ExitCodes() {
    }

    /** @return every exit code and what it means, in ascending order of code; unmodifiable */
    public static Map<Integer, String> meanings() {
        Map<Integer, String> all = new LinkedHashMap<>();
        for (int code : new int[] {CLEAN, FINDINGS, USAGE_OR_INPUT}) {
            all.put(code, MEANINGS.get(code));
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /**
     * @param code an exit code
     * @return what it means
     * @throws IllegalArgumentException when it is not one of this class's codes
     */
    public static String meaning(int code) {
        String meaning = MEANINGS.get(code);
        if (meaning == null) {
            throw new IllegalArgumentException("not a billing exit code: " + code);
        }
        return meaning;
    }

    /**
     * The exit codes a command can return, for its {@code --help}; a command without it can return every code. Read
     * by {@link BillingCli} when it builds the command tree.
     */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Returns {
        /** @return the codes, from {@link ExitCodes} */
        int[] value();
    }
}
