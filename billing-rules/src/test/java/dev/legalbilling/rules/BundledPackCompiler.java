package dev.legalbilling.rules;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.RuleSetContent;
import dev.legalbilling.rules.internal.SourceFile;
import dev.legalbilling.rules.internal.security.AllowList;
import dev.legalbilling.rules.internal.security.BytecodeVerifier;
import dev.legalbilling.rules.internal.security.DrlSecurityCheck;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.io.StringWriter;
import java.net.URI;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import dev.legalbilling.rules.internal.AlphaNetworks;
import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.NetworkHandlerAdaptor;
import org.drools.ancompiler.ObjectTypeNodeParser;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftInputAdapterNode;
import org.drools.core.reteoo.WindowNode;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

/**
 * Build step (run by the pom in {@code process-test-classes}, before the jar is packed): compiles every bundled pack
 * under {@code dev/legalbilling/rules/packs/} to Drools' executable model and writes the generated classes next to
 * the pack, with a {@code precompiled.properties} index holding the model class names and the SHA-256 of the
 * pack's content. At run time {@link RuleEngine} loads the model directly, without the DRL compiler, when the hash
 * still matches (and falls back to compiling the DRL when it does not).
 *
 * <p>The pack passes the default security policy first, exactly as a firm's file would; the build fails otherwise.
 * Lives in test sources because it needs {@code drools-model-codegen}, which applications never need.
 *
 * <p>Usage: {@code BundledPackCompiler <target/classes>}.
 */
public final class BundledPackCompiler {
    private BundledPackCompiler() {
    }

    /**
     * @param args the classes directory
     * @throws Exception when a pack does not compile; the build fails
     */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path root = classes.resolve(RuleSetSource.BUNDLED_ROOT);
        if (!Files.isDirectory(root)) {
            System.out.println("[bundled packs] none under " + root);
            return;
        }
        List<Path> packs;
        try (Stream<Path> s = Files.list(root)) {
            packs = s.filter(p -> Files.isRegularFile(p.resolve("ruleset.yaml"))).sorted().toList();
        }
        for (Path pack : packs) {
            compile(classes, pack);
        }
    }

    private static void compile(Path classes, Path pack) throws IOException {
        long start = System.nanoTime();
        String folder = classes.relativize(pack).toString().replace('\\', '/');
        Files.deleteIfExists(pack.resolve(RuleSetContent.PRECOMPILED_INDEX));
        try (Stream<Path> old = Files.walk(pack)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".class")).toList()) {
                Files.delete(p); // classes of an earlier build: the gate refuses generated names that already exist
            }
        }
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                BundledPackCompiler.class.getClassLoader());
        List<Problem> problems = new ArrayList<>();
        RuleSetContent content = RuleSetReader.read(RuleSetSource.classpath(folder, loader), problems);
        if (content == null) {
            throw new IllegalStateException("bundled pack " + folder + " cannot be read: " + problems);
        }
        DrlSecurityCheck check = new DrlSecurityCheck(RuleSecurityPolicy.defaults(), loader);
        for (SourceFile f : content.drlFiles()) {
            for (DrlSecurityCheck.Problem p : check.check(f.text()).problems()) {
                problems.add(new Problem(content.id(), folder + "/" + f.name(), p.line(), p.column(), p.kind(),
                        p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bundled pack " + content.id() + " fails the default security policy:\n"
                    + problems.stream().map(Problem::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
        }

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("dev.legalbilling.rules.packs", content.id(), content.version());
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel module = ks.newKieModuleModel();
        module.newKieBaseModel(content.id()).addPackage("*").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        for (SourceFile f : content.drlFiles()) {
            kfs.write("src/main/resources/" + folder + "/" + f.name(), f.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs, loader);
        builder.buildAll(executableModelProject());
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("bundled pack " + content.id() + " does not compile: " + errors);
        }
        InternalKieModule kieModule = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> generated = new TreeMap<>();
        for (String name : kieModule.getFileNames()) {
            if (name.startsWith(folder + "/") && name.endsWith(".class")) {
                generated.put(name.substring(0, name.length() - ".class".length()), kieModule.getBytes(name));
            }
        }
        List<BytecodeVerifier.Refusal> refusals = new BytecodeVerifier(generated, loader,
                AllowList.parse(RuleSecurityPolicy.defaults().allowedMembers())).verify();
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("bundled pack " + content.id() + " fails the bytecode gate:\n"
                    + refusals.stream().map(Object::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
        }
        TreeSet<String> models = new TreeSet<>();
        int written = 0;
        for (String name : kieModule.getFileNames()) {
            if (name.endsWith("/drools-model")) {
                for (String line : new String(kieModule.getBytes(name), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                        models.add(line.strip());
                    }
                }
            } else if (name.startsWith(folder + "/") && name.endsWith(".class")) {
                Path out = classes.resolve(name);
                Files.createDirectories(out.getParent());
                Files.write(out, kieModule.getBytes(name));
                written++;
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("bundled pack " + content.id() + ": the executable model lists no model");
        }
        for (String model : models) {
            if (!model.startsWith(folder.replace('/', '.') + ".")) {
                throw new IllegalStateException("bundled pack " + content.id() + ": model " + model
                        + " is outside the pack's package " + folder.replace('/', '.')
                        + " (the DRL package must match the pack folder)");
            }
        }
        Properties index = new Properties();
        int networks = alphaNetworks(classes, folder, models, index);
        index.setProperty("sha256", content.sha256());
        index.setProperty("models", String.join(",", models));
        content.manifest().toProperties(index);
        index.setProperty("drools", KieServices.class.getPackage().getImplementationVersion() == null ? "unknown"
                : KieServices.class.getPackage().getImplementationVersion());
        java.io.StringWriter text = new java.io.StringWriter();
        index.store(text, null);
        // drop the time stamp Properties writes, keep keys sorted: the index is reproducible
        List<String> lines = new ArrayList<>(text.toString().lines().filter(l -> !l.startsWith("#")).sorted()
                .toList());
        lines.add(0, "# Generated by BundledPackCompiler at build time from ruleset.yaml and the DRL files; do not edit");
        Files.write(pack.resolve(RuleSetContent.PRECOMPILED_INDEX), lines, StandardCharsets.ISO_8859_1);
        ks.getRepository().removeKieModule(releaseId);
        System.out.printf("[bundled packs] %s %s: %d classes, %d compiled alpha networks, models %s, %d ms%n",
                content.id(), content.version(), written, networks, models, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Drools' alpha network compiler, run here rather than when the pack loads: builds the rule base from the model
     * just written exactly as {@code RuleSetCompiler} does at run time, has Drools generate the source of each
     * object-type node's compiled network, compiles it into the pack's {@code anc} package and lists each class with
     * the network it was generated for in the index ({@link AlphaNetworks}).
     *
     * <p>Drools quotes each node's constraint text in a {@code //} comment of the source; a constraint written over
     * several lines would put its later lines outside the comment, so each such text is put on one line first
     * ({@link #oneLineComments}).
     *
     * @return the number of classes written
     */
    private static int alphaNetworks(Path classes, String folder, Set<String> models, Properties index)
            throws IOException {
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                BundledPackCompiler.class.getClassLoader());
        KieBase kieBase;
        try {
            List<Model> instances = new ArrayList<>();
            for (String name : models) {
                instances.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
            }
            kieBase = KieBaseBuilder.createKieBaseFromModel(instances,
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("bundled pack " + folder + ": the model just written does not load", e);
        }
        String pkg = folder.replace('/', '.') + ".anc";
        Map<String, String> sources = new TreeMap<>();
        Properties entries = new Properties();
        int n = 0;
        for (ObjectTypeNode otn : AlphaNetworks.objectTypeNodes(kieBase)) {
            String network = AlphaNetworks.fingerprint(otn);
            if (AlphaNetworks.rangeIndexed(otn)) {
                System.out.printf("[bundled packs] %s: %s uses a range index, which the build-time alpha network"
                        + " does not support; the pack runs without one%n", folder, AlphaNetworks.key(otn));
                return 0;
            }
            CompiledNetworkSources generated = new ObjectTypeNodeCompiler(otn).generateSource();
            String drools = generated.getName().substring(generated.getName().lastIndexOf('.') + 1);
            String simple = "CompiledAlphaNetwork" + n++;
            String source = oneLineComments(generated.getSource(), otn)
                    .replace("package " + ObjectTypeNodeCompiler.PACKAGE_NAME + ";", "package " + pkg + ";")
                    .replace(drools, simple);
            sources.put(pkg + "." + simple, source);
            entries.setProperty(AlphaNetworks.PREFIX + AlphaNetworks.key(otn), pkg + "." + simple);
            entries.setProperty(AlphaNetworks.PREFIX + AlphaNetworks.key(otn) + AlphaNetworks.NETWORK, network);
        }
        for (Map.Entry<String, String> e : sources.entrySet()) { // kept for reading in target/anc-sources; not packed
            Path out = classes.resolveSibling("anc-sources").resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(out.getParent());
            Files.writeString(out, e.getValue());
        }
        compileJava(sources, classes);
        index.putAll(entries);
        return sources.size();
    }

    /**
     * Drools writes {@code <type> <field>; // <node>} for every node of the network, the node's text being its
     * constraint as written in the DRL; this puts each such text on one line, without backslashes.
     */
    static String oneLineComments(String source, ObjectTypeNode otn) {
        Set<String> texts = new java.util.HashSet<>();
        new ObjectTypeNodeParser(otn).accept(new NetworkHandlerAdaptor() {
            @Override
            public void startNonHashedAlphaNode(AlphaNode node) {
                texts.add(node.toString().replace("\\n", ""));
            }

            @Override
            public void startHashedAlphaNode(AlphaNode node, Object value) {
                texts.add(node.toString().replace("\\n", ""));
            }

            @Override
            public void nullCaseAlphaNodeStart(AlphaNode node) {
                texts.add(node.toString().replace("\\n", ""));
            }

            @Override
            public void startRangeIndexedAlphaNode(AlphaNode node) {
                texts.add(node.toString().replace("\\n", ""));
            }

            @Override
            public void startBetaNode(BetaNode node) {
                texts.add(node.toString());
            }

            @Override
            public void startLeftInputAdapterNode(LeftInputAdapterNode node) {
                texts.add(node.toString());
            }

            @Override
            public void startWindowNode(WindowNode node) {
                texts.add(node.toString());
            }
        });
        String out = source;
        for (String text : texts) {
            String plain = text.replaceAll("[\\r\\n\\\\]", " ");
            if (!plain.equals(text)) {
                out = out.replace("; // " + text, "; // " + plain);
            }
        }
        return out;
    }

    private static void compileJava(Map<String, String> sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the build needs a JDK (javac) to compile the alpha networks");
        }
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            units.add(new SimpleJavaFileObject(URI.create("string:///" + e.getKey().replace('.', '/') + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return e.getValue();
                }
            });
        }
        StringWriter messages = new StringWriter();
        String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator + classes;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(messages, files, null, List.of("-classpath", classPath, "-d",
                    classes.toString(), "--release", "17", "-proc:none", "-nowarn", "-Xlint:none"), null, units)
                    .call();
            if (!ok) {
                throw new IllegalStateException("the generated alpha networks do not compile:\n" + messages);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends org.kie.api.builder.KieBuilder.ProjectType> executableModelProject() {
        try {
            return (Class<? extends KieBuilder.ProjectType>)
                    Class.forName("org.drools.model.codegen.ExecutableModelProject");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("drools-model-codegen is missing from the build classpath", e);
        }
    }
}
