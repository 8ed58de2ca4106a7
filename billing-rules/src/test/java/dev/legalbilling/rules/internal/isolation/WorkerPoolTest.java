package dev.legalbilling.rules.internal.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.rules.AdvanceFeeReceipt;
import dev.legalbilling.rules.CheckLimits;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.ExpenseCost;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.Isolation;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleSecurityPolicy;
import dev.legalbilling.rules.Severity;
import dev.legalbilling.rules.internal.RuleSetContent;
import dev.legalbilling.rules.internal.SourceFile;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's start-up, the framing and the host-to-worker encoding. */
class WorkerPoolTest {
    private static final Invoice INVOICE = InvoiceGenerator.builder(3L).build().next(12).invoice();

    @Test
    void startsTheWorkerWithAnEmptyEnvironmentItsOwnHeapAndAFreshDirectory(@TempDir Path dir) {
        Isolation.WorkerJvm settings = Isolation.workerJvm().withHeapMegabytes(77);
        ProcessBuilder builder = WorkerProcess.processBuilder(settings, dir);
        assertThat(builder.environment()).isEmpty();
        assertThat(builder.directory()).isEqualTo(dir.toFile());
        assertThat(builder.redirectInput()).isEqualTo(ProcessBuilder.Redirect.PIPE);
        assertThat(builder.command()).contains("-Xmx77m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                WorkerMain.class.getName());
        List<String> classpath = List.of(builder.command().get(builder.command().indexOf("-cp") + 1)
                .split(java.io.File.pathSeparator));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            assertThat(classpath).as("resolved against this directory, as the worker runs in another")
                    .contains(Path.of(entry).toAbsolutePath().toString());
        }
        assertThat(builder.command().get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    @Test
    void theWorkerSeesNoEnvironmentVariable() {
        assertThat(System.getenv()).as("the host has an environment to leak").isNotEmpty();
        RuleSetContent content = new RuleSetContent("plain", "1", "string:plain", List.of(new SourceFile(
                "plain.drl", """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "FIRM-PLAIN"
                when
                    $l : LineFact(units > 100)
                then
                    insert(Violation.onLine($l, "too many units"));
                end
                """)), null, null, getClass().getClassLoader(), null);
        WorkerPool.Loaded loaded = WorkerPool.start(Isolation.workerJvm().withHeapMegabytes(128).withWorkers(1),
                RuleSecurityPolicy.defaults(), List.of(content));
        try (WorkerPool pool = loaded.pool()) {
            assertThat(loaded.problems()).isEmpty();
            assertThat(pool.environmentSizes()).containsExactly(0);
            assertThat(pool.infos()).singleElement().satisfies(info -> {
                assertThat(info.id()).isEqualTo("plain");
                assertThat(info.sha256()).isEqualTo(content.sha256());
                assertThat(info.rules()).extracting(r -> r.id()).containsExactly("FIRM-PLAIN");
            });
            CheckRequest request = CheckRequest.of(INVOICE, null, null);
            try (dev.legalbilling.rules.RuleEngine inProcess = dev.legalbilling.rules.RuleEngine.builder()
                    .addString("plain", "1", content.drlFiles().get(0).text()).build()) {
                assertThat(pool.check(request, CheckLimits.defaults())).isNotEmpty()
                        .isEqualTo(inProcess.check(request).findings());
            }
        }
    }

    @Test
    void framesRefuseEmptyOversizedAndCutMessages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Frames.write(out, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        byte[] frame = out.toByteArray();
        assertThat(new String(Frames.read(new ByteArrayInputStream(frame), 100), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":1}");
        assertThatThrownBy(() -> Frames.read(new ByteArrayInputStream(frame), 6))
                .isInstanceOf(Frames.TooLargeException.class).hasMessageContaining("the limit is 6");
        assertThatThrownBy(() -> Frames.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 0}), 100))
                .isInstanceOf(Frames.TooLargeException.class);
        assertThatThrownBy(() -> Frames.read(new ByteArrayInputStream(java.util.Arrays.copyOf(frame, 8)), 100))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void answersWithDuplicateKeysTrailingTokensOrDeepNestingAreRefused() {
        assertThatThrownBy(() -> Wire.parse("{\"type\":\"report\",\"type\":\"failed\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Wire.parse("{\"type\":\"report\"} {}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Wire.parse(("[".repeat(100) + "]".repeat(100)).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Wire.parse("[]".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
    }

    @Test
    void checkRequestsReachTheWorkerUnchanged() throws IOException {
        Matter matter = Matter.builder(INVOICE.matter(), new Client(INVOICE.client(), "Acme Insurance"))
                .name("Acme v. Globex").arrangement(HourlyFee.of(RateCard.empty()))
                .budget(Money.of("25000.00", "USD")).build();
        GuidelineProfile profile = GuidelineProfile.builder("acme-2026").client(INVOICE.client())
                .effectiveDate(LocalDate.of(2026, 1, 1)).disable("OCG-INCREMENT")
                .severity("OCG-LONG-ENTRY", Severity.ERROR).citation("OCG-LONG-ENTRY", "Acme OCG 4.2")
                .parameter("OCG-LONG-ENTRY", "maxHours", ParameterValue.decimal("7.50"))
                .parameter("OCG-VAGUE-DESCRIPTION", "phrases", ParameterValue.strings(List.of("review", "work on")))
                .parameter("OCG-EXPENSE-CAPS", "caps", ParameterValue.decimalMap(Map.of("E101", new BigDecimal("0.10"))))
                .parameter("FIRM-FLAG", "on", ParameterValue.bool(true)).build();
        Invoice other = InvoiceGenerator.builder(4L).build().next(5).invoice();
        String expenseLine = INVOICE.lines().get(0).lineNumber();
        CheckRequest request = new CheckRequest(INVOICE, matter, profile, Money.of("1234.56", "USD"),
                EthicsContext.builder().asOf(LocalDate.of(2026, 2, 1)).otherInvoices(List.of(other))
                        .expenseCost(new ExpenseCost(INVOICE.number(), expenseLine, Money.of("3.10", "USD"), true))
                        .build());

        CheckLimits limits = new CheckLimits(77, Duration.ofMillis(1234));
        Wire.Check message = Wire.check(Wire.check(request, Wire.ethics(request.ethics()), limits, new Wire.Sent()),
                new Wire.Received());
        CheckRequest read = message.request();

        assertThat(message.limits()).isEqualTo(limits);
        assertThat(read.invoice()).isEqualTo(INVOICE);
        assertThat(read.invoice().lines()).extracting(l -> l.sourceLine())
                .isEqualTo(INVOICE.lines().stream().map(l -> l.sourceLine()).toList());
        assertThat(read.matter()).isEqualTo(matter);
        assertThat(read.profile()).isEqualTo(profile);
        assertThat(read.priorFees()).isEqualTo(request.priorFees());
        assertThat(read.ethics().asOfIfSet()).contains(LocalDate.of(2026, 2, 1));
        assertThat(read.ethics().otherInvoices()).containsExactly(other);
        assertThat(read.ethics().expenseCosts()).isEqualTo(request.ethics().expenseCosts());
        assertThat(Wire.limits(Wire.limits(new CheckLimits(77, Duration.ofMillis(1234)))))
                .isEqualTo(new CheckLimits(77, Duration.ofMillis(1234)));
        RuleSecurityPolicy widened = RuleSecurityPolicy.defaults().toBuilder().allowFunctions(true)
                .allowType("java.util.regex.Pattern").maxFileBytes(4096).build();
        assertThat(Wire.policy(Wire.policy(widened))).isEqualTo(widened);
    }

    @Test
    void aWorkerIsSentTheProfileAndMatterOnlyWhenTheyChange() throws IOException {
        Matter matter = Matter.builder(INVOICE.matter(), new Client(INVOICE.client(), "Acme Insurance"))
                .name("Acme v. Globex").arrangement(HourlyFee.of(RateCard.empty())).build();
        GuidelineProfile first = GuidelineProfile.builder("first").effectiveDate(LocalDate.of(2026, 1, 1))
                .parameter("OCG-LONG-ENTRY", "maxHours", ParameterValue.decimal("7.50")).build();
        GuidelineProfile second = GuidelineProfile.builder("second").effectiveDate(LocalDate.of(2026, 1, 1))
                .parameter("OCG-LONG-ENTRY", "maxHours", ParameterValue.decimal("6.00")).build();
        Wire.Sent sent = new Wire.Sent();
        Wire.Received received = new Wire.Received();
        CheckLimits limits = CheckLimits.defaults();

        byte[] full = Wire.check(new CheckRequest(INVOICE, matter, first, null, null), null, limits, sent);
        byte[] same = Wire.check(new CheckRequest(INVOICE, matter, first, null, null), null, limits, sent);
        byte[] changed = Wire.check(new CheckRequest(INVOICE, null, second, null, null), null, limits, sent);

        assertThat(Wire.parse(full).get("request").has("profile")).isTrue();
        assertThat(Wire.parse(full).get("request").get("matter").isTextual()).isTrue();
        assertThat(Wire.parse(same).get("request").has("profile")).isFalse();
        assertThat(Wire.parse(same).get("request").has("matter")).isFalse();
        assertThat(same.length).isLessThan(full.length);
        assertThat(Wire.parse(changed).get("request").has("profile")).isTrue();
        assertThat(Wire.parse(changed).get("request").get("matter").isNull()).isTrue();
        CheckRequest one = Wire.check(full, received).request();
        CheckRequest two = Wire.check(same, received).request();
        CheckRequest three = Wire.check(changed, received).request();
        assertThat(one.profile()).isEqualTo(first);
        assertThat(one.matter()).isEqualTo(matter);
        assertThat(two.invoice()).isEqualTo(INVOICE);
        assertThat(two.profile()).isSameAs(one.profile());
        assertThat(two.matter()).isSameAs(one.matter());
        assertThat(three.profile()).isEqualTo(second);
        assertThat(three.matter()).isNull();
        assertThatThrownBy(() -> Wire.check(same, new Wire.Received())).isInstanceOf(IOException.class)
                .hasMessageContaining("incomplete");
    }

    @Test
    void refusesToSendEthicsRecordsTheWorkerCannotBeGiven() {
        EthicsContext ethics = EthicsContext.builder().advanceFees(List.of(new AdvanceFeeReceipt("R-1",
                ClientId.of("ACME"), MatterId.of("M-1"), LocalDate.of(2026, 1, 5), Money.of("500.00", "USD"),
                false))).build();
        assertThatThrownBy(() -> Wire.ethics(CheckRequest.of(INVOICE, null, null).withEthics(ethics).ethics()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("advance fees").hasMessageContaining("in-process");
    }

    @Test
    void thePolicyAndLimitsCrossToTheWorkerExactly() {
        dev.legalbilling.rules.RuleSecurityPolicy wide = dev.legalbilling.rules.RuleSecurityPolicy.defaults()
                .toBuilder().allowType("java.util.regex.Pattern").allowMember("method java.util.regex.Matcher find")
                .disallowMember("method java.lang.String trim").maxRules(7)
                .compileTimeout(java.time.Duration.ofSeconds(3)).build();
        for (dev.legalbilling.rules.RuleSecurityPolicy p : java.util.List.of(
                dev.legalbilling.rules.RuleSecurityPolicy.defaults(), wide)) {
            org.assertj.core.api.Assertions.assertThat(Wire.policy(Wire.policy(p))).isEqualTo(p);
        }
        dev.legalbilling.rules.CheckLimits limits = dev.legalbilling.rules.CheckLimits.defaults()
                .withMaxAllocatedBytes(64L << 20).withMaxFirings(99);
        org.assertj.core.api.Assertions.assertThat(Wire.limits(Wire.limits(limits))).isEqualTo(limits);
    }
}
