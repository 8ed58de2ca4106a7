package dev.legalbilling.cli.fee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.FormatOption;
import dev.legalbilling.cli.internal.OutputFormat;
import dev.legalbilling.contingency.ContingencySchedule;
import dev.legalbilling.contingency.ScheduleVersion;
import dev.legalbilling.json.BillingJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing fee schedules}: lists the contingency schedules (built-in and from {@code --schedules FILE}) with
 * their citation and versions, and with {@code --parameters} every figure tagged {@code [P]} or {@code [U]}.
 */
@Command(name = "schedules", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the contingency-fee schedules, their sources and versions.")
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
public final class ScheduleListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--parameters",
            description = "Also list every figure tagged [P] (partly confirmed) or [U] (unconfirmed).")
    boolean parameters;

    @Mixin
    FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.JSON);

    @Mixin
    ScheduleOptions schedules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == OutputFormat.JSON) {
            out.println(json());
        } else {
            for (ContingencySchedule s : schedules.catalogue().schedules()) {
                out.printf("%-14s %-7s %s%n", s.id(), s.jurisdiction(), s.title());
                out.printf("%-14s %-7s %s%n", "", "", s.citation());
                out.printf("%-14s %-7s versions: %s%n", "", "", versions(s));
                if (parameters) {
                    s.parameters().forEach(p -> out.printf("%-14s %-7s   %s%n", "", "", p));
                }
            }
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static String versions(ContingencySchedule s) {
        return s.versions().stream().map(ScheduleVersion::describeEffective).collect(Collectors.joining("; "));
    }

    private String json() {
        ObjectMapper mapper = BillingJson.mapper();
        ArrayNode list = mapper.createArrayNode();
        for (ContingencySchedule s : schedules.catalogue().schedules()) {
            ObjectNode n = list.addObject();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("citation", s.citation());
            n.put("jurisdiction", s.jurisdiction().code());
            n.put("governingDate", s.governingDate().label());
            n.put("basis", s.basis().label());
            ArrayNode vs = n.putArray("versions");
            for (ScheduleVersion v : s.versions()) {
                vs.add(v.effectiveFrom() == null ? "undated" : v.effectiveFrom().toString());
            }
            if (parameters) {
                ArrayNode ps = n.putArray("parameters");
                s.parameters().forEach(ps::add);
            }
        }
        try {
            return mapper.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
