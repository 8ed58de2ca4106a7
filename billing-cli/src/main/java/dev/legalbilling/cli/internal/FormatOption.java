package dev.legalbilling.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --format FORMAT}, the one output-format option every command that has one mixes in: values from
 * {@link OutputFormat}, each command naming the ones it prints, the first being the default. A format the command
 * does not print is a usage error naming the ones it does; {@code --help} and the shell completion list exactly
 * those ({@link #narrowCompletion}).
 *
 * <pre>{@code
 * @Mixin
 * FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.JSON);
 * ...
 * if (format.get() == OutputFormat.JSON) { ... }
 * }</pre>
 *
 * Created with the command for one run; not thread-safe.
 */
public final class FormatOption {
    private static final String NAME = "--format";

    private final List<OutputFormat> supported;
    private OutputFormat format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /**
     * @param supported the formats the command prints, the default first
     * @throws IllegalArgumentException when none is given
     */
    public FormatOption(OutputFormat... supported) {
        if (supported.length == 0) {
            throw new IllegalArgumentException("a command with --format prints at least one format");
        }
        this.supported = List.of(supported);
        this.format = supported[0];
    }

    /** @return the format asked for, or the command's default */
    public OutputFormat get() {
        return format;
    }

    /** @return the formats the command prints, the default first; unmodifiable */
    public List<OutputFormat> supported() {
        return supported;
    }

    @Option(names = NAME, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: the first).")
    void set(String text) {
        String typed = Objects.requireNonNull(text, "text").strip();
        for (OutputFormat f : supported) {
            if (f.name().equalsIgnoreCase(typed)) {
                format = f;
                return;
            }
        }
        throw new CommandLine.ParameterException(mixee.commandLine(), "Invalid value for option '" + NAME + "': '"
                + text + "' is not one of " + labels() + (isKnown(typed) ? " (this command does not print "
                        + typed.toLowerCase(Locale.ROOT) + ")" : ""));
    }

    private static boolean isKnown(String typed) {
        for (OutputFormat f : OutputFormat.values()) {
            if (f.name().equalsIgnoreCase(typed)) {
                return true;
            }
        }
        return false;
    }

    private String labels() {
        return String.join(", ", supported.stream().map(OutputFormat::label).toList());
    }

    /**
     * Makes a command's {@code --format} complete to, and its help list, the formats the command prints: picocli
     * takes completion candidates from the option's declaration, which is shared by every command, so they are set
     * here from the command's own {@link FormatOption}. The command's options keep their order.
     *
     * @param command a command; nothing changes when it has no {@link FormatOption}
     */
    public static void narrowCompletion(CommandSpec command) {
        FormatOption mixin = command.mixins().values().stream().map(CommandSpec::userObject)
                .filter(FormatOption.class::isInstance).map(FormatOption.class::cast).findFirst().orElse(null);
        OptionSpec declared = command.findOption(NAME);
        if (mixin == null || declared == null) {
            return;
        }
        List<OptionSpec> options = new ArrayList<>(command.options());
        List<OptionSpec> after = options.subList(options.indexOf(declared), options.size());
        List<OptionSpec> moved = new ArrayList<>(after);
        moved.forEach(command::remove);
        for (OptionSpec o : moved) {
            command.addOption(o != declared ? o : OptionSpec.builder(declared)
                    .completionCandidates(mixin.supported.stream().map(OutputFormat::label).toList())
                    .description("Output format: ${COMPLETION-CANDIDATES}. Default: " + mixin.supported.get(0).label()
                            + ".")
                    .build());
        }
    }
}
