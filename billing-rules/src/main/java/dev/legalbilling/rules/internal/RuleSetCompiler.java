package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleSecurityPolicy;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.security.DrlSecurityCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link RuleSetContent} into a {@link CompiledRuleSet}: from its build-time executable model when one
 * matches its content hash, else by checking every file against the security policy and compiling the DRL.
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
     * @param content the rule set as read
     * @param policy what its files may use
     * @return the compiled set, or every problem found
     */
    public static Outcome compile(RuleSetContent content, RuleSecurityPolicy policy) {
        String sha = content.sha256();
        if (content.precompiled() != null) {
            KieBase precompiled = loadPrecompiled(content, sha);
            if (precompiled != null) {
                return finish(content, sha, precompiled, Map.of(), true, new ArrayList<>());
            }
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> locations = new LinkedHashMap<>();
        DrlSecurityCheck check = new DrlSecurityCheck(policy, content.classLoader());
        for (SourceFile file : content.drlFiles()) {
            DrlSecurityCheck.Result result = check.check(file.text());
            for (DrlSecurityCheck.Problem p : result.problems()) {
                problems.add(new Problem(content.id(), file.name(), p.line(), p.column(), p.kind(), p.message()));
            }
            if (result.descr() != null) {
                for (RuleDescr r : result.descr().getRules()) {
                    String previous = locations.putIfAbsent(r.getName(), file.name() + ":" + r.getLine());
                    if (previous != null) {
                        problems.add(new Problem(content.id(), file.name(), r.getLine(), 0, "COMPILE", "rule '"
                                + r.getName() + "' is already defined at " + previous
                                + "; rule ids must be unique in a rule set"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        KieBase kieBase = compileDrl(content, problems);
        if (kieBase == null) {
            return new Outcome(null, problems);
        }
        return finish(content, sha, kieBase, locations, false, problems);
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
                problems.add(new Problem(content.id(), manifestName, 0, 0, "MANIFEST",
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

    private static KieBase compileDrl(RuleSetContent content, List<Problem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, content.classLoader()));
        for (SourceFile file : content.drlFiles()) {
            try {
                builder.add(ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(file.name()), ResourceType.DRL);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new Problem(content.id(), file.name(), 0, 0, "COMPILE",
                        "cannot be compiled: " + rootMessage(e)));
            }
        }
        for (KnowledgeBuilderResult r : builder.getResults(ResultSeverity.ERROR)) {
            String message = r.getMessage() == null ? "" : r.getMessage().strip();
            if (message.contains("Parser returned a null Package")) {
                continue;
            }
            String path = r.getResource() != null && r.getResource().getSourcePath() != null
                    ? r.getResource().getSourcePath() : content.id();
            int[] lines = r.getLines();
            int line = lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
            problems.add(new Problem(content.id(), path, line, 0, "COMPILE", oneLine(message)));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                    org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, content.classLoader()));
            kieBase.addPackages(builder.getKnowledgePackages());
            return kieBase;
        } catch (RuntimeException e) {
            problems.add(new Problem(content.id(), content.drlFiles().isEmpty() ? content.id()
                    : content.drlFiles().get(0).name(), 0, 0, "COMPILE", "cannot build the rule base: "
                    + rootMessage(e)));
            return null;
        }
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
            return KieBaseBuilder.createKieBaseFromModel(models,
                    org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, content.classLoader()));
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
