package dev.legalbilling.rules;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.CheckRunner;
import dev.legalbilling.rules.internal.CompiledRuleSet;
import dev.legalbilling.rules.internal.RuleSetCompiler;
import dev.legalbilling.rules.internal.RuleSetContent;
import dev.legalbilling.rules.internal.SampleInvoice;
import dev.legalbilling.rules.internal.isolation.WorkerPool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compliance engine: rule sets loaded once, checked against the security policy and compiled (or taken from
 * their build-time executable model), then shared by every check.
 *
 * <pre>{@code
 * try (RuleEngine engine = RuleEngine.builder()
 *         .addBundled("demo")
 *         .addDirectory(Path.of("firm-rules"))
 *         .limits(CheckLimits.defaults().withTimeout(Duration.ofSeconds(5)))
 *         .build()) {
 *     ComplianceReport report = engine.check(invoice, matter, profile);
 *     Invoice adjusted = report.applyTo(invoice);
 * }
 * }</pre>
 *
 * <p>Thread-safe: one engine serves any number of threads. Each check builds its facts once and runs a fresh
 * session per rule set on the engine's own daemon threads, bounded by {@link CheckLimits}; a check that exceeds a
 * bound fails alone. {@link #close()} stops those threads.
 *
 * <p>With {@link Builder#isolation(Isolation) Isolation.workerJvm()}, every rule set that is not a bundled pack is
 * compiled and checked in worker JVMs instead (see {@link Isolation}); reports are the same.
 *
 * <p>Logging: load events at INFO with rule-set ids, versions and hashes; per-check summaries at DEBUG with
 * invoice numbers only. Narratives, messages and client names are never logged.
 */
public final class RuleEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);
    private static final CheckLimits SMOKE_LIMITS = new CheckLimits(10_000, Duration.ofSeconds(5));

    private final List<CompiledRuleSet> ruleSets;
    private final List<RuleSetInfo> infos;
    private final CheckLimits limits;
    private final ThreadPoolExecutor executor;
    private final CheckRunner runner;
    /** The worker JVMs running the untrusted rule sets, or null when every rule set runs in-process. */
    private final WorkerPool workers;

    private RuleEngine(List<CompiledRuleSet> ruleSets, List<RuleSetInfo> infos, CheckLimits limits,
            ThreadPoolExecutor executor, WorkerPool workers) {
        this.ruleSets = List.copyOf(ruleSets);
        this.infos = List.copyOf(infos);
        this.limits = limits;
        this.executor = executor;
        this.runner = new CheckRunner(this.ruleSets, executor);
        this.workers = workers;
    }

    /** @return a builder with the default security policy and limits and no rule sets */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the loaded rule sets, in the order they were added */
    public List<RuleSetInfo> ruleSets() {
        return infos;
    }

    /** @return the limits every check runs within */
    public CheckLimits limits() {
        return limits;
    }

    /**
     * Checks one invoice within the engine's limits.
     *
     * @param request what to check
     * @return the report
     * @throws CheckLimitExceededException when the check exceeds a limit
     * @throws RuleExecutionException when a rule fails
     * @throws IllegalStateException when the engine is closed
     */
    public ComplianceReport check(CheckRequest request) {
        return check(request, limits);
    }

    /**
     * Checks one invoice within the given limits.
     *
     * @param request what to check
     * @param checkLimits the limits of this check
     * @return the report
     * @throws CheckLimitExceededException when the check exceeds a limit
     * @throws RuleExecutionException when a rule fails
     * @throws WorkerFailureException when the worker JVM running untrusted rule sets fails (isolation mode)
     * @throws IllegalStateException when the engine is closed
     */
    public ComplianceReport check(CheckRequest request, CheckLimits checkLimits) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(checkLimits, "checkLimits");
        if (executor.isShutdown()) {
            throw new IllegalStateException("the rule engine is closed");
        }
        ComplianceReport inProcess = runner.check(request, checkLimits);
        if (workers == null) {
            return inProcess;
        }
        List<Finding> isolated = workers.check(request, checkLimits);
        return new ComplianceReport(inProcess.invoiceNumber(), inProcess.total(), inProcess.profileId(),
                WorkerPool.merge(request.invoice(), inProcess.findings(), isolated), infos);
    }

    /**
     * @param invoice the invoice
     * @param matter its matter, or null
     * @param profile the guideline profile, or null for the rule sets' defaults
     * @return the report
     * @throws CheckLimitExceededException when the check exceeds a limit
     * @throws RuleExecutionException when a rule fails
     */
    public ComplianceReport check(Invoice invoice, Matter matter, GuidelineProfile profile) {
        return check(CheckRequest.of(invoice, matter, profile));
    }

    /** Stops the engine's threads and kills its worker JVMs; checks still running are interrupted. Idempotent. */
    @Override
    public void close() {
        executor.shutdownNow();
        if (workers != null) {
            workers.close();
        }
    }

    @Override
    public String toString() {
        return "RuleEngine" + infos;
    }

    /** Collects rule sets and settings for a {@link RuleEngine}; not thread-safe. */
    public static final class Builder {
        private final List<RuleSetSource> sources = new ArrayList<>();
        /* null: RuleSecurityPolicy.defaults(), made only when a rule set is compiled from DRL (bundled packs with a
           build-time model never need it, and making it costs a fresh JVM tens of milliseconds) */
        private RuleSecurityPolicy policy;
        private CheckLimits limits = CheckLimits.defaults();
        private Isolation isolation = Isolation.inProcess();

        private Builder() {
        }

        /** @param source a rule set to load @return this builder */
        public Builder add(RuleSetSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** @param packId a pack bundled with this library, e.g. {@code demo} @return this builder */
        public Builder addBundled(String packId) {
            return add(RuleSetSource.bundled(packId));
        }

        /** @param directory a directory of DRL files, optionally with a manifest @return this builder */
        public Builder addDirectory(Path directory) {
            return add(RuleSetSource.directory(directory));
        }

        /** @param drlFile one DRL file @return this builder */
        public Builder addFile(Path drlFile) {
            return add(RuleSetSource.file(drlFile));
        }

        /**
         * @param id rule set id
         * @param version rule set version
         * @param drl DRL text
         * @return this builder
         */
        public Builder addString(String id, String version, String drl) {
            return add(RuleSetSource.string(id, version, drl));
        }

        /**
         * @param id rule set id
         * @param version rule set version
         * @param drl DRL text
         * @param manifestYaml the rule defaults in the {@code ruleset.yaml} format
         * @return this builder
         */
        public Builder addString(String id, String version, String drl, String manifestYaml) {
            return add(RuleSetSource.string(id, version, drl, manifestYaml));
        }

        /** @param value the security policy for every rule set @return this builder */
        public Builder securityPolicy(RuleSecurityPolicy value) {
            this.policy = Objects.requireNonNull(value, "securityPolicy");
            return this;
        }

        /** @param value the default limits of every check @return this builder */
        public Builder limits(CheckLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * @param value where rule sets other than the bundled packs run: {@link Isolation#inProcess()} (the
         *     default) or {@link Isolation#workerJvm()}
         * @return this builder
         */
        public Builder isolation(Isolation value) {
            this.isolation = Objects.requireNonNull(value, "isolation");
            return this;
        }

        /**
         * Reads, checks and compiles every rule set, and runs each freshly compiled set once on a small sample
         * invoice.
         *
         * <p>In {@link Isolation#workerJvm() isolation mode} the host only reads the rule sets that are not bundled
         * packs; a worker JVM checks, compiles and smoke-runs them, and its problems are reported here the same way.
         *
         * @return the engine
         * @throws RuleSetLoadException listing every problem of every rule set, when any has one
         * @throws WorkerFailureException when the worker JVM cannot be started (isolation mode)
         */
        public RuleEngine build() {
            List<Problem> problems = new ArrayList<>();
            List<CompiledRuleSet> compiled = new ArrayList<>();
            List<RuleSetContent> untrusted = new ArrayList<>();
            /* per rule set in load order: its CompiledRuleSet, or its index among the untrusted ones */
            List<Object> order = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            ThreadPoolExecutor executor = newExecutor();
            // what every engine needs whatever its rule sets (the thread-allocation counter of the checks' memory
            // limit, the SHA-256 of the content hash) is set up on the executor's first thread, on another core,
            // while this one reads the rule sets and builds their rule bases; the first check reuses that thread
            executor.execute(Builder::prepareInBackground);
            WorkerPool workers = null;
            try {
                for (RuleSetSource source : sources) {
                    long start = System.nanoTime();
                    RuleSetContent content = RuleSetReader.read(source, problems);
                    if (content == null) {
                        continue;
                    }
                    if (!ids.add(content.id())) {
                        problems.add(new Problem(content.id(), source.location(), 0, 0, "MANIFEST",
                                "rule set id " + content.id() + " is loaded twice"));
                        continue;
                    }
                    if (isolation instanceof Isolation.WorkerJvm && !source.isBundled()) {
                        order.add(untrusted.size());
                        untrusted.add(content);
                        continue;
                    }
                    RuleSetCompiler.Outcome outcome = RuleSetCompiler.compile(content, this::policy);
                    if (outcome.ruleSet() == null) {
                        problems.addAll(outcome.problems());
                        LOG.info("Rule set {} {} from {} refused: {} problems", content.id(), content.version(),
                                content.origin(), outcome.problems().size());
                        continue;
                    }
                    CompiledRuleSet set = outcome.ruleSet();
                    if (!set.info().precompiled()) {
                        List<Problem> smoke = smokeRun(set, executor);
                        if (!smoke.isEmpty()) {
                            problems.addAll(smoke);
                            continue;
                        }
                    }
                    compiled.add(set);
                    order.add(set);
                    RuleSetInfo info = set.info();
                    LOG.info("Loaded rule set {} {} (sha256 {}) from {}: {} rules, {} in {} ms", info.id(),
                            info.version(), info.sha256(), info.origin(), info.rules().size(),
                            info.precompiled() ? "build-time model" : "compiled DRL",
                            (System.nanoTime() - start) / 1_000_000);
                }
                if (!untrusted.isEmpty()) {
                    WorkerPool.Loaded loaded = WorkerPool.start((Isolation.WorkerJvm) isolation, policy(), untrusted);
                    problems.addAll(loaded.problems());
                    workers = loaded.pool();
                }
            } catch (RuntimeException | Error e) {
                executor.shutdownNow();
                throw e;
            }
            if (!problems.isEmpty()) {
                executor.shutdownNow();
                if (workers != null) {
                    workers.close();
                }
                throw new RuleSetLoadException(problems);
            }
            List<RuleSetInfo> infos = new ArrayList<>();
            for (Object o : order) {
                infos.add(o instanceof CompiledRuleSet set ? set.info() : workers.infos().get((Integer) o));
            }
            return new RuleEngine(compiled, infos, limits, executor, workers);
        }

        private static void prepareInBackground() {
            CheckRunner.prepare();
            RuleSetContent.prepareDigest();
        }

        private RuleSecurityPolicy policy() {
            return policy != null ? policy : RuleSecurityPolicy.defaults();
        }

        private static List<Problem> smokeRun(CompiledRuleSet set, ExecutorService executor) {
            try {
                new CheckRunner(List.of(set), executor).check(CheckRequest.of(SampleInvoice.create(), null, null),
                        SMOKE_LIMITS);
                return List.of();
            } catch (CheckLimitExceededException e) {
                return List.of(smokeProblem(set, e.ruleId(), "exceeded a limit on a three-line sample invoice: "
                        + e.getMessage()));
            } catch (RuleExecutionException e) {
                return List.of(smokeProblem(set, e.ruleId(), "failed on a three-line sample invoice: "
                        + e.getMessage()));
            } catch (RuntimeException e) {
                return List.of(smokeProblem(set, "?", "failed on a three-line sample invoice: " + e));
            }
        }

        private static Problem smokeProblem(CompiledRuleSet set, String ruleId, String message) {
            String at = set.ruleLocations().get(ruleId);
            String path = set.info().id();
            int line = 0;
            if (at != null) {
                int colon = at.lastIndexOf(':');
                path = at.substring(0, colon);
                line = Integer.parseInt(at.substring(colon + 1));
            }
            return new Problem(set.info().id(), path, line, 0, "SMOKE", "rule " + ruleId + " " + message);
        }

        private static ThreadPoolExecutor newExecutor() {
            AtomicInteger n = new AtomicInteger();
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, "rule-check-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                    factory);
        }
    }
}
