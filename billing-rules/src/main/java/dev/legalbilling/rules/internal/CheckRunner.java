package dev.legalbilling.rules.internal;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.money.Money;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.CheckLimitExceededException;
import dev.legalbilling.rules.CheckLimits;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleExecutionException;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.RuleSettings;
import dev.legalbilling.rules.Severity;
import dev.legalbilling.rules.fact.LineContext;
import dev.legalbilling.rules.fact.Parameter;
import dev.legalbilling.rules.fact.Parameters;
import dev.legalbilling.rules.fact.Suggestion;
import dev.legalbilling.rules.fact.TimekeeperDay;
import dev.legalbilling.rules.fact.UnknownParameterException;
import dev.legalbilling.rules.fact.Violation;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one check: a fresh session per rule set (sessions are never shared between threads), facts built once,
 * firings and time bounded. The sessions run on the engine's executor so that a check that runs out of time can
 * be abandoned while the caller carries on; the session is halted and its thread interrupted.
 *
 * <p>Thread-safe: all state of a check lives in the check.
 */
public final class CheckRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CheckRunner.class);

    /** How often a running check's allocation is sampled. */
    static final long SAMPLE_MS = 5;
    /** How long a stopped check's thread may go on computing before it is stopped. */
    static final long REAP_AFTER_MS = 2_000;
    private static final com.sun.management.ThreadMXBean THREADS = threadBean();

    private final List<CompiledRuleSet> ruleSets;
    private final List<RuleSetInfo> infos;
    private final ExecutorService executor;
    /**
     * Per rule set, whether its patterns can match a fact class (worked out once per class, on first sight): facts
     * no pattern can match are not inserted.
     */
    private final List<Map<Class<?>, Boolean>> factTypes;
    /** Whether any rule set reads {@code LineContext}; when none does, the contexts are not even built. */
    private final boolean lineContexts;
    /** The same for {@code TimekeeperDay}. */
    private final boolean timekeeperDays;
    /**
     * The parameter facts of the profile last checked with, per rule set: a profile is immutable and Parameter facts
     * are immutable records, so checks with the same profile (the usual case: one profile, many invoices) share
     * them instead of converting the profile and indexing its phrase lists again for every invoice.
     */
    private volatile ProfileParameters lastParameters;

    /**
     * @param ruleSets the rule sets every check runs, in order
     * @param executor where sessions run
     */
    public CheckRunner(List<CompiledRuleSet> ruleSets, ExecutorService executor) {
        this.ruleSets = List.copyOf(ruleSets);
        this.infos = this.ruleSets.stream().map(CompiledRuleSet::info).toList();
        this.executor = executor;
        this.factTypes = this.ruleSets.stream().<Map<Class<?>, Boolean>>map(set -> new ConcurrentHashMap<>())
                .toList();
        this.lineContexts = this.ruleSets.stream().anyMatch(set -> set.matches(LineContext.class));
        this.timekeeperDays = this.ruleSets.stream().anyMatch(set -> set.matches(TimekeeperDay.class));
    }

    /**
     * @param request what to check
     * @param limits the bounds of this check
     * @return the report
     * @throws CheckLimitExceededException when the check exceeds a bound
     * @throws RuleExecutionException when a rule fails
     */
    public ComplianceReport check(CheckRequest request, CheckLimits limits) {
        if (ruleSets.isEmpty()) {
            // nothing runs in this JVM (every rule set runs in a worker JVM, or none is loaded): no facts to build
            return new ComplianceReport(request.invoice().number(), request.invoice().total(),
                    request.profile().id(), List.of(), infos);
        }
        long start = System.nanoTime();
        ProfileParameters inForce = parameters(request.profile());
        List<List<Parameter>> parameters = inForce.parameters();
        FactAssembler.InvoiceFacts facts = FactAssembler.assemble(request, lineContexts, timekeeperDays,
                inForce.byRule());
        Execution execution = new Execution(request, facts, parameters, limits.maxFirings());
        Future<List<Raw>> future = executor.submit(execution);
        List<Raw> raws;
        try {
            raws = await(future, execution, request, limits);
        } catch (InterruptedException e) {
            execution.halt();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuleExecutionException("?", "?", "Check of invoice " + request.invoice().number()
                    + " was interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (CancellationException e) {
            throw new RuleExecutionException("?", "?", "Check of invoice " + request.invoice().number()
                    + " was cancelled", e);
        }
        List<Finding> findings = findings(request, facts, raws);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Checked invoice {} ({} lines) against {} rule sets: {} findings, {} firings, {} ms",
                    request.invoice().number(), request.invoice().lines().size(), ruleSets.size(), findings.size(),
                    limits.maxFirings() - execution.remaining, (System.nanoTime() - start) / 1_000_000);
        }
        return new ComplianceReport(request.invoice().number(), facts.total(), request.profile().id(),
                findings, infos);
    }

    /**
     * Waits for the sessions, sampling the memory their thread has allocated every {@value #SAMPLE_MS} ms, and stops
     * them when time or memory runs out.
     */
    private List<Raw> await(Future<List<Raw>> future, Execution execution, CheckRequest request, CheckLimits limits)
            throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw stop(future, execution, request, CheckLimitExceededException.Limit.TIME, "after "
                        + limits.timeout().toMillis() + " ms (the time limit)");
            }
            try {
                return future.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(SAMPLE_MS)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long allocated = execution.allocated();
                if (allocated > limits.maxAllocatedBytes()) {
                    throw stop(future, execution, request, CheckLimitExceededException.Limit.MEMORY, "after "
                            + "allocating " + (allocated >> 20) + " MiB (the limit is "
                            + (limits.maxAllocatedBytes() >> 20) + " MiB)");
                }
            }
        }
    }

    private CheckLimitExceededException stop(Future<List<Raw>> future, Execution execution, CheckRequest request,
            CheckLimitExceededException.Limit limit, String why) {
        execution.halt();
        future.cancel(true);
        reapLater(execution);
        String setId = execution.currentSet == null ? "?" : execution.currentSet.info().id();
        String rule = execution.currentRule == null ? "?" : execution.currentRule;
        return new CheckLimitExceededException(setId, rule, limit, "Check of invoice " + request.invoice().number()
                + " stopped " + why + " in rule set " + setId + ", rule " + rule
                + location(execution.currentSet, rule));
    }

    /**
     * A halted session stops at the next rule firing; a consequence already running goes on until it returns. The
     * gate admits no loop and no member whose cost is unbounded in one call, but a straight run of allowed arithmetic
     * (a decimal squared thirty times) can still compute for minutes. Such a thread, still in the stopped check after
     * {@value #REAP_AFTER_MS} ms, is stopped with {@link Thread#stop()}: rule code can neither catch the resulting
     * error (the gate refuses exception handlers) nor hold a lock while it unwinds (it refuses {@code synchronized});
     * the session it leaves behind is discarded. On a JVM where {@code Thread.stop} is gone (Java 20+), the thread
     * finishes on its own and a warning says so; the isolation mode is the answer there.
     */
    @SuppressWarnings("removal")
    private static void reapLater(Execution execution) {
        Thread reaper = new Thread(() -> {
            try {
                Thread.sleep(REAP_AFTER_MS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (execution) {
                Thread runner = execution.runner;
                if (runner == null) {
                    return;
                }
                try {
                    runner.stop();
                    LOG.warn("A stopped check was still computing {} ms later in thread {}; the thread was stopped",
                            REAP_AFTER_MS, runner.getName());
                } catch (UnsupportedOperationException e) {
                    LOG.warn("A stopped check is still computing in thread {}; this JVM cannot stop it, it will "
                            + "finish on its own", runner.getName());
                }
            }
        }, "rule-check-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    private ProfileParameters parameters(GuidelineProfile profile) {
        ProfileParameters last = lastParameters;
        if (last != null && last.profile() == profile) {
            return last;
        }
        List<List<Parameter>> parameters = new ArrayList<>(ruleSets.size());
        for (CompiledRuleSet set : ruleSets) {
            parameters.add(List.copyOf(FactAssembler.parameters(set.info().rules(), profile)));
        }
        parameters = List.copyOf(parameters);
        ProfileParameters inForce = new ProfileParameters(profile, parameters,
                Parameters.of(parameters.stream().flatMap(List::stream).toList()));
        lastParameters = inForce;
        return inForce;
    }

    /** A profile, its parameter facts per rule set, and all of them by rule id and name (for line contexts). */
    private record ProfileParameters(GuidelineProfile profile, List<List<Parameter>> parameters,
            Parameters byRule) {
    }

    /**
     * Initialises what every check needs and no rule set decides (the JVM's per-thread allocation counter, read to
     * enforce the memory limit), so that an engine can have it done on another thread while it loads rule sets.
     * Idempotent; thread-safe.
     */
    public static void prepare() {
        // initialising the class (this call) makes THREADS
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean hotSpot && hotSpot.isThreadAllocatedMemorySupported()) {
            hotSpot.setThreadAllocatedMemoryEnabled(true);
            return hotSpot;
        }
        LOG.warn("This JVM does not count the memory each thread allocates: the memory limit of checks is not "
                + "enforced");
        return null;
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    private static String location(CompiledRuleSet set, String rule) {
        return set == null ? "" : set.locationSuffix(rule);
    }

    /** A violation and the rule and rule set that inserted it. */
    private record Raw(CompiledRuleSet set, String ruleId, Violation violation) {
    }

    /** The sessions of one check, run on the executor. */
    private final class Execution implements Callable<List<Raw>> {
        private final CheckRequest request;
        private final FactAssembler.InvoiceFacts facts;
        private final List<List<Parameter>> parameters;
        private final long maxFirings;
        private volatile CompiledRuleSet currentSet;
        private volatile String currentRule;
        private volatile KieSession currentSession;
        private volatile boolean halted;
        private volatile long threadId = -1;
        /** The thread running this execution's sessions, null once it has left them; guarded by this. */
        private Thread runner;
        private volatile long allocatedAtStart;
        private long remaining;

        Execution(CheckRequest request, FactAssembler.InvoiceFacts facts, List<List<Parameter>> parameters,
                long maxFirings) {
            this.request = request;
            this.facts = facts;
            this.parameters = parameters;
            this.maxFirings = maxFirings;
            this.remaining = maxFirings;
        }

        void halt() {
            halted = true;
            KieSession s = currentSession;
            if (s != null) {
                try {
                    s.halt();
                } catch (RuntimeException e) {
                    LOG.debug("halting a session failed", e);
                }
            }
        }

        /** @return bytes the check's thread has allocated since the sessions started, or 0 when unknown */
        long allocated() {
            long id = threadId;
            if (id < 0 || THREADS == null) {
                return 0;
            }
            long now = THREADS.getThreadAllocatedBytes(id);
            return now < 0 ? 0 : now - allocatedAtStart;
        }

        @Override
        public List<Raw> call() {
            if (THREADS != null) {
                long id = Thread.currentThread().getId();
                allocatedAtStart = THREADS.getThreadAllocatedBytes(id);
                threadId = id;
            }
            synchronized (this) {
                runner = Thread.currentThread();
            }
            try {
                return runSessions();
            } finally {
                synchronized (this) {
                    runner = null;
                }
            }
        }

        private List<Raw> runSessions() {
            List<Raw> raws = new ArrayList<>();
            for (int i = 0; i < ruleSets.size() && !halted; i++) {
                run(ruleSets.get(i), factTypes.get(i), parameters.get(i), raws);
            }
            return raws;
        }

        private void run(CompiledRuleSet set, Map<Class<?>, Boolean> types, List<Parameter> params,
                List<Raw> raws) {
            currentSet = set;
            currentRule = null;
            Set<String> disabled = disabledRules(set, request.profile());
            Map<String, long[]> counts = new HashMap<>();
            KieSession session = set.kieBase().newKieSession();
            currentSession = session;
            try {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void beforeMatchFired(BeforeMatchFiredEvent event) {
                        String name = event.getMatch().getRule().getName();
                        currentRule = name;
                        counts.computeIfAbsent(name, k -> new long[1])[0]++;
                    }
                });
                for (Object fact : facts.facts()) {
                    if (types.computeIfAbsent(fact.getClass(), set::matches)) {
                        session.insert(fact);
                    }
                }
                if (types.computeIfAbsent(Parameter.class, set::matches)) {
                    for (Parameter p : params) {
                        session.insert(p);
                    }
                }
                // only the rules' inserts are of interest: listening from here on spares an event per fact inserted
                // above (a thousand per 1,000-line invoice); nothing fires before fireAllRules
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        if (event.getObject() instanceof Violation v && event.getRule() != null) {
                            raws.add(new Raw(set, event.getRule().getName(), v));
                        }
                    }
                });
                int budget = remaining >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) remaining + 1;
                int fired = disabled.isEmpty() ? session.fireAllRules(budget)
                        : session.fireAllRules(match -> !disabled.contains(match.getRule().getName()), budget);
                if (fired > remaining) {
                    String rule = mostFired(counts);
                    throw new CheckLimitExceededException(set.info().id(), rule,
                            CheckLimitExceededException.Limit.FIRINGS, "Check of invoice "
                                    + request.invoice().number() + " stopped after " + maxFirings
                                    + " rule firings (the firing limit) in rule set " + set.info().id()
                                    + "; rule " + rule + " fired " + counts.get(rule)[0] + " times"
                                    + set.locationSuffix(rule));
                }
                remaining -= fired;
            } catch (CheckLimitExceededException e) {
                throw e;
            } catch (ConsequenceException e) {
                String rule = e.getMatch() != null ? e.getMatch().getRule().getName() : String.valueOf(currentRule);
                throw failure(set, rule, e.getCause() == null ? e : e.getCause());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                if (halted) {
                    return;
                }
                throw failure(set, currentRule != null ? currentRule : ruleOf(e), e);
            } finally {
                currentSession = null;
                session.dispose();
            }
        }

        private RuleExecutionException failure(CompiledRuleSet set, String rule, Throwable cause) {
            return new RuleExecutionException(set.info().id(), rule, "Rule " + rule + " of rule set "
                    + set.info().id() + set.locationSuffix(rule) + " failed on invoice " + request.invoice().number()
                    + ": " + RuleSetCompiler.rootMessage(cause), cause);
        }
    }

    /**
     * @return the rule a failure outside any firing belongs to, when it says (a threshold on a line pattern that reads
     *     an undocumented parameter fails while the line is inserted), else {@code "?"}
     */
    private static String ruleOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownParameterException u) {
                return u.ruleId();
            }
        }
        return "?";
    }

    private static String mostFired(Map<String, long[]> counts) {
        return counts.entrySet().stream().max(Comparator.comparingLong(e -> e.getValue()[0]))
                .map(Map.Entry::getKey).orElse("?");
    }

    private static Set<String> disabledRules(CompiledRuleSet set, GuidelineProfile profile) {
        Set<String> disabled = new HashSet<>();
        for (RuleDefinition rule : set.info().rules()) {
            boolean enabled = profile.settings(rule.id()).enabledIfSet().orElse(rule.enabled());
            if (!enabled) {
                disabled.add(rule.id());
            }
        }
        return disabled;
    }

    private List<Finding> findings(CheckRequest request, FactAssembler.InvoiceFacts facts, List<Raw> raws) {
        Invoice invoice = request.invoice();
        String number = invoice.number().value();
        Set<Finding> findings = new LinkedHashSet<>();
        for (Raw raw : raws) {
            Violation v = raw.violation();
            CompiledRuleSet set = raw.set();
            if (!v.invoiceNumber().equals(number)) {
                throw new RuleExecutionException(set.info().id(), raw.ruleId(), "Rule " + raw.ruleId() + " of rule set "
                        + set.info().id() + " reported invoice " + v.invoiceNumber() + " while checking " + number,
                        null);
            }
            InvoiceLine line = null;
            if (!v.lineNumber().isEmpty()) {
                line = facts.lines().get(v.lineNumber());
                if (line == null) {
                    throw new RuleExecutionException(set.info().id(), raw.ruleId(), "Rule " + raw.ruleId()
                            + " of rule set " + set.info().id() + " reported line " + v.lineNumber()
                            + ", which invoice " + number + " does not have", null);
                }
            }
            RuleDefinition def = set.definition(raw.ruleId());
            RuleSettings settings = request.profile().settings(raw.ruleId());
            Severity severity = settings.severity() != null ? settings.severity() : def.severity();
            Action action = settings.action() != null ? settings.action() : def.action();
            String citation = settings.citation() != null ? settings.citation() : def.citation();
            // an invoice-level finding may carry a suggestion too (e.g. cap the fees at the remaining budget); it
            // is reported, and ComplianceReport.applyTo leaves it alone because it belongs to no line
            Adjustment adjustment = adjustment(v.suggestion(), invoice);
            Money atStake;
            if (v.amountAtStake() != null) {
                atStake = Money.rounded(v.amountAtStake(), invoice.currency(), RoundingMode.HALF_UP);
            } else if (adjustment != null && line != null) {
                atStake = adjustment.writeDown(line);
            } else if (line != null) {
                atStake = line.total().abs();
            } else {
                atStake = Money.zero(invoice.currency());
            }
            findings.add(new Finding(raw.ruleId(), set.info().id(), severity, action, invoice.number(),
                    line == null ? null : line.lineNumber(), line == null ? 0 : line.sourceLine(), v.message(),
                    citation, atStake, adjustment));
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.<Finding>comparingInt(f -> f.lineItemNumber() == null ? 0
                        : facts.positions().get(f.lineItemNumber()))
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::ruleSetId)
                .thenComparing(Finding::message)
                .thenComparing(f -> f.amountAtStake().amount()));
        return sorted;
    }

    private static Adjustment adjustment(Suggestion s, Invoice invoice) {
        if (s == null) {
            return null;
        }
        return switch (s.kind()) {
            case Suggestion.REDUCE_UNITS -> new Adjustment.ReduceUnits(s.value());
            case Suggestion.BILL_AT_PERCENT -> new Adjustment.BillAtPercent(s.value());
            case Suggestion.DISALLOW -> new Adjustment.Disallow();
            case Suggestion.CAP_AMOUNT -> new Adjustment.CapAmount(
                    Money.rounded(s.value(), invoice.currency(), RoundingMode.HALF_UP));
            default -> throw new IllegalStateException("unknown suggestion kind " + s.kind());
        };
    }
}
