package dev.legalbilling.cli;

import dev.legalbilling.BillingException;
import dev.legalbilling.cli.internal.DateOption;
import dev.legalbilling.cli.internal.FormatOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code billing} command line: check LEDES invoices, generate invoices, import work from practice-management
 * systems, compile and test rule files, compute
 * capped contingency fees, reconcile trust accounts and age receivables.
 *
 * <p>Exit codes are listed in {@link ExitCodes}; every command's {@code --help} lists the ones it can return, from
 * there. Every command has {@code -h}/{@code --help} and {@code -V}/{@code --version}. User errors print one line
 * on standard error, without a stack trace unless {@code --debug} is given; a mistyped subcommand or option is
 * followed by the closest ones ("did you mean").
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
            CompletionCommand.class,
        })
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
        CommandLine cmd = commandLine(root);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(LocalDate.class, new DateOption());
        cmd.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_INPUT);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            String notADate = DateOption.message(ex);
            if (notADate != null) {
                c.getErr().println("billing: " + notADate);
                return ExitCodes.USAGE_OR_INPUT;
            }
            c.getErr().println("billing: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
                suggestion(unmatched).ifPresent(s -> c.getErr().println("billing: " + s));
            }
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

    /**
     * @return the command tree: every command with {@code --help}, {@code --version} and its exit codes from
     *     {@link ExitCodes}
     */
    static CommandLine commandLine(BillingCli root) {
        CommandLine cmd = new CommandLine(root);
        standardise(cmd);
        return cmd;
    }

    /** Gives the command and its subcommands the standard options, the version and the exit-code list. */
    private static void standardise(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        spec.mixinStandardHelpOptions(true);
        spec.versionProvider(new Version());
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodeList(spec.userObject()));
        FormatOption.narrowCompletion(spec);
        command.getSubcommands().values().stream().distinct()
                .filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
                .forEach(BillingCli::standardise);
    }

    /** @return the exit codes the command says it returns ({@link ExitCodes.Returns}; all without it), with meanings */
    static Map<String, String> exitCodeList(Object command) {
        ExitCodes.Returns returns = command == null ? null : command.getClass().getAnnotation(ExitCodes.Returns.class);
        Map<String, String> list = new LinkedHashMap<>();
        ExitCodes.meanings().forEach((code, meaning) -> {
            if (returns == null || Arrays.stream(returns.value()).anyMatch(c -> c == code)) {
                list.put(String.valueOf(code), meaning);
            }
        });
        return list;
    }

    /**
     * @return "did you mean ...?" with picocli's closest subcommands or options to the mistyped word, when there are
     *     any
     */
    private static Optional<String> suggestion(CommandLine.UnmatchedArgumentException ex) {
        List<String> suggestions = ex.getSuggestions();
        if (suggestions.isEmpty()) {
            return Optional.empty();
        }
        List<String> shown = suggestions.subList(0, Math.min(3, suggestions.size()));
        String prefix = ex.isUnknownOption() ? "" : ex.getCommandLine().getCommandSpec().qualifiedName() + " ";
        return Optional.of("did you mean " + String.join(" or ",
                shown.stream().map(s -> "'" + prefix + s + "'").toList()) + "?");
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

    /**
     * The version every command's {@code --version} prints: the project version, which Maven writes into the
     * resource {@value #RESOURCE} when it builds the jar (resource filtering), and the Java version.
     */
    static final class Version implements CommandLine.IVersionProvider {
        /** The resource holding {@code version=...}. */
        static final String RESOURCE = "version.properties";

        @Override
        public String[] getVersion() {
            return new String[] {"billing " + projectVersion(), "Java " + System.getProperty("java.version")};
        }

        /**
         * @return the project version the build wrote into {@value #RESOURCE}
         * @throws IllegalStateException when the resource is missing or was not filtered (a broken build)
         */
        static String projectVersion() {
            Properties p = new Properties();
            try (InputStream in = BillingCli.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
                }
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("resource " + RESOURCE + " cannot be read", e);
            }
            String version = p.getProperty("version", "").strip();
            if (version.isEmpty() || version.contains("${")) {
                throw new IllegalStateException("resource " + RESOURCE + " was not filtered by Maven: '" + version
                        + "'");
            }
            return version;
        }
    }
}
