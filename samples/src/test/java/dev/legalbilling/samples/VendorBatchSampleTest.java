package dev.legalbilling.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.rules.RuleEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorBatchSampleTest {
    @TempDir
    Path inbox;

    private List<Path> files;

    @BeforeEach
    void fillInbox() throws Exception {
        VendorBatchSample.generatedInbox(inbox);
        try (Stream<Path> s = Files.list(inbox)) {
            files = s.sorted().toList();
        }
    }

    @Test
    void checksEveryFileOnSeveralThreadsAsASingleThreadWould() throws Exception {
        List<String> lines = SampleRun.lines(VendorBatchSample::main, inbox.toString());

        List<String> fileLines = lines.stream().filter(l -> l.startsWith("INV-")).toList();
        assertThat(files).hasSize(12);
        assertThat(fileLines).hasSize(12);
        LedesReader reader = LedesReader.builder().dialect(VendorBatchSample.ACME_EBILLING).build();
        int accepted = 0;
        try (RuleEngine engine = RuleEngine.builder().addBundled("guideline").build()) {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String line = fileLines.get(i);
                LedesFileResult read = reader.readAll(file);
                assertThat(line).startsWith(file.getFileName() + ": ");
                if (read.isAccepted()) {
                    accepted++;
                    int findings = read.builtInvoices().stream()
                            .mapToInt(inv -> engine.check(inv.invoice(), null, null).findings().size()).sum();
                    assertThat(line).startsWith(file.getFileName() + ": accepted, " + findings + " finding");
                } else {
                    long errors = read.allIssues().stream().filter(LedesIssue::isError).count();
                    assertThat(line).isEqualTo(file.getFileName() + ": rejected, " + errors
                            + (errors == 1 ? " error" : " errors"));
                    int at = lines.indexOf(line);
                    assertThat(lines.subList(at + 1, at + 1 + (int) errors))
                            .allSatisfy(e -> assertThat(e).startsWith("  " + file.getFileName() + ":"));
                }
            }
        }
        assertThat(accepted).isBetween(1, 11);
        assertThat(lines).last().isEqualTo("12 files: " + accepted + " accepted, " + (12 - accepted)
                + " rejected by acme-ebilling; checked on 4 threads with guideline 1.0.0");
    }

    @Test
    void thePortalDialectRequiresTaskCodesOnFeeLines() throws Exception {
        List<String> lines = SampleRun.lines(VendorBatchSample::main, inbox.toString());

        assertThat(lines).anySatisfy(l -> assertThat(l).contains(": LINE_ITEM_TASK_CODE ").endsWith("[V201]"));
    }
}
