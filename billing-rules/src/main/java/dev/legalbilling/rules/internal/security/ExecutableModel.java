package dev.legalbilling.rules.internal.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.PackageSources;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

/**
 * Compiles DRL files to Drools' executable model in memory: DRL to generated Java to bytecode, without defining or
 * running any of it. The result is the bytes of every generated class and the names of the model classes, for the
 * {@link BytecodeVerifier} to judge. Stateless; thread-safe.
 */
public final class ExecutableModel {
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static final String PROJECT_MODEL_PACKAGE = "org/drools/project/model/";

    /** One DRL file to compile: its name, the folder of its package, and its text. */
    public record Source(String name, String packageFolder, String text) {
    }

    /**
     * What Drools reported about a file, as it said it.
     *
     * @param path the DRL or generated Java path Drools named
     * @param line its line, or 0
     * @param column its column, or 0
     * @param text the message
     */
    public record Message0(String path, int line, int column, String text) {
    }

    /**
     * The outcome of a build.
     *
     * @param classes the generated classes by internal name, Drools' project-model class excluded (it is never
     *     defined); empty when the build failed
     * @param models the model classes' binary names
     * @param errors the errors, empty on success
     * @param timedOut true when the build did not finish in time
     */
    public record Result(Map<String, byte[]> classes, List<String> models, List<Message0> errors, boolean timedOut) {
    }

    private ExecutableModel() {
    }

    /**
     * @param ruleSetId for the release id of the in-memory module
     * @param sources the DRL files
     * @param loader the fact model's loader
     * @param timeout the longest the build may take; past it the result says timedOut (the compiler thread cannot be
     *     interrupted and finishes on its own, its result discarded)
     * @return the classes and models, or the errors
     */
    public static Result build(String ruleSetId, List<Source> sources, ClassLoader loader, Duration timeout) {
        FutureTask<Result> task = new FutureTask<>(() -> buildNow(ruleSetId, sources, loader));
        Thread t = new Thread(task, "rule-compile-" + BUILDS.incrementAndGet());
        t.setDaemon(true);
        t.start();
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return new Result(Map.of(), List.of(), List.of(), true);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return new Result(Map.of(), List.of(), List.of(new Message0(null, 0, 0, "compilation interrupted")),
                    false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Result(Map.of(), List.of(), List.of(new Message0(null, 0, 0, "cannot be compiled: "
                    + rootMessage(cause))), false);
        }
    }

    private static Result buildNow(String ruleSetId, List<Source> sources, ClassLoader loader) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("dev.legalbilling.rules.custom",
                ruleSetId.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + BUILDS.incrementAndGet(), "1");
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel module = ks.newKieModuleModel();
        module.newKieBaseModel("rules").addPackage("*").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        for (Source s : sources) {
            kfs.write("src/main/resources/" + s.packageFolder() + "/" + s.name(), s.text());
        }
        List<Message0> modelErrors = modelErrors(sources, loader, releaseId);
        if (!modelErrors.isEmpty()) {
            return new Result(Map.of(), List.of(), modelErrors, false);
        }
        KieBuilder builder = ks.newKieBuilder(kfs, loader);
        try {
            builder.buildAll(ExecutableModelProject.class);
            List<Message0> errors = new ArrayList<>();
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                errors.add(new Message0(m.getPath(), Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0),
                        m.getText() == null ? "" : m.getText()));
            }
            if (!errors.isEmpty()) {
                return new Result(Map.of(), List.of(), errors, false);
            }
            InternalKieModule kieModule = (InternalKieModule) builder.getKieModule();
            Map<String, byte[]> classes = new TreeMap<>();
            List<String> models = new ArrayList<>();
            for (String name : kieModule.getFileNames()) {
                if (name.endsWith("/drools-model")) {
                    for (String line : new String(kieModule.getBytes(name), StandardCharsets.UTF_8).split("\\R")) {
                        if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                            models.add(line.strip());
                        }
                    }
                } else if (name.endsWith(".class") && !name.startsWith(PROJECT_MODEL_PACKAGE)) {
                    classes.put(name.substring(0, name.length() - ".class".length()), kieModule.getBytes(name));
                }
            }
            return new Result(classes, models, List.of(), false);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * The DRL-to-model pass on its own, as a knowledge builder that reports its errors instead of logging them:
     * {@code KieBuilder} would log them at ERROR, quoting the rule file's expressions, which may name clients.
     */
    private static List<Message0> modelErrors(List<Source> sources, ClassLoader loader, ReleaseId releaseId) {
        KnowledgeBuilderConfigurationImpl conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader)
                .as(KnowledgeBuilderConfigurationImpl.KEY);
        ModelBuilderImpl<PackageSources> pass = new ModelBuilderImpl<>(PackageSources::dumpSources, conf, releaseId,
                false);
        CompositeKnowledgeBuilder batch = pass.batch();
        for (Source s : sources) {
            batch.add(ResourceFactory.newByteArrayResource(s.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath("src/main/resources/" + s.packageFolder() + "/" + s.name()), ResourceType.DRL);
        }
        try {
            batch.build();
        } catch (RuntimeException e) {
            if (!pass.hasErrors()) {
                return List.of(new Message0(null, 0, 0, "cannot be compiled: " + rootMessage(e)));
            }
        }
        List<Message0> errors = new ArrayList<>();
        for (KnowledgeBuilderError e : pass.getErrors()) {
            String path = e.getResource() == null ? null : e.getResource().getSourcePath();
            int[] lines = e.getLines();
            errors.add(new Message0(path, lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0), 0,
                    e.getMessage() == null ? "" : e.getMessage()));
        }
        return errors;
    }

    /** @return the innermost message of a throwable, on one line */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return String.join(" ", m.strip().split("\\s*\\R\\s*"));
    }
}
