package dev.legalbilling.rules.internal.security;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The bytecode gate: judges every class Drools generated from a rule set before any of it is defined, at the level
 * where names are resolved. Every method call, constructor, field access, class constant, cast, array creation,
 * supertype and {@code invokedynamic} bootstrap must be code of the same rule set (itself verified) or match the
 * {@link AllowList}; inherited members are judged by the class that declares them (a fact's {@code getClass()} is
 * {@code java.lang.Object.getClass()}). Rule code may not loop (no backward branch), catch exceptions, synchronise,
 * declare native or {@code finalize} methods, or create arrays of a size that is not a constant.
 *
 * <p>Classes outside the rule set are only looked up ({@code Class.forName(name, false, loader)}: never initialised).
 * Stateless apart from a cache of those look-ups; not thread-safe (one verifier per rule set).
 */
public final class BytecodeVerifier {
    /** Largest constant array a generated class may create. */
    public static final int MAX_ARRAY_LENGTH = 65_536;
    /** Largest absolute value of a constant int or long argument to an {@code @const} member. */
    public static final long MAX_CONSTANT = 1_000;
    /** Largest number of digits, and absolute exponent, of a decimal text argument to an {@code @const} member. */
    public static final int MAX_DECIMAL_DIGITS = 100;

    private static final String D = "org/drools/modelcompiler/dsl/pattern/D";
    private static final List<String> RESERVED_PACKAGES = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/",
            "org/drools/", "org/kie/", "org/objectweb/", "dev/legalbilling/");

    /**
     * One refusal.
     *
     * @param className the generated class, dotted
     * @param rules the rules whose code it is (from the generated rule definitions), empty when it belongs to none
     * @param what what the code does, e.g. {@code calls java.lang.Integer.getInteger(String)}
     */
    public record Refusal(String className, Set<String> rules, String what) {
    }

    private final Map<String, ClassNode> classes = new TreeMap<>();
    private final ClassLoader resolver;
    private final AllowList allowed;
    private final Map<String, Class<?>> loaded = new HashMap<>();
    private final Map<String, Set<String>> rulesOf = new HashMap<>();
    private final Set<Refusal> refusals = new LinkedHashSet<>();

    /**
     * @param classBytes the generated classes to judge, by internal name ({@code com/firm/rules/Rules...})
     * @param resolver where the classes they use are looked up (the fact model's loader)
     * @param allowed what they may use
     */
    public BytecodeVerifier(Map<String, byte[]> classBytes, ClassLoader resolver, AllowList allowed) {
        this.resolver = resolver;
        this.allowed = allowed;
        for (Map.Entry<String, byte[]> e : classBytes.entrySet()) {
            ClassNode node = new ClassNode();
            new ClassReader(e.getValue()).accept(node, ClassReader.SKIP_FRAMES);
            if (!node.name.equals(e.getKey())) {
                refusals.add(new Refusal(dotted(e.getKey()), Set.of(), "holds class " + dotted(node.name)
                        + " under another name"));
            }
            classes.put(node.name, node);
        }
    }

    /** @return every refusal, in class order; empty when the classes may be defined */
    public List<Refusal> verify() {
        attributeRules();
        for (ClassNode c : classes.values()) {
            verifyClass(c);
        }
        return List.copyOf(refusals);
    }

    // ---- which rule does a class belong to -------------------------------------------------------------------------

    /**
     * The generated rule definitions name their rule in {@code D.rule(package, name)} and reach the lambdas that hold
     * its constraints and consequence through their {@code INSTANCE} fields (or {@code invokedynamic} handles).
     */
    private void attributeRules() {
        for (ClassNode c : classes.values()) {
            for (MethodNode m : c.methods) {
                String rule = null;
                Set<String> used = new LinkedHashSet<>();
                for (AbstractInsnNode in : m.instructions) {
                    if (in instanceof MethodInsnNode call && call.owner.equals(D)
                            && (call.name.equals("rule") || call.name.equals("query"))) {
                        AbstractInsnNode prev = call.getPrevious();
                        while (prev != null && prev.getOpcode() < 0) {
                            prev = prev.getPrevious();
                        }
                        if (prev instanceof LdcInsnNode ldc && ldc.cst instanceof String s) {
                            rule = s;
                        }
                    } else if (in instanceof FieldInsnNode f && classes.containsKey(f.owner)) {
                        used.add(f.owner);
                    } else if (in instanceof MethodInsnNode call && classes.containsKey(call.owner)) {
                        used.add(call.owner + "#" + call.name);
                        used.add(call.owner);
                    } else if (in instanceof InvokeDynamicInsnNode indy) {
                        for (Object arg : indy.bsmArgs) {
                            if (arg instanceof Handle h && classes.containsKey(h.getOwner())) {
                                used.add(h.getOwner() + "#" + h.getName());
                            }
                        }
                    }
                }
                if (rule != null) {
                    rulesOf.computeIfAbsent(c.name + "#" + m.name, k -> new LinkedHashSet<>()).add(rule);
                    for (String u : used) {
                        if (!u.contains("#") && isRuleDefinitionClass(u)) {
                            continue;
                        }
                        rulesOf.computeIfAbsent(u, k -> new LinkedHashSet<>()).add(rule);
                    }
                }
            }
        }
    }

    private boolean isRuleDefinitionClass(String name) {
        int slash = name.lastIndexOf('/');
        String simple = name.substring(slash + 1);
        return simple.startsWith("Rules") || simple.startsWith("DomainClassesMetadata");
    }

    private Set<String> rules(ClassNode c, MethodNode m) {
        Set<String> r = rulesOf.get(c.name + "#" + m.name);
        if (r == null) {
            r = rulesOf.get(c.name);
        }
        return r == null ? Set.of() : Set.copyOf(r);
    }

    // ---- the checks ------------------------------------------------------------------------------------------------

    private void verifyClass(ClassNode c) {
        for (String reserved : RESERVED_PACKAGES) {
            if (c.name.startsWith(reserved) && !c.name.startsWith("dev/legalbilling/rules/packs/")) {
                refuse(c, null, "is generated in the reserved package " + dotted(packageOf(c.name)));
            }
        }
        if (resolver.getResource(c.name + ".class") != null) {
            refuse(c, null, "has the name of an existing class, " + dotted(c.name));
        }
        if (c.superName != null && !classes.containsKey(c.superName) && !allowed.supertype(c.superName)) {
            refuse(c, null, "extends " + dotted(c.superName));
        }
        for (String itf : c.interfaces) {
            if (!classes.containsKey(itf) && !allowed.supertype(itf)) {
                refuse(c, null, "implements " + dotted(itf));
            }
        }
        for (FieldNode f : c.fields) {
            if (f.value instanceof String s && s.length() > 65_535) {
                refuse(c, null, "holds an oversized constant");
            }
        }
        for (MethodNode m : c.methods) {
            if ((m.access & Opcodes.ACC_NATIVE) != 0) {
                refuse(c, m, "declares the native method " + m.name);
            }
            if (m.name.equals("finalize") && m.desc.equals("()V")) {
                refuse(c, m, "declares a finalizer, which would run outside any check");
            }
            if (!m.tryCatchBlocks.isEmpty()) {
                refuse(c, m, "catches exceptions (try/catch), which could swallow the engine's stop signal");
            }
            verifyCode(c, m);
        }
    }

    private void verifyCode(ClassNode c, MethodNode m) {
        Frame<SourceValue>[] frames = null;
        for (int i = 0; i < m.instructions.size(); i++) {
            AbstractInsnNode in = m.instructions.get(i);
            int op = in.getOpcode();
            if (in instanceof MethodInsnNode call) {
                boolean isStatic = op == Opcodes.INVOKESTATIC;
                if (!callAllowed(call.owner, call.name, call.desc, isStatic)
                        && !(isStatic && enumValues(c, m)
                                && allowed.enumBoilerplate(call.owner, call.name, params(call.desc)))) {
                    refuse(c, m, (call.name.equals("<init>") ? "creates " : "calls ")
                            + member(call.owner, call.name, call.desc));
                } else if (allowed.needsConstants(call.owner, call.name, params(call.desc), isStatic)
                        || allowed.needsConstants(String.valueOf(declarer(call.owner, call.name, call.desc,
                                isStatic)), call.name, params(call.desc), isStatic)) {
                    if (frames == null) {
                        frames = analyze(c, m);
                    }
                    String bad = nonConstantArgument(frames, i, call.desc);
                    if (bad != null) {
                        refuse(c, m, "calls " + member(call.owner, call.name, call.desc) + " with " + bad);
                    }
                }
            } else if (in instanceof FieldInsnNode f) {
                verifyField(c, m, f);
            } else if (in instanceof TypeInsnNode t) {
                String type = elementType(t.desc);
                if (type != null && !typeAllowed(type)) {
                    refuse(c, m, (op == Opcodes.NEW ? "creates " : op == Opcodes.ANEWARRAY ? "creates an array of "
                            : "uses the type ") + dotted(type));
                }
                if (op == Opcodes.ANEWARRAY) {
                    if (frames == null) {
                        frames = analyze(c, m);
                    }
                    checkArraySize(c, m, frames, i);
                }
            } else if (in instanceof IntInsnNode && op == Opcodes.NEWARRAY) {
                if (frames == null) {
                    frames = analyze(c, m);
                }
                checkArraySize(c, m, frames, i);
            } else if (in instanceof LdcInsnNode ldc) {
                verifyConstant(c, m, ldc.cst);
            } else if (in instanceof InvokeDynamicInsnNode indy) {
                verifyIndy(c, m, indy);
            } else if (in instanceof JumpInsnNode j) {
                if (m.instructions.indexOf(j.label) <= i) {
                    refuse(c, m, "loops (jumps backwards)");
                }
            } else if (in instanceof TableSwitchInsnNode s) {
                checkForward(c, m, i, s.dflt, s.labels);
            } else if (in instanceof LookupSwitchInsnNode s) {
                checkForward(c, m, i, s.dflt, s.labels);
            } else if (op == Opcodes.MONITORENTER || op == Opcodes.MONITOREXIT) {
                refuse(c, m, "synchronises on an object");
            } else if (op == Opcodes.MULTIANEWARRAY) {
                refuse(c, m, "creates a multi-dimensional array");
            } else if (op == Opcodes.JSR || op == Opcodes.RET) {
                refuse(c, m, "uses subroutines");
            }
        }
    }

    /** @return whether the method is the {@code values()} the Java compiler writes for an enum */
    private static boolean enumValues(ClassNode c, MethodNode m) {
        return "java/lang/Enum".equals(c.superName) && m.name.equals("values")
                && m.desc.equals("()[L" + c.name + ";") && (m.access & Opcodes.ACC_STATIC) != 0;
    }

    private void checkForward(ClassNode c, MethodNode m, int at, LabelNode dflt, List<LabelNode> labels) {
        boolean back = m.instructions.indexOf(dflt) <= at;
        for (LabelNode l : labels) {
            back |= m.instructions.indexOf(l) <= at;
        }
        if (back) {
            refuse(c, m, "loops (jumps backwards)");
        }
    }

    private void verifyField(ClassNode c, MethodNode m, FieldInsnNode f) {
        int op = f.getOpcode();
        boolean isStatic = op == Opcodes.GETSTATIC || op == Opcodes.PUTSTATIC;
        boolean write = op == Opcodes.PUTSTATIC || op == Opcodes.PUTFIELD;
        if (classes.containsKey(f.owner) && declaredInRuleSet(f.owner, f.name)) {
            return;
        }
        if (write) {
            refuse(c, m, "writes the field " + dotted(f.owner) + "." + f.name);
            return;
        }
        Field field = resolveField(f.owner, f.name);
        String declarer = field == null ? f.owner : Type.getInternalName(field.getDeclaringClass());
        boolean ok = allowed.allMembers(declarer) || allowed.field(declarer, f.name, isStatic)
                || allowed.field(f.owner, f.name, isStatic)
                || (isStatic && field != null && field.isEnumConstant() && allowed.allEnumConstants(declarer));
        if (!ok) {
            refuse(c, m, "reads the field " + dotted(declarer) + "." + f.name);
        }
    }

    private boolean declaredInRuleSet(String owner, String name) {
        for (ClassNode n = classes.get(owner); n != null; n = classes.get(n.superName)) {
            for (FieldNode f : n.fields) {
                if (f.name.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void verifyConstant(ClassNode c, MethodNode m, Object cst) {
        if (cst instanceof Type t) {
            if (t.getSort() == Type.METHOD) {
                refuse(c, m, "uses a method type constant");
            } else {
                String type = elementType(t.getDescriptor());
                if (type != null && !typeAllowed(type)) {
                    refuse(c, m, "uses the class constant " + dotted(type));
                }
            }
        } else if (cst instanceof Handle h) {
            refuse(c, m, "uses a method handle to " + member(h.getOwner(), h.getName(), h.getDesc()));
        } else if (cst instanceof ConstantDynamic) {
            refuse(c, m, "uses a dynamic constant");
        }
    }

    private void verifyIndy(ClassNode c, MethodNode m, InvokeDynamicInsnNode indy) {
        Handle bsm = indy.bsm;
        if (!allowed.bootstrap(bsm.getOwner(), bsm.getName())) {
            refuse(c, m, "uses the invokedynamic bootstrap " + dotted(bsm.getOwner()) + "." + bsm.getName());
            return;
        }
        for (Object arg : indy.bsmArgs) {
            if (arg instanceof Handle h) {
                int tag = h.getTag();
                boolean isStatic = tag == Opcodes.H_INVOKESTATIC;
                String name = tag == Opcodes.H_NEWINVOKESPECIAL ? "<init>" : h.getName();
                if (tag == Opcodes.H_GETFIELD || tag == Opcodes.H_GETSTATIC || tag == Opcodes.H_PUTFIELD
                        || tag == Opcodes.H_PUTSTATIC) {
                    refuse(c, m, "uses a field handle to " + dotted(h.getOwner()) + "." + h.getName());
                } else if (!callAllowed(h.getOwner(), name, h.getDesc(), isStatic)
                        || allowed.needsConstants(h.getOwner(), name, params(h.getDesc()), isStatic)) {
                    refuse(c, m, "refers to " + member(h.getOwner(), name, h.getDesc()));
                }
            } else if (arg instanceof ConstantDynamic) {
                refuse(c, m, "uses a dynamic constant");
            }
        }
        Type returned = Type.getReturnType(indy.desc);
        if (returned.getSort() == Type.OBJECT && !typeAllowed(returned.getInternalName())
                && !returned.getInternalName().equals("java/lang/String")) {
            refuse(c, m, "creates a lambda of type " + dotted(returned.getInternalName()));
        }
    }

    // ---- resolution ------------------------------------------------------------------------------------------------

    private boolean callAllowed(String owner, String name, String desc, boolean isStatic) {
        if (owner.startsWith("[")) {
            return name.equals("clone") && typeAllowed(elementType(owner));
        }
        if (classes.containsKey(owner)) {
            if (name.equals("<init>") || declaredInRuleSet(owner, name, desc)) {
                return true;
            }
        }
        String params = params(desc);
        if (name.equals("<init>")) {
            return allowed.constructor(owner, params) || allowed.allMembers(owner);
        }
        if (allowed.method(owner, name, params, isStatic)) {
            return true;
        }
        String declarer = declarer(owner, name, desc, isStatic);
        return declarer != null && (allowed.allMembers(declarer) || allowed.method(declarer, name, params, isStatic));
    }

    private boolean declaredInRuleSet(String owner, String name, String desc) {
        for (ClassNode n = classes.get(owner); n != null; n = classes.get(n.superName)) {
            for (MethodNode mn : n.methods) {
                if (mn.name.equals(name) && mn.desc.equals(desc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the internal name of the class that declares the method the JVM would resolve, or null */
    private String declarer(String owner, String name, String desc, boolean isStatic) {
        if (name.equals("<init>")) {
            return owner;
        }
        String start = owner;
        while (classes.containsKey(start)) {
            ClassNode n = classes.get(start);
            for (String itf : n.interfaces) {
                if (!classes.containsKey(itf)) {
                    String d = declarer(itf, name, desc, isStatic);
                    if (d != null) {
                        return d;
                    }
                }
            }
            start = n.superName;
            if (start == null) {
                return null;
            }
        }
        Class<?> c = load(start);
        if (c == null) {
            return null;
        }
        String params = params(desc);
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            Method found = declared(k, name, params);
            if (found != null) {
                return Type.getInternalName(k);
            }
        }
        Class<?> fromInterface = inInterfaces(c, name, params);
        return fromInterface == null ? null : Type.getInternalName(fromInterface);
    }

    private static Class<?> inInterfaces(Class<?> c, String name, String params) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Class<?> itf : k.getInterfaces()) {
                if (declared(itf, name, params) != null) {
                    return itf;
                }
                Class<?> deeper = inInterfaces(itf, name, params);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    private static Method declared(Class<?> k, String name, String params) {
        try {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).startsWith(params)) {
                    return m;
                }
            }
        } catch (LinkageError e) {
            return null;
        }
        return null;
    }

    private Field resolveField(String owner, String name) {
        Class<?> c = load(owner);
        return c == null ? null : findField(c, name);
    }

    private static Field findField(Class<?> c, String name) {
        try {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
        } catch (LinkageError e) {
            return null;
        }
        for (Class<?> itf : c.getInterfaces()) {
            Field f = findField(itf, name);
            if (f != null) {
                return f;
            }
        }
        return c.getSuperclass() == null ? null : findField(c.getSuperclass(), name);
    }

    private Class<?> load(String internalName) {
        if (loaded.containsKey(internalName)) {
            return loaded.get(internalName);
        }
        Class<?> c;
        try {
            c = Class.forName(internalName.replace('/', '.'), false, resolver);
        } catch (ClassNotFoundException | LinkageError e) {
            c = null;
        }
        loaded.put(internalName, c);
        return c;
    }

    private boolean typeAllowed(String internalName) {
        if (internalName == null) {
            return true;
        }
        return classes.containsKey(internalName) || allowed.type(internalName);
    }

    /** @return the class an object or array type is of, or null for a primitive (array) type */
    private static String elementType(String descOrName) {
        String d = descOrName;
        while (d.startsWith("[")) {
            d = d.substring(1);
        }
        if (d.length() == 1 && descOrName.startsWith("[")) {
            return null;
        }
        if (d.startsWith("L") && d.endsWith(";")) {
            return d.substring(1, d.length() - 1);
        }
        return d;
    }

    // ---- constants -------------------------------------------------------------------------------------------------

    private Frame<SourceValue>[] analyze(ClassNode c, MethodNode m) {
        try {
            return new Analyzer<>(new SourceInterpreter()).analyze(c.name, m);
        } catch (AnalyzerException e) {
            refuse(c, m, "cannot be analysed (" + e.getMessage() + ")");
            return null;
        }
    }

    private void checkArraySize(ClassNode c, MethodNode m, Frame<SourceValue>[] frames, int at) {
        if (frames == null || frames[at] == null) {
            return;
        }
        Frame<SourceValue> f = frames[at];
        if (!boundedLength(m, frames, f.getStack(f.getStackSize() - 1), 0)) {
            refuse(c, m, "creates an array whose length is not a constant up to " + MAX_ARRAY_LENGTH);
        }
    }

    /**
     * @return whether an array length is a constant up to {@link #MAX_ARRAY_LENGTH} or the length of an existing array
     *     (a copy, as in an enum's {@code values()}), followed through {@code dup}, stores and loads
     */
    private static boolean boundedLength(MethodNode m, Frame<SourceValue>[] frames, SourceValue v, int depth) {
        if (v == null || v.insns.isEmpty() || depth > 8) {
            return false;
        }
        for (AbstractInsnNode in : v.insns) {
            int op = in.getOpcode();
            int index = m.instructions.indexOf(in);
            Frame<SourceValue> f = frames[index];
            if (op == Opcodes.ARRAYLENGTH) {
                continue;
            }
            if (op == Opcodes.DUP || op == Opcodes.ISTORE) {
                if (f == null || !boundedLength(m, frames, f.getStack(f.getStackSize() - 1), depth + 1)) {
                    return false;
                }
                continue;
            }
            if (op == Opcodes.ILOAD && in instanceof org.objectweb.asm.tree.VarInsnNode load) {
                if (f == null || !boundedLength(m, frames, f.getLocal(load.var), depth + 1)) {
                    return false;
                }
                continue;
            }
            Long n = constant(new SourceValue(1, in));
            if (n == null || n < 0 || n > MAX_ARRAY_LENGTH) {
                return false;
            }
        }
        return true;
    }

    /** @return a description of the first int, long or String argument that is not a bounded constant, or null */
    private static String nonConstantArgument(Frame<SourceValue>[] frames, int at, String desc) {
        if (frames == null || frames[at] == null) {
            return null;
        }
        Frame<SourceValue> f = frames[at];
        Type[] args = Type.getArgumentTypes(desc);
        int base = f.getStackSize() - args.length;
        for (int j = 0; j < args.length; j++) {
            SourceValue v = f.getStack(base + j);
            switch (args[j].getSort()) {
                case Type.INT, Type.LONG, Type.SHORT, Type.BYTE -> {
                    Long n = constant(v);
                    if (n == null || Math.abs(n) > MAX_CONSTANT) {
                        return "argument " + (j + 1) + " not a constant between -" + MAX_CONSTANT + " and "
                                + MAX_CONSTANT;
                    }
                }
                case Type.OBJECT -> {
                    if (args[j].getInternalName().equals("java/lang/String")) {
                        String s = stringConstant(v);
                        if (s == null || !boundedDecimal(s)) {
                            return "argument " + (j + 1) + " not a constant decimal of at most " + MAX_DECIMAL_DIGITS
                                    + " digits";
                        }
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static boolean boundedDecimal(String s) {
        if (s.length() > MAX_DECIMAL_DIGITS + 10) {
            return false;
        }
        try {
            BigDecimal d = new BigDecimal(s);
            return d.precision() <= MAX_DECIMAL_DIGITS && Math.abs((long) d.scale()) <= MAX_CONSTANT;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Long constant(SourceValue v) {
        if (v == null || v.insns.size() != 1) {
            return null;
        }
        AbstractInsnNode in = v.insns.iterator().next();
        int op = in.getOpcode();
        if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
            return (long) (op - Opcodes.ICONST_0);
        }
        if (op == Opcodes.LCONST_0 || op == Opcodes.LCONST_1) {
            return (long) (op - Opcodes.LCONST_0);
        }
        if (in instanceof IntInsnNode n && (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH)) {
            return (long) n.operand;
        }
        if (in instanceof LdcInsnNode ldc && (ldc.cst instanceof Integer || ldc.cst instanceof Long)) {
            return ((Number) ldc.cst).longValue();
        }
        return null;
    }

    private static String stringConstant(SourceValue v) {
        if (v == null || v.insns.size() != 1) {
            return null;
        }
        return v.insns.iterator().next() instanceof LdcInsnNode ldc && ldc.cst instanceof String s ? s : null;
    }

    // ---- reporting -------------------------------------------------------------------------------------------------

    private void refuse(ClassNode c, MethodNode m, String what) {
        refusals.add(new Refusal(dotted(c.name), m == null ? rulesOfClass(c) : rules(c, m), what));
    }

    private Set<String> rulesOfClass(ClassNode c) {
        Set<String> r = rulesOf.get(c.name);
        return r == null ? Set.of() : Set.copyOf(r);
    }

    private static String params(String desc) {
        return desc.substring(0, desc.indexOf(')') + 1);
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    /** @return e.g. {@code java.lang.Integer.getInteger(String)}, or {@code new java.util.ArrayList(int)} */
    static String member(String owner, String name, String desc) {
        List<String> types = new ArrayList<>();
        for (Type t : Type.getArgumentTypes(desc)) {
            String cn = t.getClassName();
            types.add(cn.startsWith("java.lang.") && cn.indexOf('.', 10) < 0 ? cn.substring(10) : cn);
        }
        String args = "(" + String.join(", ", types) + ")";
        return name.equals("<init>") ? "new " + dotted(owner) + args : dotted(owner) + "." + name + args;
    }
}
