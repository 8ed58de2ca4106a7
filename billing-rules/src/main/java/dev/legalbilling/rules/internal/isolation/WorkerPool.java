package dev.legalbilling.rules.internal.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.money.Money;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.CheckLimitExceededException;
import dev.legalbilling.rules.CheckLimits;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.Isolation;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleExecutionException;
import dev.legalbilling.rules.RuleSecurityPolicy;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.Severity;
import dev.legalbilling.rules.WorkerFailureException;
import dev.legalbilling.rules.internal.RuleSetContent;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker JVMs of one engine and the rule sets they run: at most {@link Isolation.WorkerJvm#workers()} workers,
 * started on first need, each serving one check at a time. A worker that fails, runs out of time or answers nonsense
 * is killed and replaced by a fresh one on the next check. Everything a worker says is checked: message size, JSON
 * syntax, every field of every finding against the request and the loaded rule sets; nothing is deserialized into
 * Java objects other than through those checks.
 *
 * <p>Thread-safe.
 */
public final class WorkerPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    /** Longest message text taken from a worker (findings, problems, errors). */
    private static final int MAX_TEXT = 4000;
    /** Most rules one rule set may report. */
    private static final int MAX_RULES = 100_000;
    /** A decimal as the worker must write it: plain digits, at most 30 before and 30 after the point. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

    private final Isolation.WorkerJvm settings;
    private final ObjectNode loadMessage;
    private final List<RuleSetContent> contents;
    private final List<String> ids;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final Thread shutdownHook;
    private volatile boolean closed;
    private volatile List<RuleSetInfo> infos;
    private volatile List<Set<String>> ruleIds;

    private WorkerPool(Isolation.WorkerJvm settings, RuleSecurityPolicy policy, List<RuleSetContent> contents) {
        this.settings = settings;
        this.contents = List.copyOf(contents);
        this.ids = this.contents.stream().map(RuleSetContent::id).toList();
        this.permits = new Semaphore(settings.workers(), true);
        this.loadMessage = Wire.object().put("type", "load");
        loadMessage.set("policy", Wire.policy(policy));
        ArrayNode sets = loadMessage.putArray("ruleSets");
        this.contents.forEach(c -> sets.add(Wire.content(c)));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rule-worker-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.shutdownHook = new Thread(this::killAll, "rule-worker-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The pool, and what loading the rule sets in its first worker found. */
    public record Loaded(WorkerPool pool, List<RuleSetInfo> infos, List<Problem> problems) {
    }

    /**
     * Starts one worker and loads the rule sets in it (compile, security check and smoke run happen there).
     *
     * @param settings the worker settings
     * @param policy the security policy the worker checks the rule sets against
     * @param contents the rule sets as read by the host
     * @return the pool with the rule sets' identities, or (pool closed) every problem the worker found
     * @throws WorkerFailureException when the worker cannot be started or its answer is malformed
     */
    public static Loaded start(Isolation.WorkerJvm settings, RuleSecurityPolicy policy,
            List<RuleSetContent> contents) {
        WorkerPool pool = new WorkerPool(settings, policy, contents);
        try {
            long start = System.nanoTime();
            WorkerProcess worker = pool.startWorker();
            LOG.info("Loaded {} rule sets in a worker JVM (pid {}) in {} ms", contents.size(), worker.handle().pid(),
                    (System.nanoTime() - start) / 1_000_000);
            pool.idle.add(worker);
            return new Loaded(pool, pool.infos, List.of());
        } catch (LoadRefused refused) {
            pool.close();
            return new Loaded(null, List.of(), refused.problems);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** @return the identities of the rule sets, in load order */
    public List<RuleSetInfo> infos() {
        return infos;
    }

    /**
     * @return the process handles of the running workers (for tests and diagnostics)
     */
    public List<ProcessHandle> workers() {
        return live.stream().map(WorkerProcess::handle).toList();
    }

    /** @return how many environment variables each idle worker saw at start-up (for tests) */
    List<Integer> environmentSizes() {
        return idle.stream().map(WorkerProcess::environmentVariables).toList();
    }

    /**
     * Checks an invoice against the rule sets in a worker.
     *
     * @param request what to check
     * @param limits the limits the worker applies; the host waits at most
     *     {@link Isolation.WorkerJvm#wallClockLimit(CheckLimits)}
     * @return the findings, each checked against the request and the rule sets
     * @throws CheckLimitExceededException when the worker stopped the check at a limit or did not answer in time
     * @throws RuleExecutionException when a rule failed in the worker
     * @throws WorkerFailureException when the worker ended or answered nonsense
     */
    public List<Finding> check(CheckRequest request, CheckLimits limits) {
        ObjectNode ethics = request.ethics() == null ? null : Wire.ethics(request.ethics());
        String number = request.invoice().number().value();
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleExecutionException("?", "?", "Check of invoice " + number + " was interrupted", e);
        }
        try {
            WorkerProcess worker = borrow();
            byte[] message;
            try {
                message = Wire.check(request, ethics, limits, worker.sent());
            } catch (RuntimeException e) {
                idle.push(worker);
                throw e;
            }
            int[] running = {-1};
            ObjectNode answer;
            try {
                answer = worker.exchange(message, settings.wallClockLimit(limits), p -> {
                    JsonNode index = p.get("index");
                    if (index != null && index.canConvertToInt() && index.intValue() >= 0
                            && index.intValue() < ids.size()) {
                        running[0] = index.intValue();
                    }
                });
            } catch (WorkerProcess.GoneException e) {
                live.remove(worker);
                throw failure(e, running[0] < 0 ? "?" : ids.get(running[0]), number, limits);
            }
            boolean reusable = true;
            try {
                List<Finding> findings = interpret(answer, request);
                return findings;
            } catch (CheckLimitExceededException e) {
                // the worker's abandoned session thread may still be running: start afresh
                reusable = e.limit() != CheckLimitExceededException.Limit.TIME;
                throw e;
            } catch (WorkerFailureException e) {
                reusable = false;
                throw e;
            } finally {
                if (reusable && !closed && worker.isAlive()) {
                    idle.push(worker);
                } else {
                    live.remove(worker);
                    worker.kill();
                }
            }
        } finally {
            permits.release();
        }
    }

    private RuntimeException failure(WorkerProcess.GoneException e, String setId, String number,
            CheckLimits limits) {
        String where = "?".equals(setId) ? "" : " in rule set " + setId;
        return switch (e.ending()) {
            case TIMED_OUT -> new CheckLimitExceededException(setId, "?", CheckLimitExceededException.Limit.TIME,
                    "Check of invoice " + number + " stopped after " + settings.wallClockLimit(limits).toMillis()
                            + " ms (the worker's wall-clock limit)" + where + "; the worker was killed");
            case OUT_OF_MEMORY -> new WorkerFailureException(setId, WorkerFailureException.Reason.OUT_OF_MEMORY,
                    "Check of invoice " + number + " ran out of the worker's " + settings.heapMegabytes()
                            + " MiB heap" + where + "; the worker was ended");
            case EXITED -> new WorkerFailureException(setId, WorkerFailureException.Reason.EXITED,
                    "Check of invoice " + number + " ended" + where + " because the worker " + e.getMessage());
            case MALFORMED -> new WorkerFailureException(setId, WorkerFailureException.Reason.MALFORMED_ANSWER,
                    "Check of invoice " + number + " failed" + where + ": the worker was killed because "
                            + e.getMessage());
        };
    }

    private WorkerProcess borrow() {
        while (true) {
            if (closed) {
                throw new IllegalStateException("the rule engine is closed");
            }
            WorkerProcess w = idle.poll();
            if (w == null) {
                try {
                    return startWorker();
                } catch (LoadRefused e) {
                    throw new WorkerFailureException("?", WorkerFailureException.Reason.START_FAILED,
                            "A fresh worker refused rule sets it loaded before: " + e.problems);
                }
            }
            if (w.isAlive()) {
                return w;
            }
            live.remove(w);
            w.kill();
        }
    }

    /** The worker refused the rule sets; the problems say why. */
    private static final class LoadRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        LoadRefused(List<Problem> problems) {
            super("refused", null, false, false);
            this.problems = problems;
        }
    }

    private WorkerProcess startWorker() throws LoadRefused {
        WorkerProcess worker;
        try {
            worker = WorkerProcess.start(settings, timer);
        } catch (IOException e) {
            throw new WorkerFailureException("?", WorkerFailureException.Reason.START_FAILED,
                    "The rule worker JVM cannot be started with " + settings.javaExecutable() + ": " + e.getMessage());
        } catch (WorkerProcess.GoneException e) {
            throw new WorkerFailureException("?", WorkerFailureException.Reason.START_FAILED,
                    "The rule worker JVM did not start within " + settings.startupTimeout().toMillis() + " ms: "
                            + e.getMessage());
        }
        live.add(worker);
        if (closed) {
            live.remove(worker);
            worker.kill();
            throw new IllegalStateException("the rule engine is closed");
        }
        try {
            ObjectNode answer = worker.exchange(loadMessage, settings.startupTimeout(), p -> { });
            String type = answer.path("type").textValue();
            if ("refused".equals(type)) {
                List<Problem> problems = problems(answer);
                live.remove(worker);
                worker.kill();
                throw new LoadRefused(problems);
            }
            if (!"loaded".equals(type)) {
                throw malformed("?", "its answer to loading is neither loaded nor refused");
            }
            loaded(answer);
            return worker;
        } catch (WorkerProcess.GoneException e) {
            live.remove(worker);
            throw new WorkerFailureException("?", WorkerFailureException.Reason.START_FAILED,
                    "The rule worker JVM failed while loading the rule sets: " + e.getMessage());
        } catch (WorkerFailureException e) {
            live.remove(worker);
            worker.kill();
            throw e;
        }
    }

    /** Reads the rule ids of each set; the first worker's answer fixes them, later workers must agree. */
    private void loaded(ObjectNode answer) {
        JsonNode sets = answer.get("ruleSets");
        if (sets == null || !sets.isArray() || sets.size() != contents.size()) {
            throw malformed("?", "it loaded a different number of rule sets than it was given");
        }
        List<Set<String>> ruleIdsNow = new ArrayList<>();
        List<RuleSetInfo> infosNow = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            RuleSetContent content = contents.get(i);
            JsonNode rules = sets.get(i).get("rules");
            if (rules == null || !rules.isArray() || rules.size() > MAX_RULES) {
                throw malformed(content.id(), "its list of rules is missing or too long");
            }
            Map<String, RuleDefinition> documented = content.manifest() == null ? Map.of()
                    : content.manifest().rules();
            TreeSet<String> ruleSetRules = new TreeSet<>();
            for (JsonNode r : rules) {
                if (!r.isTextual()) {
                    throw malformed(content.id(), "a rule id is not text");
                }
                ruleSetRules.add(r.textValue());
            }
            if (!ruleSetRules.containsAll(documented.keySet())) {
                throw malformed(content.id(), "it did not load every rule the manifest documents");
            }
            List<RuleDefinition> definitions = new ArrayList<>();
            try {
                for (String id : ruleSetRules) {
                    definitions.add(documented.getOrDefault(id, RuleDefinition.undocumented(id)));
                }
            } catch (RuntimeException e) {
                throw malformed(content.id(), "it named a rule that is not a valid rule id");
            }
            ruleIdsNow.add(Set.copyOf(ruleSetRules));
            infosNow.add(new RuleSetInfo(content.id(), content.version(), content.sha256(), content.origin(), false,
                    definitions));
        }
        synchronized (this) {
            if (ruleIds == null) {
                ruleIds = List.copyOf(ruleIdsNow);
                infos = List.copyOf(infosNow);
            } else if (!ruleIds.equals(ruleIdsNow)) {
                throw malformed("?", "a fresh worker loaded other rules than the first one");
            }
        }
    }

    private List<Problem> problems(ObjectNode answer) {
        JsonNode list = answer.get("problems");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw malformed("?", "it refused the rule sets without naming a problem");
        }
        List<Problem> problems = new ArrayList<>();
        for (JsonNode p : list) {
            String setId = text(p, "ruleSetId", "?");
            if (!ids.contains(setId)) {
                throw malformed("?", "it reported a problem of a rule set it was not given");
            }
            problems.add(new Problem(setId, text(p, "path", setId), integer(p, "line", setId),
                    integer(p, "column", setId), text(p, "kind", setId), text(p, "message", setId)));
        }
        return problems;
    }

    private List<Finding> interpret(ObjectNode answer, CheckRequest request) {
        String type = answer.path("type").textValue();
        String number = request.invoice().number().value();
        if ("failed".equals(type)) {
            String setId = text(answer, "ruleSetId", "?");
            if (!ids.contains(setId)) {
                throw malformed("?", "it reported a failure of a rule set it does not run");
            }
            String ruleId = text(answer, "ruleId", setId);
            String message = text(answer, "message", setId);
            switch (text(answer, "kind", setId)) {
                case "limit" -> {
                    CheckLimitExceededException.Limit limit;
                    try {
                        limit = CheckLimitExceededException.Limit.valueOf(text(answer, "limit", setId));
                    } catch (IllegalArgumentException e) {
                        throw malformed(setId, "it reported an unknown limit");
                    }
                    throw new CheckLimitExceededException(setId, ruleId, limit, message);
                }
                case "execution", "error" -> throw new RuleExecutionException(setId, ruleId, message, null);
                default -> throw malformed(setId, "it reported an unknown kind of failure");
            }
        }
        if (!"report".equals(type)) {
            throw malformed("?", "its answer to a check is neither a report nor a failure");
        }
        JsonNode list = answer.get("findings");
        if (list == null || !list.isArray()) {
            throw malformed("?", "its report has no findings list");
        }
        Invoice invoice = request.invoice();
        Map<String, InvoiceLine> lines = new HashMap<>();
        invoice.lines().forEach(l -> lines.put(l.lineNumber(), l));
        List<Finding> findings = new ArrayList<>(list.size());
        for (JsonNode f : list) {
            findings.add(finding(f, invoice, lines, number));
        }
        return findings;
    }

    private Finding finding(JsonNode f, Invoice invoice, Map<String, InvoiceLine> lines, String number) {
        if (!f.isObject()) {
            throw malformed("?", "a finding is not an object");
        }
        String setId = text(f, "ruleSetId", "?");
        int index = ids.indexOf(setId);
        if (index < 0) {
            throw malformed("?", "it reported a finding of a rule set it does not run");
        }
        String ruleId = text(f, "ruleId", setId);
        if (!ruleIds.get(index).contains(ruleId)) {
            throw malformed(setId, "it reported a finding of a rule the rule set does not have");
        }
        if (!number.equals(text(f, "invoiceNumber", setId))) {
            throw malformed(setId, "it reported a finding on another invoice");
        }
        JsonNode lineNode = f.get("lineItemNumber");
        InvoiceLine line = null;
        if (lineNode == null) {
            throw malformed(setId, "a finding has no lineItemNumber");
        }
        if (!lineNode.isNull()) {
            line = lines.get(text(f, "lineItemNumber", setId));
            if (line == null) {
                throw malformed(setId, "it reported a line the invoice does not have");
            }
        }
        try {
            Severity severity = Severity.valueOf(text(f, "severity", setId));
            Action action = Action.valueOf(text(f, "action", setId));
            Money atStake = Money.of(decimal(f, "amountAtStake", setId), invoice.currency());
            JsonNode a = f.get("adjustment");
            Adjustment adjustment;
            if (a == null) {
                throw malformed(setId, "a finding has no adjustment field");
            } else if (a.isNull()) {
                adjustment = null;
            } else {
                adjustment = switch (text(a, "kind", setId)) {
                    case "REDUCE_UNITS" -> new Adjustment.ReduceUnits(decimal(a, "value", setId));
                    case "BILL_AT_PERCENT" -> new Adjustment.BillAtPercent(decimal(a, "value", setId));
                    case "DISALLOW" -> new Adjustment.Disallow();
                    case "CAP_AMOUNT" -> new Adjustment.CapAmount(Money.of(decimal(a, "value", setId),
                            invoice.currency()));
                    default -> throw malformed(setId, "a finding suggests an unknown adjustment");
                };
            }
            return new Finding(ruleId, setId, severity, action, invoice.number(),
                    line == null ? null : line.lineNumber(), line == null ? 0 : line.sourceLine(),
                    text(f, "message", setId), text(f, "citation", setId), atStake, adjustment);
        } catch (WorkerFailureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw malformed(setId, "a finding of rule " + ruleId + " is invalid: " + clean(String.valueOf(
                    e.getMessage())));
        }
    }

    private static String text(JsonNode n, String field, String setId) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw malformed(setId, "the field " + field + " is missing or not text");
        }
        return clean(v.textValue());
    }

    private static int integer(JsonNode n, String field, String setId) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw malformed(setId, "the field " + field + " is missing or not a whole number");
        }
        return v.intValue();
    }

    private static BigDecimal decimal(JsonNode n, String field, String setId) {
        String s = text(n, field, setId);
        if (!PLAIN_DECIMAL.matcher(s).matches()) {
            throw malformed(setId, "the field " + field + " is not a plain decimal");
        }
        return new BigDecimal(s);
    }

    /** Control characters become spaces, and the text is cut at {@value #MAX_TEXT} characters. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_TEXT));
        for (int i = 0; i < s.length() && b.length() < MAX_TEXT; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString();
    }

    private static WorkerFailureException malformed(String setId, String what) {
        return new WorkerFailureException(setId, WorkerFailureException.Reason.MALFORMED_ANSWER,
                "The rule worker's answer was refused" + ("?".equals(setId) ? "" : " (rule set " + setId + ")")
                        + ": " + what);
    }

    /**
     * Merges the findings of the in-process rule sets and of the workers in the order an in-process run gives:
     * by line position, rule id, rule set id, message, then amount at stake; duplicates once.
     *
     * @param invoice the invoice checked
     * @param inProcess the in-process findings
     * @param isolated the workers' findings
     * @return the merged findings
     */
    public static List<Finding> merge(Invoice invoice, List<Finding> inProcess, List<Finding> isolated) {
        Map<String, Integer> positions = new HashMap<>();
        int position = 0;
        for (InvoiceLine l : invoice.lines()) {
            positions.put(l.lineNumber(), ++position);
        }
        Set<Finding> all = new LinkedHashSet<>(inProcess);
        all.addAll(isolated);
        List<Finding> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.<Finding>comparingInt(f -> f.lineItemNumber() == null ? 0
                        : positions.get(f.lineItemNumber()))
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::ruleSetId)
                .thenComparing(Finding::message)
                .thenComparing(f -> f.amountAtStake().amount()));
        return sorted;
    }

    /** Kills every worker; later checks fail. Idempotent. */
    @Override
    public void close() {
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
        killAll();
        timer.shutdownNow();
    }

    private void killAll() {
        for (WorkerProcess w : List.copyOf(live)) {
            live.remove(w);
            w.kill();
        }
        idle.clear();
    }
}
