package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where an engine runs the rule sets it does not trust: in its own JVM ({@link #inProcess()}, the default), or in
 * separate worker JVMs ({@link #workerJvm()}) for callers who trust nobody.
 *
 * <p>Bundled packs always run in-process. In worker mode every other rule set (directory, file, string and
 * non-bundled classpath sources) is compiled, smoke-run and checked in a worker JVM started with an empty
 * environment, its own heap limit ({@code -Xmx}), {@code -XX:+ExitOnOutOfMemoryError}, no standard input from the
 * user and a fresh temporary working directory. The host sends the rule files' contents (the worker reads no file of
 * the host's choosing) and each check's invoice, matter, profile and context; the worker answers with findings,
 * which the host parses strictly and merges with the in-process findings exactly as an in-process run orders them.
 * A check whose worker runs out of memory, exits or does not answer within the wall-clock limit ends with a
 * {@link WorkerFailureException} or a {@link CheckLimitExceededException}; the worker is killed and a fresh one
 * serves the next check. Closing the engine kills its workers.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Isolation permits Isolation.InProcess, Isolation.WorkerJvm {

    /** @return every rule set runs in the engine's own JVM (the library's default) */
    static InProcess inProcess() {
        return InProcess.INSTANCE;
    }

    /**
     * @return untrusted rule sets run in worker JVMs with the defaults: {@value WorkerJvm#DEFAULT_HEAP_MEGABYTES}
     *     MiB of heap, the check's time limit plus {@link WorkerJvm#DEFAULT_ANSWER_GRACE} of wall-clock time, 60
     *     seconds to start, this JVM's {@code java} and class path, up to
     *     {@link WorkerJvm#defaultWorkers() one worker per core (at most 4)}
     */
    static WorkerJvm workerJvm() {
        return WorkerJvm.DEFAULTS;
    }

    /** Every rule set runs in the engine's JVM. */
    final class InProcess implements Isolation {
        private static final InProcess INSTANCE = new InProcess();

        private InProcess() {
        }

        @Override
        public String toString() {
            return "Isolation.inProcess";
        }
    }

    /**
     * Untrusted rule sets run in worker JVMs.
     *
     * @param heapMegabytes the worker's heap limit ({@code -Xmx}) in MiB, at least 32
     * @param wallClockLimit how long the host waits for one check's answer before it kills the worker, or null for
     *     the check's own time limit ({@link CheckLimits#timeout()}) plus {@link #DEFAULT_ANSWER_GRACE} (the
     *     worker applies the check's limits itself; this bounds a worker that cannot answer)
     * @param startupTimeout how long a worker may take to start and compile the rule sets
     * @param javaExecutable the {@code java} launcher; defaults to {@code bin/java} of this JVM's {@code java.home}
     * @param classpath the worker's class path (it must hold billing-rules and its dependencies, e.g. the shaded
     *     CLI jar); defaults to this JVM's {@code java.class.path}
     * @param workers the most workers an engine starts (each serves one check at a time; they start on first
     *     need), at least 1
     * @param maxAnswerBytes the largest message the host accepts from a worker, in bytes, at least 1024; a larger
     *     one ends the check with {@link WorkerFailureException.Reason#MALFORMED_ANSWER}
     */
    record WorkerJvm(int heapMegabytes, Duration wallClockLimit, Duration startupTimeout, Path javaExecutable,
            String classpath, int workers, int maxAnswerBytes) implements Isolation {

        /** Default worker heap, in MiB. */
        public static final int DEFAULT_HEAP_MEGABYTES = 256;
        /** Default extra time the host grants a worker beyond the check's own time limit. */
        public static final Duration DEFAULT_ANSWER_GRACE = Duration.ofSeconds(5);
        /** Default time a worker may take to start and load the rule sets. */
        public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);
        /** Default largest answer accepted from a worker: 16 MiB. */
        public static final int DEFAULT_MAX_ANSWER_BYTES = 16 << 20;

        private static final WorkerJvm DEFAULTS = new WorkerJvm(DEFAULT_HEAP_MEGABYTES, null,
                DEFAULT_STARTUP_TIMEOUT, null, null, defaultWorkers(), DEFAULT_MAX_ANSWER_BYTES);

        /** Validates the settings and fills in the defaults of the launcher and class path. */
        public WorkerJvm {
            if (heapMegabytes < 32) {
                throw new InvalidValueException("heapMegabytes", heapMegabytes, "must be at least 32");
            }
            if (wallClockLimit != null && (wallClockLimit.isNegative() || wallClockLimit.isZero())) {
                throw new InvalidValueException("wallClockLimit", wallClockLimit, "must be positive");
            }
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            if (startupTimeout.isNegative() || startupTimeout.isZero()) {
                throw new InvalidValueException("startupTimeout", startupTimeout, "must be positive");
            }
            javaExecutable = javaExecutable != null ? javaExecutable
                    : Path.of(System.getProperty("java.home"), "bin", "java");
            classpath = classpath != null ? classpath : System.getProperty("java.class.path");
            if (classpath.isBlank()) {
                throw new InvalidValueException("classpath", classpath, "must not be blank");
            }
            if (workers < 1) {
                throw new InvalidValueException("workers", workers, "must be at least 1");
            }
            if (maxAnswerBytes < 1024) {
                throw new InvalidValueException("maxAnswerBytes", maxAnswerBytes, "must be at least 1024");
            }
        }

        /** @return one worker per available processor, at most 4 */
        public static int defaultWorkers() {
            return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        }

        /** @param value heap limit in MiB @return a copy */
        public WorkerJvm withHeapMegabytes(int value) {
            return new WorkerJvm(value, wallClockLimit, startupTimeout, javaExecutable, classpath, workers,
                    maxAnswerBytes);
        }

        /** @param value wall-clock limit per check, or null for the check's time limit plus the grace @return a
         *     copy */
        public WorkerJvm withWallClockLimit(Duration value) {
            return new WorkerJvm(heapMegabytes, value, startupTimeout, javaExecutable, classpath, workers,
                    maxAnswerBytes);
        }

        /** @param value start-up time limit @return a copy */
        public WorkerJvm withStartupTimeout(Duration value) {
            return new WorkerJvm(heapMegabytes, wallClockLimit, value, javaExecutable, classpath, workers,
                    maxAnswerBytes);
        }

        /** @param value the {@code java} launcher @return a copy */
        public WorkerJvm withJavaExecutable(Path value) {
            return new WorkerJvm(heapMegabytes, wallClockLimit, startupTimeout, value, classpath, workers,
                    maxAnswerBytes);
        }

        /** @param value the worker's class path @return a copy */
        public WorkerJvm withClasspath(String value) {
            return new WorkerJvm(heapMegabytes, wallClockLimit, startupTimeout, javaExecutable, value, workers,
                    maxAnswerBytes);
        }

        /** @param value most workers per engine @return a copy */
        public WorkerJvm withWorkers(int value) {
            return new WorkerJvm(heapMegabytes, wallClockLimit, startupTimeout, javaExecutable, classpath, value,
                    maxAnswerBytes);
        }

        /** @param value largest answer accepted, in bytes @return a copy */
        public WorkerJvm withMaxAnswerBytes(int value) {
            return new WorkerJvm(heapMegabytes, wallClockLimit, startupTimeout, javaExecutable, classpath, workers,
                    value);
        }

        /**
         * @param limits the limits of a check
         * @return how long the host waits for that check's answer
         */
        public Duration wallClockLimit(CheckLimits limits) {
            return wallClockLimit != null ? wallClockLimit : limits.timeout().plus(DEFAULT_ANSWER_GRACE);
        }

        /** @return the settings, without the class path (it can be long) */
        @Override
        public String toString() {
            return "Isolation.workerJvm[heap " + heapMegabytes + " MiB, wall clock "
                    + (wallClockLimit == null ? "check timeout + " + DEFAULT_ANSWER_GRACE : wallClockLimit)
                    + ", start-up " + startupTimeout + ", " + workers + " workers, java " + javaExecutable + "]";
        }
    }
}
