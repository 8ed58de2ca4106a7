package dev.legalbilling.benchmarks;

import dev.legalbilling.benchmarks.baseline.BaselineFinding;
import dev.legalbilling.benchmarks.baseline.MatterContext;
import dev.legalbilling.benchmarks.baseline.SuggestionKind;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.party.Client;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.Isolation;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The billing-rules engine seen as an {@link InvoiceChecker}: one {@link RuleEngine} built once with the requested
 * packs, a guideline profile translated once from the benchmarks' {@link dev.legalbilling.benchmarks.baseline
 * .GuidelineProfile}, and per check a {@link CheckRequest} carrying the matter's code set, budget, prior fees and
 * prior research hours.
 *
 * <p>{@link #check} returns the engine's own {@link Finding}s (what is timed); {@link #toBaselineFinding} reduces one
 * for the agreement test. The engine is thread-safe, but the small caches of the last matter seen are not: use one
 * checker per thread (JMH runs these benchmarks on one thread).
 */
final class DroolsChecker implements InvoiceChecker<Finding> {
    /** The guideline pack's resource folder, for {@link #fromDrl}. */
    private static final String GUIDELINE_FOLDER = "dev/legalbilling/rules/packs/guideline/";
    private static final Pattern FILES = Pattern.compile("(?m)^files:\\s*\\[([^\\]]*)\\]");

    private final RuleEngine engine;
    private final dev.legalbilling.benchmarks.baseline.GuidelineProfile profile;
    private MatterContext lastContext;
    private GuidelineProfile lastProfile;
    private Matter lastMatter;
    private dev.legalbilling.money.Money lastPriorFees;

    private DroolsChecker(RuleEngine engine, dev.legalbilling.benchmarks.baseline.GuidelineProfile profile) {
        this.engine = engine;
        this.profile = profile;
    }

    /**
     * @param profile the benchmarks' rule parameters
     * @param packs ids of bundled packs to load (compiled at build time), e.g. {@code guideline}
     * @return a checker over those packs
     */
    static DroolsChecker bundled(dev.legalbilling.benchmarks.baseline.GuidelineProfile profile, String... packs) {
        RuleEngine.Builder builder = RuleEngine.builder();
        for (String pack : packs) {
            builder.addBundled(pack);
        }
        return new DroolsChecker(builder.build(), profile);
    }

    /**
     * Copies the guideline pack's DRL files and manifest from the class path into a temporary directory and loads
     * that directory, so the engine compiles the DRL at run time (a directory has no build-time model). The copy is
     * deleted once the engine is built.
     *
     * @param profile the benchmarks' rule parameters
     * @return a checker over the guideline pack compiled from DRL
     * @throws UncheckedIOException when the pack cannot be copied
     */
    static DroolsChecker fromDrl(dev.legalbilling.benchmarks.baseline.GuidelineProfile profile) {
        return fromDrl(profile, Isolation.inProcess());
    }

    /**
     * As {@link #fromDrl(dev.legalbilling.benchmarks.baseline.GuidelineProfile)}, the copy running where the
     * isolation says: a worker JVM for {@link Isolation#workerJvm()} (the directory is not a bundled pack).
     *
     * @param profile the benchmarks' rule parameters
     * @param isolation where the copied pack runs
     * @return a checker over the guideline pack compiled from DRL; {@link #close()} it
     * @throws UncheckedIOException when the pack cannot be copied
     */
    static DroolsChecker fromDrl(dev.legalbilling.benchmarks.baseline.GuidelineProfile profile, Isolation isolation) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("guideline-drl");
            String manifest = resource("ruleset.yaml");
            Files.writeString(dir.resolve("ruleset.yaml"), manifest, StandardCharsets.UTF_8);
            Matcher files = FILES.matcher(manifest);
            if (!files.find()) {
                throw new IllegalStateException("the guideline pack's ruleset.yaml lists no files");
            }
            for (String name : files.group(1).split(",")) {
                String file = name.strip();
                if (!file.isEmpty()) {
                    Files.writeString(dir.resolve(file), resource(file), StandardCharsets.UTF_8);
                }
            }
            return new DroolsChecker(RuleEngine.builder().isolation(isolation).addDirectory(dir).build(), profile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the guideline pack's DRL files", e);
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    /** Closes the engine: stops its threads and kills its worker JVMs. */
    void close() {
        engine.close();
    }

    @Override
    public List<Finding> check(Invoice invoice, MatterContext matter) {
        return engine.check(request(invoice, matter)).findings();
    }

    @Override
    public BaselineFinding toBaselineFinding(Invoice invoice, Finding finding) {
        SuggestionKind kind = SuggestionKind.NONE;
        BigDecimal value = null;
        Adjustment adjustment = finding.adjustment();
        if (adjustment instanceof Adjustment.ReduceUnits r) {
            kind = SuggestionKind.REDUCE_UNITS;
            value = r.units();
        } else if (adjustment instanceof Adjustment.BillAtPercent p) {
            kind = SuggestionKind.BILL_AT_PERCENT;
            value = p.percent();
        } else if (adjustment instanceof Adjustment.Disallow) {
            kind = SuggestionKind.DISALLOW;
        } else if (adjustment instanceof Adjustment.CapAmount c) {
            kind = SuggestionKind.CAP_AMOUNT;
            value = c.cap().amount();
        }
        return new BaselineFinding(finding.ruleId(), finding.invoiceNumber(),
                finding.lineItemNumber() == null ? "" : finding.lineItemNumber(), finding.amountAtStake(), kind,
                value);
    }

    /** The request for one invoice; the profile and matter are rebuilt only when the matter changes. */
    CheckRequest request(Invoice invoice, MatterContext context) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(context, "matter");
        if (!context.equals(lastContext)) {
            lastProfile = engineProfile(profile, context.priorResearchHours());
            lastPriorFees = context.priorBilledFees();
            lastContext = context;
            lastMatter = null;
        }
        if (lastMatter == null || !lastMatter.id().equals(invoice.matter())
                || !lastMatter.client().id().equals(invoice.client())
                || !lastMatter.currency().equals(invoice.currency())) {
            lastMatter = Matter.builder(invoice.matter(), new Client(invoice.client(), invoice.client().value()))
                    .name("Benchmark matter " + invoice.matter().value()).arrangement(new HourlyFee())
                    .currency(invoice.currency().getCurrencyCode()).codeSet(context.effectiveCodeSet())
                    .budget(context.budget()).build();
        }
        return new CheckRequest(invoice, lastMatter, lastProfile, lastPriorFees);
    }

    /**
     * Translates every parameter of the benchmarks' profile into the guideline pack's parameters (rule ids and
     * parameter names of its {@code ruleset.yaml}).
     *
     * @param p the benchmarks' profile
     * @param priorResearchHours research hours billed on the matter before the invoice
     * @return the engine's profile
     */
    static GuidelineProfile engineProfile(dev.legalbilling.benchmarks.baseline.GuidelineProfile p,
            BigDecimal priorResearchHours) {
        Map<String, BigDecimal> approvedRates = new TreeMap<>();
        p.approvedRates().forEach((id, rate) -> approvedRates.put(id.value(), rate.amount()));
        Map<String, BigDecimal> classRates = new TreeMap<>();
        p.approvedClassRates().forEach((c, rate) -> classRates.put(c.name(), rate.amount()));
        List<String> approvedTimekeepers = new ArrayList<>(new TreeSet<>(
                p.approvedTimekeepers().stream().map(id -> id.value()).toList()));
        List<String> senior = new ArrayList<>(new TreeSet<>(
                p.seniorClassifications().stream().map(Enum::name).toList()));
        return GuidelineProfile.builder("benchmark")
                .parameter("OCG-INCREMENT", "increment", ParameterValue.decimal(p.increment()))
                .parameter("OCG-BLOCK-BILLING", "minTasks", ParameterValue.integer(p.blockBillingMinTasks()))
                .parameter("OCG-BLOCK-BILLING", "reductionPercent",
                        ParameterValue.decimal(p.blockBillingReductionPercent()))
                .parameter("OCG-VAGUE-DESCRIPTION", "minWords", ParameterValue.integer(p.vagueMinWords()))
                .parameter("OCG-VAGUE-DESCRIPTION", "vaguePhrases", ParameterValue.strings(p.vaguePhrases()))
                .parameter("OCG-DAILY-HOURS", "maxHours", ParameterValue.decimal(p.dailyMaxHours()))
                .parameter("OCG-LONG-ENTRY", "maxHours", ParameterValue.decimal(p.longEntryMaxHours()))
                .parameter("OCG-CLERICAL", "clericalPhrases", ParameterValue.strings(p.clericalPhrases()))
                .parameter("OCG-INTERNAL-CONFERENCE", "allowed", ParameterValue.bool(p.internalConferenceAllowed()))
                .parameter("OCG-MULTIPLE-ATTENDEES", "maxAttendees", ParameterValue.integer(p.maxAttendees()))
                .parameter("OCG-TRAVEL", "ratePercent", ParameterValue.decimal(p.travelRatePercent()))
                .parameter("OCG-TRAVEL", "travelPhrases", ParameterValue.strings(p.travelPhrases()))
                .parameter("OCG-RATE-ABOVE-APPROVED", "approvedRates", ParameterValue.decimalMap(approvedRates))
                .parameter("OCG-RATE-ABOVE-APPROVED", "approvedClassRates", ParameterValue.decimalMap(classRates))
                .parameter("OCG-UNAPPROVED-TIMEKEEPER", "approvedTimekeepers",
                        ParameterValue.strings(approvedTimekeepers))
                .parameter("OCG-STAFFING-LEVEL", "seniorClassifications", ParameterValue.strings(senior))
                .parameter("OCG-STAFFING-LEVEL", "juniorActivities", ParameterValue.strings(sorted(
                        p.juniorActivities())))
                .parameter("OCG-RESEARCH-LIMIT", "maxHours", ParameterValue.decimal(p.researchMaxHours()))
                .parameter("OCG-RESEARCH-LIMIT", "priorResearchHours", ParameterValue.decimal(priorResearchHours))
                .parameter("OCG-TRAINING", "trainingPhrases", ParameterValue.strings(p.trainingPhrases()))
                .parameter("OCG-CHIPPING", "minEntries", ParameterValue.integer(p.chippingMinEntries()))
                .parameter("OCG-CHIPPING", "smallEntryHours", ParameterValue.decimal(p.chippingSmallEntryHours()))
                .parameter("OCG-LATE-ENTRY", "maxAgeDays", ParameterValue.integer(p.lateEntryMaxAgeDays()))
                .parameter("OCG-LATE-SUBMISSION", "maxDays", ParameterValue.integer(p.lateSubmissionMaxDays()))
                .parameter("OCG-EXPENSE-NOT-ALLOWED", "disallowedCodes",
                        ParameterValue.strings(sorted(p.disallowedExpenseCodes())))
                .parameter("OCG-EXPENSE-CAP", "unitCaps", ParameterValue.decimalMap(new TreeMap<>(
                        p.expenseUnitCaps())))
                .parameter("OCG-EXPENSE-CAP", "itemCaps", ParameterValue.decimalMap(new TreeMap<>(
                        p.expenseItemCaps())))
                .parameter("OCG-RECEIPT-REQUIRED", "threshold", ParameterValue.money(p.receiptThreshold()))
                .parameter("OCG-TRAVEL-CLASS", "travelCodes", ParameterValue.strings(sorted(
                        p.travelExpenseCodes())))
                .parameter("OCG-TRAVEL-CLASS", "luxuryPhrases", ParameterValue.strings(p.luxuryPhrases()))
                .build();
    }

    private static List<String> sorted(java.util.Collection<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DroolsChecker.class.getClassLoader().getResourceAsStream(GUIDELINE_FOLDER + name)) {
            if (in == null) {
                throw new IOException("no resource " + GUIDELINE_FOLDER + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a temporary directory left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    @Override
    public String toString() {
        return "DroolsChecker" + engine.ruleSets().stream().map(r -> r.id() + (r.precompiled() ? " (bundled)"
                : " (from DRL)")).toList();
    }

    /** @return the packs' ids in load order, with whether each runs from its build-time model */
    Map<String, Boolean> packs() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        engine.ruleSets().forEach(r -> out.put(r.id(), r.precompiled()));
        return out;
    }
}
