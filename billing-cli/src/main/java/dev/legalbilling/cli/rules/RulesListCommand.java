package dev.legalbilling.cli.rules;

import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.FormatOption;
import dev.legalbilling.cli.internal.OutputFormat;
import dev.legalbilling.report.RuleCataloguePage;
import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleSetInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code billing rules list [--pack NAME]... [--rules FILE_OR_DIR]...}: the catalogue of rule ids, default
 * severities and actions, descriptions, citations and parameters (with their defaults), as the rule sets' manifests
 * document them. Without options it lists every pack bundled with this build.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists rule ids, severities, actions, citations and parameters (with defaults) from the pack"
            + " manifests.", "Without options: every rule pack bundled with this build."})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
public final class RulesListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Mixin
    FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.HTML);

    @Mixin
    IsolationOption isolation = new IsolationOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> listed = rules.isEmpty() ? BundledPacks.bundled() : rules.packs();
        try (RuleEngine engine = RuleSelection.of(false, listed, rules.rules()).load(err, isolation.isolation())) {
            if (format.get() == OutputFormat.HTML) {
                out.print(RuleCataloguePage.render(engine.ruleSets()));
                out.flush();
                return ExitCodes.CLEAN;
            }
            boolean first = true;
            for (RuleSetInfo set : engine.ruleSets()) {
                if (!first) {
                    out.println();
                }
                first = false;
                print(out, set);
            }
        } catch (RuleFilesException e) {
            e.lines().forEach(line -> err.println("billing: " + line));
            return ExitCodes.USAGE_OR_INPUT;
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static void print(PrintWriter out, RuleSetInfo set) {
        out.println(set.id() + " " + set.version() + " (" + RulesCompileCommand.plural(set.rules().size(), "rule")
                + ", sha256 " + set.sha256() + ", " + set.origin() + ")");
        int width = set.rules().stream().mapToInt(r -> r.id().length()).max().orElse(0);
        String indent = " ".repeat(width + 4);
        for (RuleDefinition rule : set.rules()) {
            out.println("  " + pad(rule.id(), width) + "  " + pad(rule.severity().name(), 7) + "  "
                    + pad(rule.action().name(), 6) + (rule.enabled() ? "" : "  (disabled by default)")
                    + (rule.description().isEmpty() ? "" : "  " + rule.description()));
            if (!rule.citation().isEmpty()) {
                out.println(indent + "citation: " + rule.citation());
            }
            for (ParameterDefinition p : rule.parameters()) {
                out.println(indent + "parameter " + p.name() + " = " + text(p.defaultValue()) + " ("
                        + p.type().name() + ")" + (p.description().isEmpty() ? "" : ": " + p.description()));
            }
        }
    }

    /**
     * The value as a profile file would write it (docs/profiles.md): the plain number, {@code true} or
     * {@code false}, the strings in brackets, or the code-to-number map in braces.
     */
    static String text(ParameterValue value) {
        return RuleCataloguePage.valueText(value);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
