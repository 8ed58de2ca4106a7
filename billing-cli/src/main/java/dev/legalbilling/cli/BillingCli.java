package dev.legalbilling.cli;

import dev.legalbilling.BillingException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code billing} command line: check LEDES invoices, generate invoices, import work from practice-management
 * systems, compile and test rule files, compute
 * capped contingency fees, reconcile trust accounts and age receivables.
 *
 * <p>Exit codes are listed in {@link ExitCodes}. User errors print one line on standard error, without a stack
 * trace unless {@code --debug} is given.
 */
@Command(name = "billing", mixinStandardHelpOptions = true, versionProvider = BillingCli.Version.class,
        description = "Legal billing compliance: LEDES checks, invoices, rule files, fees, trust, receivables, imports.",
        subcommands = {
            CommandLine.HelpCommand.class,
            dev.legalbilling.cli.check.CheckCommand.class,
            dev.legalbilling.cli.invoice.InvoiceCommand.class,
            dev.legalbilling.cli.rules.RulesCommand.class,
            dev.legalbilling.cli.fee.FeeCommand.class,
            dev.legalbilling.cli.trust.TrustCommand.class,
            dev.legalbilling.cli.ar.ArCommand.class,
            dev.legalbilling.cli.importing.ImportCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean", "1:findings at ERROR severity, rejected lines or failed rule tests",
            "2:bad usage, unreadable input, or rule files that fail to load"})
public final class BillingCli {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for bug reports).")
    boolean debug;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line with the given streams, for embedding and tests.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        BillingCli root = new BillingCli();
        CommandLine cmd = new CommandLine(root);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_INPUT);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("billing: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE_OR_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (root.debug) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().println("billing: " + describe(ex));
            c.getErr().flush();
            return ExitCodes.USAGE_OR_INPUT;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String describe(Exception ex) {
        if (ex instanceof BillingException b) {
            return b.getMessage();
        }
        if (ex instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            return u.getCause().getMessage();
        }
        return "internal error (" + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + "); rerun with --debug for details";
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BillingCli.class.getPackage().getImplementationVersion();
            return new String[] {"billing " + (v == null ? "development build" : v),
                "Java " + System.getProperty("java.version")};
        }
    }
}
