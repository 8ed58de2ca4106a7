package dev.legalbilling.cli.trust;

import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.TrustFiles;
import dev.legalbilling.json.trust.JournalFileContents;
import dev.legalbilling.json.trust.TornTail;
import dev.legalbilling.json.trust.TrustJournalFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing trust repair}: removes the torn last line an interrupted write leaves (bytes after the last line
 * feed: an entry that was never acknowledged), after verifying every complete line. Before cutting, the whole file is
 * copied to {@code FILE.torn-<UTC time>.bak} (under the journal's lock, so no writer
 * changes it between the copy and the cut); the report names the line, offset and byte count cut and the backup.
 * A journal that ends cleanly is left alone. A journal whose complete lines fail verification (tampered) is not
 * touched: that is not something a repair may hide. Created by picocli for one run; not thread-safe.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Cuts the torn last line of a trust journal left by an interrupted write (keeps a backup).")
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
final class RepairCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "The trust journal file.")
    Path journal;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        JournalFileContents contents = TrustFiles.readJournalAllowingTornTail(journal);
        PrintWriter out = spec.commandLine().getOut();
        if (contents.tornTail() == null) {
            out.println("Journal " + journal + " ends cleanly after " + contents.entries().size()
                    + " entries; nothing to repair.");
            out.flush();
            return ExitCodes.CLEAN;
        }
        Path backup = journal.resolveSibling(journal.getFileName() + ".torn-" + STAMP.format(clock.instant()) + ".bak");
        Optional<TornTail> cut = TrustJournalFile.repairTornTail(journal, backup);
        if (cut.isEmpty()) {
            out.println("Journal " + journal + " ended cleanly when repaired; nothing was cut.");
        } else {
            TornTail t = cut.get();
            out.println("Cut " + t.length() + (t.length() == 1 ? " byte" : " bytes") + " of torn line " + t.line()
                    + " (from byte offset " + t.offset() + ") from " + journal + ": an entry whose write was "
                    + "interrupted and never acknowledged.");
            out.println("The journal now holds " + contents.entries().size() + " entries, head hash "
                    + contents.headHash().hex() + ".");
            out.println("Backup of the file before the cut: " + backup);
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
