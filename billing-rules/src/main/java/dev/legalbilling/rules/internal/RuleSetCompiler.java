package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleSecurityPolicy;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.security.AllowList;
import dev.legalbilling.rules.internal.security.BytecodeVerifier;
import dev.legalbilling.rules.internal.security.DrlSecurityCheck;
import dev.legalbilling.rules.internal.security.ExecutableModel;
import dev.legalbilling.rules.internal.security.VerifiedClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link RuleSetContent} into a {@link CompiledRuleSet}: from its build-time executable model when one
 * matches its content hash, else through the gate: the DRL text scan (first pass, friendly messages), compilation
 * to Drools' executable model, verification of every generated class against the policy's member allow-list, and
 * only then the classes defined and the rule base built. Nothing of a rule file runs before it is verified.
 * Stateless; thread-safe.
 */
public final class RuleSetCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompiler.class);

    /** The result: a rule set, or the problems that prevent one. */
    public record Outcome(CompiledRuleSet ruleSet, List<Problem> problems) {
    }

    private RuleSetCompiler() {
    }

    /**
     * Checks and compiles with the text scan as the first pass and the bytecode gate as the barrier.
     *
     * @param content the rule set as read
     * @param policy what its files may use
     * @return the compiled set, or every problem found
     */
    public static Outcome compile(RuleSetContent content, RuleSecurityPolicy policy) {
        return compile(content, policy, true);
    }

    /**
     * @param content the rule set as read
     * @param policy what its files may use
     * @param textScan false to skip the DRL text scan (tests prove that the bytecode gate alone refuses what the scan
     *     would); the bytecode gate always runs
     * @return the compiled set, or every problem found
     */
    public static Outcome compile(RuleSetContent content, RuleSecurityPolicy policy, boolean textScan) {
        Objects.requireNonNull(policy, "policy");
        return compile(content, () -> policy, textScan);
    }

    /**
     * As {@link #compile(RuleSetContent, RuleSecurityPolicy)}, asking for the policy only when the DRL is compiled:
     * a bundled pack whose build-time model matches its files never needs it (making the default policy reads and
     * parses the whole member allow-list, a noticeable part of a fresh JVM's start).
     *
     * @param content the rule set as read
     * @param policy gives what its files may use; called at most once, only when the DRL is compiled
     * @return the compiled set, or every problem found
     */
    public static Outcome compile(RuleSetContent content, Supplier<RuleSecurityPolicy> policy) {
        return compile(content, policy, true);
    }

    private static Outcome compile(RuleSetContent content, Supplier<RuleSecurityPolicy> policy, boolean textScan) {
        Outcome outcome = compileText(content, policy, textScan);
        return outcome.problems().isEmpty() ? outcome : new Outcome(null,
                TableLocations.relocate(content, PlainErrors.rewrite(content, outcome.problems())));
    }

    private static Outcome compileText(RuleSetContent content, Supplier<RuleSecurityPolicy> policySupplier,
            boolean textScan) {
        String sha = content.sha256();
        if (content.precompiled() != null) {
            KieBase precompiled = loadPrecompiled(content, sha);
            if (precompiled != null) {
                return finish(content, sha, precompiled, Map.of(), true, new ArrayList<>());
            }
        }
        RuleSecurityPolicy policy = Objects.requireNonNull(policySupplier.get(), "policy");
        List<Problem> problems = new ArrayList<>();
        Map<String, String> locations = new LinkedHashMap<>();
        Map<String, String> typeLocations = new LinkedHashMap<>();
        List<ExecutableModel.Source> sources = new ArrayList<>();
        DrlSecurityCheck check = new DrlSecurityCheck(policy, content.classLoader());
        int rules = 0;
        for (SourceFile file : content.drlFiles()) {
            if (file.table() == null && TableLocations.looksLikeCsv(file.text())) {
                problems.add(new Problem(content.id(), file.name(), 0, 0, "SYNTAX", "is not a rule file: it holds"
                        + " comma-separated values, not DRL (a decision table is read when its name ends in"
                        + " .drl.csv)"));
                continue;
            }
            DrlSecurityCheck.Result result = textScan ? check.check(file.text()) : check.parseOnly(file.text());
            for (DrlSecurityCheck.Problem p : result.problems()) {
                problems.add(new Problem(content.id(), file.name(), p.line(), p.column(), p.kind(), p.message()));
            }
            PackageDescr descr = result.descr();
            if (descr == null) {
                continue;
            }
            String pkg = descr.getName() == null || descr.getName().isBlank() ? "rules" : descr.getName();
            if (reservedPackage(pkg)) {
                problems.add(new Problem(content.id(), file.name(), Math.max(descr.getLine(), 1), 0, "SECURITY",
                        "package " + pkg + " is reserved; rule files may not declare it"));
                continue;
            }
            // a table's DRL is compiled under a .drl name: Drools would read a .drl.csv resource as a table again
            sources.add(new ExecutableModel.Source(file.table() == null ? file.name() : file.name() + ".drl",
                    pkg.replace('.', '/'), file.text()));
            problems.addAll(ParameterNames.check(content, file, descr));
            for (RuleDescr r : descr.getRules()) {
                rules++;
                String previous = locations.putIfAbsent(r.getName(), file.name() + ":" + r.getLine());
                if (previous != null) {
                    problems.add(new Problem(content.id(), file.name(), r.getLine(), 0, "COMPILE", "rule '"
                            + r.getName() + "' is already defined at " + previous
                            + "; rule ids must be unique in a rule set"));
                }
            }
            for (TypeDeclarationDescr t : descr.getTypeDeclarations()) {
                typeLocations.putIfAbsent(t.getTypeName(), file.name() + ":" + Math.max(t.getLine(), 1));
            }
            for (EnumDeclarationDescr t : descr.getEnumDeclarations()) {
                typeLocations.putIfAbsent(t.getTypeName(), file.name() + ":" + Math.max(t.getLine(), 1));
            }
            for (FunctionDescr f : descr.getFunctions()) {
                typeLocations.putIfAbsent("function " + f.getName(), file.name() + ":" + Math.max(f.getLine(), 1));
            }
        }
        if (rules > policy.maxRules()) {
            problems.add(new Problem(content.id(), content.drlFiles().get(0).name(), 1, 0, "LIMIT", "rule set "
                    + content.id() + " has " + rules + " rules, more than the " + policy.maxRules()
                    + " the security policy allows in one rule set"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        KieBase kieBase = compileDrl(content, policy, sources, locations, typeLocations, problems);
        if (kieBase == null) {
            return new Outcome(null, problems);
        }
        return finish(content, sha, kieBase, locations, false, problems);
    }

    /** @return {line, column} of the YAML key {@code key:} in the text, or {0, 0} */
    private static int[] keyAt(String yaml, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w-])[\"']?"
                + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:").matcher(yaml);
        if (!m.find()) {
            return new int[] {0, 0};
        }
        int line = 1 + (int) yaml.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        return new int[] {line, m.start() - yaml.lastIndexOf('\n', m.start() - 1)};
    }

    private static boolean reservedPackage(String pkg) {
        if (pkg.startsWith("dev.legalbilling.rules.packs.")) {
            return false; // a bundled pack whose build-time model is stale compiles from its DRL through the same gate
        }
        for (String p : List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.drools.", "org.kie.",
                "org.objectweb.", "dev.legalbilling.")) {
            if ((pkg + ".").startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Outcome finish(RuleSetContent content, String sha, KieBase kieBase, Map<String, String> locations,
            boolean precompiled, List<Problem> problems) {
        TreeSet<String> ruleIds = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                ruleIds.add(r.getName());
            }
        }
        Map<String, RuleDefinition> documented = content.manifest() == null ? Map.of() : content.manifest().rules();
        String manifestName = content.manifestFile() == null ? Manifest.FILE_NAME : content.manifestFile().name();
        for (String id : documented.keySet()) {
            if (!ruleIds.contains(id)) {
                int[] at = keyAt(content.manifestFile() == null ? "" : content.manifestFile().text(), id);
                problems.add(new Problem(content.id(), manifestName, at[0], at[1], "MANIFEST",
                        "documents rule '" + id + "', which no file of rule set " + content.id() + " defines"));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        List<RuleDefinition> rules = new ArrayList<>();
        for (String id : ruleIds) {
            rules.add(documented.getOrDefault(id, RuleDefinition.undocumented(id)));
        }
        RuleSetInfo info = new RuleSetInfo(content.id(), content.version(), sha, content.origin(), precompiled, rules);
        return new Outcome(new CompiledRuleSet(info, kieBase, locations), List.of());
    }

    /**
     * DRL to executable model, the bytecode gate over every generated class, and only then the classes defined (in a
     * loader of their own) and the rule base built from them.
     */
    private static KieBase compileDrl(RuleSetContent content, RuleSecurityPolicy policy,
            List<ExecutableModel.Source> sources, Map<String, String> locations, Map<String, String> typeLocations,
            List<Problem> problems) {
        long start = System.nanoTime();
        ExecutableModel.Result built = ExecutableModel.build(content.id(), sources, content.classLoader(),
                policy.compileTimeout());
        long compiled = System.nanoTime();
        String firstFile = content.drlFiles().get(0).name();
        if (built.timedOut()) {
            problems.add(new Problem(content.id(), firstFile, 1, 0, "LIMIT", "rule set " + content.id()
                    + " did not compile within " + policy.compileTimeout().toMillis()
                    + " ms, the limit of the security policy"));
            return null;
        }
        if (!built.errors().isEmpty()) {
            problems.addAll(CompileErrors.translate(content, built.errors()));
            if (problems.isEmpty()) {
                problems.add(new Problem(content.id(), firstFile, 1, 0, "COMPILE", "cannot be compiled"));
            }
            return null;
        }
        List<BytecodeVerifier.Refusal> refusals = new BytecodeVerifier(built.classes(), content.classLoader(),
                AllowList.parse(policy.allowedMembers())).verify();
        long verified = System.nanoTime();
        for (BytecodeVerifier.Refusal r : refusals) {
            problems.add(refusal(content, r, locations, typeLocations, firstFile));
        }
        LOG.debug("Rule set {}: executable model {} ms, {} classes verified in {} ms, {} refusals", content.id(),
                (compiled - start) / 1_000_000, built.classes().size(), (verified - compiled) / 1_000_000,
                refusals.size());
        if (!problems.isEmpty()) {
            return null;
        }
        VerifiedClassLoader loader = new VerifiedClassLoader(built.classes(), content.classLoader());
        try {
            List<Model> models = new ArrayList<>();
            for (String name : built.models()) {
                models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models,
                    org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            problems.add(new Problem(content.id(), firstFile, 1, 0, "COMPILE", "cannot build the rule base: "
                    + rootMessage(e)));
            return null;
        }
    }

    private static Problem refusal(RuleSetContent content, BytecodeVerifier.Refusal r, Map<String, String> locations,
            Map<String, String> typeLocations, String firstFile) {
        for (String rule : r.rules()) {
            String at = locations.get(rule);
            if (at != null) {
                int colon = at.lastIndexOf(':');
                return new Problem(content.id(), at.substring(0, colon), Integer.parseInt(at.substring(colon + 1)),
                        0, "SECURITY", "rule \"" + rule + "\" " + r.what() + ", which rule files may not use");
            }
        }
        String simple = r.className().substring(r.className().lastIndexOf('.') + 1);
        for (Map.Entry<String, String> t : typeLocations.entrySet()) {
            String name = t.getKey();
            if (simple.equals(name) || simple.startsWith(name + "$")
                    || (name.startsWith("function ") && r.className().contains(name.substring(9)))) {
                int colon = t.getValue().lastIndexOf(':');
                return new Problem(content.id(), t.getValue().substring(0, colon),
                        Integer.parseInt(t.getValue().substring(colon + 1)), 0, "SECURITY",
                        (name.startsWith("function ") ? name : "declared type " + name) + " " + r.what()
                                + ", which rule files may not use");
            }
        }
        return new Problem(content.id(), firstFile, 1, 0, "SECURITY", "the code generated for rule set "
                + content.id() + " (" + simple + ") " + r.what() + ", which rule files may not use");
    }

    private static KieBase loadPrecompiled(RuleSetContent content, String sha) {
        String expected = content.precompiled().getProperty("sha256", "");
        if (!expected.equals(sha)) {
            LOG.warn("Rule set {} {}: build-time model is for content {} but the files hash to {}; compiling DRL",
                    content.id(), content.version(), abbreviate(expected), abbreviate(sha));
            return null;
        }
        List<Model> models = new ArrayList<>();
        try {
            for (String name : content.precompiled().getProperty("models", "").split(",")) {
                if (!name.isBlank()) {
                    models.add((Model) Class.forName(name.strip(), true, content.classLoader())
                            .getConstructor().newInstance());
                }
            }
            if (models.isEmpty()) {
                return null;
            }
            KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models,
                    org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, content.classLoader()));
            if (content.bundled()) { // only this library's own packs get their build-time alpha network
                String notInstalled = AlphaNetworks.install(kieBase, content.precompiled(), content.classLoader());
                if (notInstalled != null) {
                    LOG.warn("Rule set {} {}: build-time alpha network not installed ({}); the rule base runs"
                            + " without it", content.id(), content.version(), notInstalled);
                }
            }
            return kieBase;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("Rule set {} {}: build-time model cannot be loaded ({}); compiling DRL", content.id(),
                    content.version(), e.toString());
            return null;
        }
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }

    private static String oneLine(String message) {
        return Arrays.stream(message.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse(message);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : oneLine(t.getMessage());
    }
}
