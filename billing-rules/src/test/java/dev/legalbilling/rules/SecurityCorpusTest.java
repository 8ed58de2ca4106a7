package dev.legalbilling.rules;

import static dev.legalbilling.rules.Fixtures.ASSOCIATE;
import static dev.legalbilling.rules.Fixtures.MONDAY;
import static dev.legalbilling.rules.Fixtures.PARTNER;
import static dev.legalbilling.rules.Fixtures.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.legalbilling.invoice.Invoice;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus: every file under {@code hostile/load} must be refused at load time with a SECURITY problem
 * naming the offending construct, every file under {@code hostile/run} must be stopped when it runs away while the
 * engine keeps working, and every file under {@code legit} must load and run.
 */
class SecurityCorpusTest {
    private static final Path PWNED = Path.of("/tmp/pwned");

    static Stream<Path> hostileAtLoad() throws IOException, URISyntaxException {
        return files("hostile/load");
    }

    static Stream<Path> legitimate() throws IOException, URISyntaxException {
        return files("legit");
    }

    static Stream<Path> files(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(SecurityCorpusTest.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".drl")).sorted().toList().stream();
        }
    }

    @Test
    void theHostileCorpusHasAtLeastFifteenDistinctEscapeAttempts() throws Exception {
        assertThat(hostileAtLoad().count()).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAtLoad")
    void refusesHostileFileAtLoad(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String expected = text.lines().filter(l -> l.startsWith("// REFUSED-FOR: ")).findFirst().orElseThrow()
                .substring("// REFUSED-FOR: ".length());

        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addFile(file).build());

        assertThat(e).as("%s must be refused", file.getFileName()).isNotNull();
        assertThat(e.code()).isEqualTo("RULES_LOAD_FAILED");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).isEqualTo(file.getFileName().toString()));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo("SECURITY");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains(expected);
        });
        assertThat(e.getMessage()).startsWith(file.getFileName() + ":");
        assertThat(PWNED).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legitimate")
    void loadsAndRunsLegitimateFile(Path file) {
        try (RuleEngine engine = RuleEngine.builder().addFile(file).build()) {
            ComplianceReport report = engine.check(fiveLines("LEGIT-1"), null, null);
            assertThat(report.ruleSets()).extracting(RuleSetInfo::id)
                    .containsExactly(file.getFileName().toString().replace(".drl", ""));
        }
    }

    @Test
    void legitimateRulesProduceTheirFindings() throws Exception {
        Path file = legitimate().filter(p -> p.getFileName().toString().startsWith("keyword")).findFirst()
                .orElseThrow();
        Invoice invoice = Fixtures.invoice("LEGIT-2")
                .fee(PARTNER, java.time.LocalDate.of(2026, 3, 7), "2", "L110", "Attend CONFERENCE with client")
                .fee(PARTNER, MONDAY, "1", "L110", "Work on various matters")
                .build();
        GuidelineProfile profile = GuidelineProfile.builder("words")
                .parameter("FIRM-BANNED-WORDS", "words", ParameterValue.strings(List.of("various")))
                .build();
        try (RuleEngine engine = RuleEngine.builder().addFile(file).build()) {
            ComplianceReport report = engine.check(invoice, null, profile);
            assertThat(report.findings()).extracting(Finding::ruleId, Finding::lineItemNumber).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("FIRM-CONFERENCE", "1"),
                    org.assertj.core.groups.Tuple.tuple("FIRM-WEEKEND-WORK", "1"),
                    org.assertj.core.groups.Tuple.tuple("FIRM-BANNED-WORDS", "2"));
            assertThat(report.findings().get(1).message()).contains("§ 4.2 café").contains("90.00");
        }
    }

    @Test
    void stopsAnInsertLoopAtTheFiringLimitAndCarriesOn() {
        try (RuleEngine engine = runEngine("insert-loop.drl")) {
            CheckLimitExceededException e = catchThrowableOfType(CheckLimitExceededException.class,
                    () -> engine.check(CheckRequest.of(fiveLines("RUN-1"), null, null),
                            CheckLimits.defaults().withMaxFirings(10_000)));
            assertThat(e).isNotNull();
            assertThat(e.limit()).isEqualTo(CheckLimitExceededException.Limit.FIRINGS);
            assertThat(e.ruleSetId()).isEqualTo("insert-loop");
            assertThat(e.ruleId()).isEqualTo("RUNAWAY-INSERT");
            assertThat(e.getMessage()).contains("RUN-1", "10000 rule firings", "insert-loop", "RUNAWAY-INSERT",
                    "insert-loop.drl:15");
            assertThat(engine.check(threeLines("RUN-2"), null, null).findings()).isEmpty();
        }
    }

    @Test
    void stopsAnInsertLoopAtTheTimeLimitAndCarriesOn() {
        try (RuleEngine engine = runEngine("insert-loop.drl")) {
            long start = System.nanoTime();
            CheckLimitExceededException e = catchThrowableOfType(CheckLimitExceededException.class,
                    () -> engine.check(CheckRequest.of(fiveLines("RUN-3"), null, null),
                            new CheckLimits(Long.MAX_VALUE, Duration.ofMillis(300))));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(e).isNotNull();
            assertThat(e.limit()).isEqualTo(CheckLimitExceededException.Limit.TIME);
            assertThat(e.getMessage()).contains("RUN-3", "300 ms", "insert-loop");
            assertThat(e.ruleId()).startsWith("RUNAWAY-");
            assertThat(elapsedMs).isLessThan(5_000);
            assertThat(engine.check(threeLines("RUN-4"), null, null).findings()).isEmpty();
        }
    }

    @Test
    void stopsAnUpdateLoopAtTheFiringLimit() {
        try (RuleEngine engine = runEngine("update-loop.drl")) {
            assertThatThrownBy(() -> engine.check(CheckRequest.of(fiveLines("RUN-5"), null, null),
                    CheckLimits.defaults().withMaxFirings(5_000)))
                    .isInstanceOf(CheckLimitExceededException.class)
                    .hasMessageContaining("RUNAWAY-UPDATE");
        }
    }

    @Test
    void stopsARunawayAllocationAtTheMemoryLimitAndCarriesOn() {
        try (RuleEngine engine = runEngine("doubling-string.drl")) {
            CheckLimitExceededException e = catchThrowableOfType(CheckLimitExceededException.class,
                    () -> engine.check(CheckRequest.of(fiveLines("RUN-6"), null, null),
                            CheckLimits.defaults().withMaxAllocatedBytes(64L << 20)));
            assertThat(e).isNotNull();
            assertThat(e.limit()).isEqualTo(CheckLimitExceededException.Limit.MEMORY);
            assertThat(e.ruleSetId()).isEqualTo("doubling-string");
            assertThat(e.getMessage()).contains("RUN-6", "the limit is 64 MiB", "doubling-string");
            assertThat(engine.check(threeLines("RUN-7"), null, null).findings()).isEmpty();
        }
    }

    @Test
    void stopsTheThreadOfAStraightRunOfArithmeticThatHaltingCannotReach() throws Exception {
        try (RuleEngine engine = runEngine("squaring.drl")) {
            CheckLimitExceededException e = catchThrowableOfType(CheckLimitExceededException.class,
                    () -> engine.check(CheckRequest.of(fiveLines("RUN-9"), null, null),
                            CheckLimits.defaults().withMaxAllocatedBytes(64L << 20)));
            assertThat(e).isNotNull();
            assertThat(e.limit()).isIn(CheckLimitExceededException.Limit.MEMORY, CheckLimitExceededException.Limit.TIME);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (stillSquaring() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(stillSquaring()).as("the computing thread was stopped").isFalse();
            assertThat(engine.check(threeLines("RUN-10"), null, null).findings()).isEmpty();
        }
    }

    private static boolean stillSquaring() {
        return Thread.getAllStackTraces().entrySet().stream()
                .anyMatch(t -> t.getKey().getName().startsWith("rule-check-") && java.util.Arrays.stream(t.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("java.math.")));
    }

    @Test
    void reportsAThrowingConsequenceWithItsRule() {
        try (RuleEngine engine = runEngine("throwing-consequence.drl")) {
            assertThatThrownBy(() -> engine.check(fiveLines("RUN-8"), null, null))
                    .isInstanceOf(RuleExecutionException.class)
                    .hasMessageContaining("Rule RUNAWAY-THROW of rule set throwing-consequence")
                    .hasMessageContaining("throwing-consequence.drl:")
                    .hasMessageContaining("RUN-8");
        }
    }

    @Test
    void wideningThePolicyIsAnExplicitChoice() {
        String drl = """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                import java.util.regex.Pattern;
                rule "FIRM-REGEX"
                when
                    $l : LineFact(Pattern.compile("(?i)review").matcher(narrative).find())
                then
                    insert(Violation.onLine($l, "review"));
                end
                """;
        assertThatThrownBy(() -> RuleEngine.builder().addString("regex", "1", drl).build())
                .isInstanceOf(RuleSetLoadException.class)
                .hasMessageContaining("regex.drl:3:1: import of java.util.regex.Pattern is not allowed");
        RuleSecurityPolicy wider = RuleSecurityPolicy.defaults().toBuilder()
                .allowType("java.util.regex.Pattern").allowType("java.util.regex.Matcher").build();
        try (RuleEngine engine = RuleEngine.builder().securityPolicy(wider).addString("regex", "1", drl).build()) {
            assertThat(engine.check(threeLines("WIDE-1"), null, null).findings()).hasSize(3);
        }
    }

    @Test
    void refusesEveryFileOfAHostileDirectoryAndListsEveryProblem() throws Exception {
        Path dir = Files.createTempDirectory("hostile");
        try {
            for (Path p : hostileAtLoad().limit(5).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
            RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                    () -> RuleEngine.builder().addDirectory(dir).build());
            assertThat(e.problems().stream().map(RuleSetLoadException.Problem::path).distinct()).hasSize(5);
            assertThat(e.getMessage().lines()).hasSize(e.problems().size())
                    .allMatch(l -> l.matches("[^:]+\\.drl:\\d+:\\d+: .+"));
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static RuleEngine runEngine(String name) {
        Path file;
        try {
            file = Path.of(SecurityCorpusTest.class.getClassLoader().getResource("hostile/run/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return RuleEngine.builder().addFile(file).build();
    }

    static Invoice fiveLines(String number) {
        return Fixtures.invoice(number)
                .fee(PARTNER, MONDAY, "2", "L110")
                .fee(PARTNER, MONDAY, "1.5", "L120")
                .fee(ASSOCIATE, MONDAY, "3", "L110")
                .fee(ASSOCIATE, TUESDAY, "4", "L130", "42x")
                .expense(TUESDAY, "20", "0.10")
                .build();
    }

    static Invoice threeLines(String number) {
        return Fixtures.invoice(number)
                .fee(PARTNER, MONDAY, "2", "L110")
                .fee(ASSOCIATE, MONDAY, "3", "L110")
                .fee(ASSOCIATE, TUESDAY, "1", "L120")
                .build();
    }
}
