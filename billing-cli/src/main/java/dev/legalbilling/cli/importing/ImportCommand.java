package dev.legalbilling.cli.importing;

import dev.legalbilling.cli.ExitCodes;
import picocli.CommandLine.Command;

/**
 * {@code billing import}: the parent of one subcommand per practice-management system. Exit codes: 0 imported
 * (whatever was skipped), 2 bad usage, unreadable input or a failed API call (nothing written).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Bring unbilled time, expenses, matters and timekeepers in from a practice-management system",
            "as the work file and matter file 'billing invoice' reads."},
        subcommands = {ImportCommand.Clio.class, ImportCommand.PracticePanther.class, ImportCommand.MyCase.class})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
public final class ImportCommand {

    /** {@code billing import clio}. */
    @Command(name = "clio", mixinStandardHelpOptions = true,
            description = {"Import from Clio Manage (API v4) or a Clio activities CSV (export or import template).",
                "Token: CLIO_TOKEN or --token-file. Hours are read from quantity_in_hours, never seconds."})
    @ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
    static final class Clio extends ImportRun {
        Clio() {
            super("clio");
        }
    }

    /** {@code billing import practicepanther}. */
    @Command(name = "practicepanther", mixinStandardHelpOptions = true,
            description = {"Import from PracticePanther (API v2) or its time and expense CSV export.",
                "Token: PRACTICEPANTHER_TOKEN or --token-file."})
    @ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
    static final class PracticePanther extends ImportRun {
        PracticePanther() {
            super("practicepanther");
        }
    }

    /** {@code billing import mycase}. */
    @Command(name = "mycase", mixinStandardHelpOptions = true,
            description = {"Import from MyCase (API v1) or its time and expense CSV export.",
                "Token: MYCASE_TOKEN or --token-file. MyCase has no UTBMS codes: give --default-task-code,",
                "--default-activity-code and --default-expense-code."})
    @ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
    static final class MyCase extends ImportRun {
        MyCase() {
            super("mycase");
        }
    }
}
