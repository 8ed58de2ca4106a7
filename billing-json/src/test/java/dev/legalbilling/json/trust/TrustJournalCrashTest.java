package dev.legalbilling.json.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustTransaction;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing JVM with SIGKILL in the middle of its work: every acknowledged entry is in the file, the file
 * verifies (at most a torn last line), and after repair the journal accepts new entries.
 *
 * <p>A killed process cannot lose data already handed to the operating system, so this shows the file format and
 * recovery, not the fsync itself (which protects against power loss and cannot be tested here).
 */
class TrustJournalCrashTest {
    private static final int ACKS_BEFORE_KILL = 40;

    @Test
    void noAcknowledgedEntryIsLostWhenTheWriterIsKilled(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crash.jsonl");
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashingJournalWriter.class.getName(), file.toString()).redirectErrorStream(true).start();
        long acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                assertThat(line).as("child output").startsWith("ACK ");
                acknowledged = Long.parseLong(line.substring(4));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(acknowledged).isEqualTo(ACKS_BEFORE_KILL);

        JournalFileContents contents = TrustJournalFile.read(file);

        assertThat(contents.entries().size()).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        for (int i = 0; i < contents.entries().size(); i++) {
            assertThat(contents.entries().get(i).sequence()).isEqualTo(i + 1L);
        }
        TrustJournalFile.repairTornTail(file);
        try (TrustJournalFile reopened = TrustJournalFile.open(file, SampleFirm.PROFILE, Clock.systemUTC())) {
            TrustEntry next = reopened.journal().post(TrustTransaction.refund(
                    SampleFirm.march(31)).debit(SampleFirm.HALE, SampleFirm.usd("1.00")).build());
            assertThat(next.sequence()).isEqualTo(contents.entries().size() + 1L);
        }
        assertThat(TrustJournalFile.read(file).tornTailIfAny()).isEmpty();
    }
}
