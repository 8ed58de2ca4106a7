package dev.legalbilling.rules;

import static dev.legalbilling.rules.Fixtures.ASSOCIATE;
import static dev.legalbilling.rules.Fixtures.MONDAY;
import static dev.legalbilling.rules.Fixtures.PARTNER;
import static dev.legalbilling.rules.Fixtures.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Client;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untrusted rule sets in worker JVMs ({@link Isolation#workerJvm()}): the same reports as in-process, and a rule
 * that exhausts memory, never returns, kills its process or forges an answer ends only its own check.
 */
class IsolationTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile/isolation");
    private static final Path PACKS = Path.of("src/main/resources/dev/legalbilling/rules/packs");

    /**
     * What the hostile files need loosened, and nothing more: functions (their recursion stands in for loops, which
     * the text scan refuses whatever the policy) and the test-only HostileHooks (System.exit and raw writes to the
     * worker's standard output under names the scan does not refuse).
     */
    static final RuleSecurityPolicy HOSTILE_POLICY = RuleSecurityPolicy.defaults().toBuilder().allowFunctions(true)
            .allowType("dev.legalbilling.rules.internal.isolation.HostileHooks")
            .allowMember("new java.util.ArrayList int").build();

    private static final Isolation.WorkerJvm SMALL_WORKER = Isolation.workerJvm().withHeapMegabytes(128)
            .withWorkers(1);

    @AfterAll
    static void leavesNoWorkerBehind() {
        assertThat(workers()).as("worker JVMs still running after every engine closed").isEmpty();
    }

    @Test
    void givesTheSameReportsAsInProcessForTheGuidelineAndDemoPacksLoadedFromDirectories(@TempDir Path dir)
            throws IOException {
        Path guideline = copyPack("guideline", dir);
        Path demo = copyPack("demo", dir);
        InvoiceGenerator generator = InvoiceGenerator.builder(7L).violationsPerThousand(150).build();
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            invoices.add(generator.next(40 + 20 * i).invoice());
        }
        Invoice first = invoices.get(0);
        Matter matter = Matter.builder(first.matter(), new Client(first.client(), "Acme Insurance"))
                .name("Acme v. Globex").arrangement(HourlyFee.of(RateCard.empty()))
                .budget(Money.of("1000.00", "USD")).build();
        GuidelineProfile profile = GuidelineProfile.builder("strict")
                .parameter("OCG-LONG-ENTRY", "maxHours", ParameterValue.decimal("2.5"))
                .severity("OCG-VAGUE-DESCRIPTION", Severity.ERROR).action("OCG-BLOCK-BILLING", Action.ADJUST)
                .citation("OCG-DAILY-HOURS", "Acme OCG 4.2").disable("OCG-INCREMENT").build();
        List<CheckRequest> requests = List.of(
                CheckRequest.of(first, matter, profile),
                new CheckRequest(first, matter, null, Money.of("2500.00", "USD"))
                        .withEthics(EthicsContext.builder().otherInvoices(invoices.subList(1, 4)).build()),
                CheckRequest.of(invoices.get(1), null, null),
                CheckRequest.of(invoices.get(2), null, profile),
                CheckRequest.of(invoices.get(3), null, GuidelineProfile.defaults()));

        Function<Isolation, RuleEngine> engine = isolation -> RuleEngine.builder().isolation(isolation)
                .addDirectory(guideline).addDirectory(demo).build();
        List<ComplianceReport> inProcess = check(engine.apply(Isolation.inProcess()), requests);
        List<ComplianceReport> isolated = check(engine.apply(SMALL_WORKER), requests);

        assertThat(isolated).isEqualTo(inProcess);
        assertThat(inProcess.stream().mapToInt(r -> r.findings().size()).sum()).isGreaterThan(20);
        assertThat(inProcess.get(0).findings()).anyMatch(f -> f.adjustment() != null);
    }

    @Test
    void runsBundledPacksInProcessAndMergesTheirFindingsInTheInProcessOrder(@TempDir Path dir) throws IOException {
        Path guideline = copyPack("guideline", dir);
        Invoice invoice = InvoiceGenerator.builder(11L).violationsPerThousand(200).build().next(60).invoice();
        Function<Isolation, RuleEngine> engine = isolation -> RuleEngine.builder().isolation(isolation)
                .addBundled("demo").addDirectory(guideline).build();
        ComplianceReport inProcess;
        try (RuleEngine e = engine.apply(Isolation.inProcess())) {
            inProcess = e.check(invoice, null, null);
        }
        ComplianceReport isolated;
        try (RuleEngine e = engine.apply(SMALL_WORKER)) {
            isolated = e.check(invoice, null, null);
            assertThat(e.ruleSets()).extracting(RuleSetInfo::id, RuleSetInfo::precompiled)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("demo", true),
                            org.assertj.core.groups.Tuple.tuple("guideline", false));
        }
        assertThat(isolated).isEqualTo(inProcess);
        assertThat(isolated.findings()).extracting(Finding::ruleSetId).contains("demo", "guideline");
    }

    @Test
    void startsNoWorkerForBundledPacksAlone() {
        try (RuleEngine engine = RuleEngine.builder().isolation(SMALL_WORKER).addBundled("demo").build()) {
            assertThat(engine.check(sixLines("BUNDLED-1"), null, null).findings()).isNotEmpty();
            assertThat(workers()).isEmpty();
        }
    }

    @Test
    void reportsTheWorkersLoadProblemsAsInProcessLoadingDoes() {
        String drl = """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "FIRM-ENV"
                when
                    $l : LineFact()
                then
                    insert(Violation.onLine($l, System.getenv("HOME")));
                end
                """;
        RuleSetLoadException inProcess = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addString("env", "1", drl).build());
        RuleSetLoadException isolated = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().isolation(SMALL_WORKER).addString("env", "1", drl).build());
        assertThat(inProcess).isNotNull();
        assertThat(isolated).isNotNull();
        assertThat(isolated.problems()).isEqualTo(inProcess.problems());
    }

    @Test
    void aRuleThatGrowsWithoutBoundEndsItsCheckAndTheNextCheckCarriesOn() {
        try (RuleEngine engine = hostileEngine("grow-without-bound.drl", SMALL_WORKER.withHeapMegabytes(96))) {
            ProcessHandle before = onlyWorker();
            WorkerFailureException e = catchThrowableOfType(WorkerFailureException.class,
                    () -> engine.check(sixLines("OOM-1"), null, null));
            assertThat(e).isNotNull();
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(WorkerFailureException.Reason.OUT_OF_MEMORY);
            assertThat(e.ruleSetId()).isEqualTo("grow-without-bound");
            assertThat(e.code()).isEqualTo(WorkerFailureException.CODE);
            assertThat(e.getMessage()).contains("OOM-1", "96 MiB", "grow-without-bound");
            assertThat(before.isAlive()).isFalse();
            assertCarriesOn(engine, "OOM-2");
        }
    }

    @Test
    void aRuleThatNeverReturnsEndsAtTheWallClockLimitOrTheChecksTimeLimit() {
        try (RuleEngine engine = hostileEngine("never-returns.drl",
                SMALL_WORKER.withWallClockLimit(Duration.ofSeconds(3)))) {
            ProcessHandle first = onlyWorker();
            CheckLimitExceededException wall = catchThrowableOfType(CheckLimitExceededException.class,
                    () -> engine.check(CheckRequest.of(sixLines("SPIN-1"), null, null),
                            CheckLimits.defaults().withTimeout(Duration.ofMinutes(10))));
            assertThat(wall).isNotNull();
            assertThat(wall.limit()).isEqualTo(CheckLimitExceededException.Limit.TIME);
            assertThat(wall.ruleSetId()).isEqualTo("never-returns");
            assertThat(wall.getMessage()).contains("SPIN-1", "3000 ms", "wall-clock", "never-returns");
            assertThat(first.isAlive()).isFalse();

            assertCarriesOn(engine, "SPIN-2");
            ProcessHandle second = onlyWorker();
            CheckLimitExceededException own = catchThrowableOfType(CheckLimitExceededException.class,
                    () -> engine.check(CheckRequest.of(sixLines("SPIN-3"), null, null),
                            CheckLimits.defaults().withTimeout(Duration.ofMillis(500))));
            assertThat(own).isNotNull();
            assertThat(own.limit()).isEqualTo(CheckLimitExceededException.Limit.TIME);
            assertThat(own.ruleSetId()).isEqualTo("never-returns");
            assertThat(own.ruleId()).isEqualTo("HOSTILE-SPIN");
            assertThat(second.isAlive()).as("a worker whose session thread still spins is replaced").isFalse();
            assertCarriesOn(engine, "SPIN-4");
        }
    }

    @Test
    void aRuleThatKillsItsOwnProcessEndsItsCheckAndTheNextCheckCarriesOn() {
        try (RuleEngine engine = hostileEngine("kills-its-process.drl", SMALL_WORKER)) {
            WorkerFailureException e = catchThrowableOfType(WorkerFailureException.class,
                    () -> engine.check(sixLines("EXIT-1"), null, null));
            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(WorkerFailureException.Reason.EXITED);
            assertThat(e.ruleSetId()).isEqualTo("kills-its-process");
            assertThat(e.getMessage()).contains("EXIT-1", "exited with code 3");
            assertCarriesOn(engine, "EXIT-2");
        }
    }

    @Test
    void aForgedOrHugeAnswerIsRefusedAsMalformed() {
        try (RuleEngine engine = RuleEngine.builder().isolation(SMALL_WORKER).securityPolicy(HOSTILE_POLICY)
                .addFile(HOSTILE.resolve("forges-an-answer.drl"))
                .addFile(HOSTILE.resolve("announces-a-huge-answer.drl")).build()) {
            WorkerFailureException e = catchThrowableOfType(WorkerFailureException.class,
                    () -> engine.check(sixLines("FORGE-1"), null, null));
            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(WorkerFailureException.Reason.MALFORMED_ANSWER);
            assertThat(e.getMessage()).contains("forges-an-answer", "a rule the rule set does not have");
        }
        try (RuleEngine engine = hostileEngine("announces-a-huge-answer.drl", SMALL_WORKER)) {
            WorkerFailureException e = catchThrowableOfType(WorkerFailureException.class,
                    () -> engine.check(sixLines("HUGE-1"), null, null));
            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(WorkerFailureException.Reason.MALFORMED_ANSWER);
            assertThat(e.ruleSetId()).isEqualTo("announces-a-huge-answer");
            assertThat(e.getMessage()).contains("the limit is " + Isolation.WorkerJvm.DEFAULT_MAX_ANSWER_BYTES);
            assertCarriesOn(engine, "HUGE-2");
        }
    }

    @Test
    void closingTheEngineKillsItsWorkers() {
        RuleEngine engine = hostileEngine("kills-its-process.drl", SMALL_WORKER);
        ProcessHandle worker = onlyWorker();
        assertThat(worker.isAlive()).isTrue();
        engine.close();
        assertThat(worker.isAlive()).isFalse();
        assertThat(workers()).isEmpty();
        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> engine.check(sixLines("CLOSED-1"), null, null))).isNotNull();
    }

    private static RuleEngine hostileEngine(String file, Isolation.WorkerJvm isolation) {
        return RuleEngine.builder().isolation(isolation).securityPolicy(HOSTILE_POLICY).addBundled("demo")
                .addFile(HOSTILE.resolve(file)).build();
    }

    /** The hostile rules fire on four lines or more: a three-line check runs them and must come back normally. */
    private static void assertCarriesOn(RuleEngine engine, String number) {
        ComplianceReport report = engine.check(threeLines(number), null, null);
        assertThat(report.invoiceNumber().value()).isEqualTo(number);
        assertThat(report.findings()).extracting(Finding::ruleSetId).containsOnly("demo");
        assertThat(report.findings()).isNotEmpty();
    }

    private static List<ComplianceReport> check(RuleEngine engine, List<CheckRequest> requests) {
        try (engine) {
            return requests.stream().map(engine::check).toList();
        }
    }

    private static Path copyPack(String id, Path into) throws IOException {
        Path target = Files.createDirectories(into.resolve(id));
        try (Stream<Path> files = Files.list(PACKS.resolve(id))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    private static List<ProcessHandle> workers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("-Ddev.legalbilling.rules.worker=true")).toList();
    }

    private static ProcessHandle onlyWorker() {
        List<ProcessHandle> all = workers();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static Invoice threeLines(String number) {
        return Fixtures.invoice(number).fee(PARTNER, MONDAY, "11.5", "L110").fee(ASSOCIATE, MONDAY, "2", "")
                .fee(ASSOCIATE, TUESDAY, "1", "L120").build();
    }

    private static Invoice sixLines(String number) {
        return Fixtures.invoice(number).fee(PARTNER, MONDAY, "11.5", "L110").fee(ASSOCIATE, MONDAY, "2", "")
                .fee(ASSOCIATE, TUESDAY, "1", "L120").fee(ASSOCIATE, TUESDAY, "1", "L130")
                .fee(PARTNER, TUESDAY, "0.5", "L140").expense(TUESDAY, "10", "0.25").build();
    }
}
