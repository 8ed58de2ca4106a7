package dev.legalbilling.cli.fee;

import dev.legalbilling.contingency.ContingencySchedules;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --schedules FILE} option shared by the fee commands: schedules that override or extend the built-ins. */
final class ScheduleOptions {
    @Option(names = "--schedules", paramLabel = "FILE",
            description = "A schedule file whose schedules replace built-in ones with the same id or are added.")
    Path file;

    /** @return the built-in catalogue, with the file's schedules on top when given */
    ContingencySchedules catalogue() {
        ContingencySchedules builtIn = ContingencySchedules.builtIn();
        return file == null ? builtIn : builtIn.withOverrides(ContingencySchedules.load(file));
    }
}
