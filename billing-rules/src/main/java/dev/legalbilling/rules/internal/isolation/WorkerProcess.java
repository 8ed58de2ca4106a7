package dev.legalbilling.rules.internal.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.rules.Isolation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One worker JVM, seen from the host: started with an empty environment, its own heap limit and a fresh working
 * directory, spoken to over its standard input and output. Used by one check at a time (the pool sees to that).
 */
final class WorkerProcess {
    /** How much of the worker's standard error is kept, to tell an out-of-memory end from an exit. */
    private static final int STDERR_TAIL_BYTES = 8192;

    /**
     * A system property set on every worker, first on its command line, so that {@code ps} and
     * {@link ProcessHandle.Info#commandLine()} (which Linux cuts at 4096 characters) show what the process is.
     */
    static final String MARKER_PROPERTY = "dev.legalbilling.rules.worker";

    /** Why a worker stopped answering. */
    enum Ending {
        /** The host's wall-clock limit ran out and the worker was killed. */
        TIMED_OUT,
        /** The JVM ended it for running out of heap. */
        OUT_OF_MEMORY,
        /** It exited on its own. */
        EXITED,
        /** It answered with something that is not an answer. */
        MALFORMED
    }

    /** The worker can no longer be used; it has been killed. */
    static final class GoneException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Ending ending;

        GoneException(Ending ending, String detail) {
            super(detail);
            this.ending = ending;
        }

        Ending ending() {
            return ending;
        }
    }

    private final Process process;
    private final Path workDir;
    private final OutputStream toWorker;
    private final InputStream fromWorker;
    private final StderrTail stderr;
    private final int maxAnswerBytes;
    private final ScheduledExecutorService timer;
    private volatile boolean timedOut;
    private int environmentVariables = -1;
    private final Wire.Sent sent = new Wire.Sent();

    private WorkerProcess(Process process, Path workDir, int maxAnswerBytes, ScheduledExecutorService timer) {
        this.process = process;
        this.workDir = workDir;
        this.toWorker = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        this.fromWorker = new BufferedInputStream(process.getInputStream(), 1 << 16);
        this.stderr = new StderrTail(process.getErrorStream());
        this.maxAnswerBytes = maxAnswerBytes;
        this.timer = timer;
    }

    /**
     * @param settings the worker settings
     * @param workDir the worker's working directory (also its {@code java.io.tmpdir})
     * @return how the worker is started: empty environment, no inherited standard input
     */
    static ProcessBuilder processBuilder(Isolation.WorkerJvm settings, Path workDir) {
        List<String> command = new ArrayList<>(List.of(settings.javaExecutable().toString(),
                "-D" + MARKER_PROPERTY + "=true",
                "-Xmx" + settings.heapMegabytes() + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + workDir,
                "-Dfile.encoding=UTF-8",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", absolute(settings.classpath()),
                WorkerMain.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().clear();
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
        builder.redirectError(ProcessBuilder.Redirect.PIPE);
        return builder;
    }

    /** The worker runs in another directory: relative class path entries are resolved against this one's. */
    private static String absolute(String classpath) {
        List<String> entries = new ArrayList<>();
        for (String e : classpath.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            if (!e.isEmpty()) {
                entries.add(e.endsWith("*") ? e : Path.of(e).toAbsolutePath().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /**
     * Starts a worker and waits until it is ready.
     *
     * @param settings the worker settings
     * @param timer runs the watchdogs
     * @return the ready worker
     * @throws GoneException when it did not become ready within the start-up time limit
     * @throws IOException when it cannot be started
     */
    static WorkerProcess start(Isolation.WorkerJvm settings, ScheduledExecutorService timer)
            throws IOException, GoneException {
        Path workDir = Files.createTempDirectory("billing-rules-worker-");
        Process process;
        try {
            process = processBuilder(settings, workDir).start();
        } catch (IOException e) {
            deleteTree(workDir);
            throw e;
        }
        WorkerProcess worker = new WorkerProcess(process, workDir, settings.maxAnswerBytes(), timer);
        JsonNode ready;
        try {
            ready = worker.exchange((byte[]) null, settings.startupTimeout(), progress -> { });
        } catch (GoneException e) {
            String said = worker.stderr.text().strip();
            String last = said.isEmpty() ? "" : said.substring(said.lastIndexOf('\n') + 1);
            throw new GoneException(e.ending(), e.getMessage() + (last.isEmpty() ? "" : "; it said: "
                    + oneLine(last)));
        }
        if (!"ready".equals(ready.path("type").textValue()) || !ready.path("environmentVariables").canConvertToInt()) {
            worker.kill();
            throw new GoneException(Ending.MALFORMED, "the worker's first message is not a ready message");
        }
        worker.environmentVariables = ready.get("environmentVariables").intValue();
        return worker;
    }

    /** @return how many environment variables the worker reported seeing at start-up (0 when isolation works) */
    int environmentVariables() {
        return environmentVariables;
    }

    /** @return what this worker was sent before, for leaving out what it already has */
    Wire.Sent sent() {
        return sent;
    }

    /** @return the worker's process */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Sends a message (or none) and reads answers until one that is not progress.
     *
     * @param message the message, or null to only read
     * @param limit how long to wait for the final answer; the worker is killed when it runs out
     * @param progress receives each {@code running} message
     * @return the final answer
     * @throws GoneException when the worker ended, ran out of time or answered nonsense; it is dead afterwards
     */
    ObjectNode exchange(ObjectNode message, Duration limit, Consumer<JsonNode> progress) throws GoneException {
        return exchange(message == null ? null : Wire.bytes(message), limit, progress);
    }

    /**
     * Sends a message's bytes (or none) and reads answers until one that is not progress.
     *
     * @param message the message, or null to only read
     * @param limit how long to wait for the final answer; the worker is killed when it runs out
     * @param progress receives each {@code running} message
     * @return the final answer
     * @throws GoneException when the worker ended, ran out of time or answered nonsense; it is dead afterwards
     */
    ObjectNode exchange(byte[] message, Duration limit, Consumer<JsonNode> progress) throws GoneException {
        ScheduledFuture<?> watchdog = timer.schedule(() -> {
            timedOut = true;
            kill();
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            if (message != null) {
                Frames.write(toWorker, message);
            }
            while (true) {
                byte[] bytes = Frames.read(fromWorker, maxAnswerBytes);
                ObjectNode answer;
                try {
                    answer = Wire.parse(bytes);
                } catch (IOException e) {
                    throw gone(Ending.MALFORMED, "its answer is not well-formed JSON: " + oneLine(e.getMessage()));
                }
                if ("running".equals(answer.path("type").textValue())) {
                    progress.accept(answer);
                    continue;
                }
                return answer;
            }
        } catch (Frames.TooLargeException e) {
            throw nonsense("it " + e.getMessage(), e.headerText());
        } catch (IOException e) {
            throw ended();
        } catch (RuntimeException e) {
            throw gone(Ending.MALFORMED, "its answer cannot be read: " + oneLine(String.valueOf(e.getMessage())));
        } finally {
            watchdog.cancel(false);
        }
    }

    private GoneException ended() {
        if (timedOut) {
            kill();
            return new GoneException(Ending.TIMED_OUT, "it did not answer in time and was killed");
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
                return new GoneException(Ending.EXITED, "it closed its output and was killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return new GoneException(Ending.EXITED, "the host was interrupted while the worker ended");
        }
        int code = process.exitValue();
        stderr.awaitEnd();
        kill();
        if (stderr.text().contains("java.lang.OutOfMemoryError")) {
            return new GoneException(Ending.OUT_OF_MEMORY, "it ran out of memory (exit code " + code + ")");
        }
        return new GoneException(Ending.EXITED, "its process exited with code " + code);
    }

    /**
     * What the worker wrote is not a message. The JVM itself writes {@code Terminating due to
     * java.lang.OutOfMemoryError} on standard output when it ends a worker that ran out of heap, so a worker that
     * ends right after writing nonsense is judged by how it ended; one that carries on is killed as malformed.
     */
    private GoneException nonsense(String detail, String seen) {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                byte[] rest = fromWorker.readNBytes(STDERR_TAIL_BYTES);
                String stdout = seen + new String(rest, StandardCharsets.ISO_8859_1);
                stderr.awaitEnd();
                int code = process.exitValue();
                kill();
                if (stdout.contains("java.lang.OutOfMemoryError") || stderr.text().contains("java.lang.OutOfMemoryError")) {
                    return new GoneException(Ending.OUT_OF_MEMORY, "it ran out of memory (exit code " + code + ")");
                }
                return new GoneException(Ending.EXITED, "its process exited with code " + code);
            }
        } catch (IOException e) {
            // judged as malformed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return gone(Ending.MALFORMED, detail);
    }

    private GoneException gone(Ending ending, String detail) {
        kill();
        return new GoneException(ending, detail);
    }

    /** Kills the worker (and anything it started) and removes its working directory. Idempotent. */
    void kill() {
        ProcessHandle handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(workDir);
    }

    /** @return true while the process runs */
    boolean isAlive() {
        return process.isAlive();
    }

    private static String oneLine(String s) {
        String line = s == null ? "" : s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing a check for
        }
    }

    /** Drains the worker's standard error on a daemon thread, keeping its last bytes. */
    private static final class StderrTail {
        private final byte[] ring = new byte[STDERR_TAIL_BYTES];
        private long written;
        private final Thread thread;

        StderrTail(InputStream in) {
            thread = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try (in) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        append(buffer, n);
                    }
                } catch (IOException ended) {
                    // the worker is gone
                }
            }, "rule-worker-stderr");
            thread.setDaemon(true);
            thread.start();
        }

        private synchronized void append(byte[] buffer, int n) {
            for (int i = 0; i < n; i++) {
                ring[(int) (written++ % ring.length)] = buffer[i];
            }
        }

        void awaitEnd() {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized String text() {
            int size = (int) Math.min(written, ring.length);
            byte[] out = new byte[size];
            for (int i = 0; i < size; i++) {
                out[i] = ring[(int) ((written - size + i) % ring.length)];
            }
            return new String(out, StandardCharsets.UTF_8);
        }
    }
}
