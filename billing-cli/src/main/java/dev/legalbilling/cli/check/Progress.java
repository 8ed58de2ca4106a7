package dev.legalbilling.cli.check;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * A progress bar on standard error while many files are checked, drawn only when the command runs on a terminal
 * ({@link System#console()} is not null and, on Java 22 and later, is a terminal); never in tests or pipelines.
 * Thread-safe: workers report each file as it is done.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;

    private Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /**
     * @param err standard error
     * @param total how many files will be checked
     * @return a bar that draws itself when there are several files and a terminal
     */
    static Progress start(PrintWriter err, int total) {
        Progress p = new Progress(err, total, total > 1 && onTerminal());
        p.draw();
        return p;
    }

    /** Counts one more file done. */
    synchronized void step() {
        done++;
        draw();
    }

    /** Erases the bar, so the report starts on a clean line. */
    synchronized void finish() {
        if (enabled) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }

    private synchronized void draw() {
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\rchecking [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " files");
        err.flush();
    }

    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // before Java 22 a console exists only on a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
