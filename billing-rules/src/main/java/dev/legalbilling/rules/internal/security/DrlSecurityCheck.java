package dev.legalbilling.rules.internal.security;

import dev.legalbilling.rules.RuleSecurityPolicy;
import dev.legalbilling.rules.internal.security.DrlLexer.Kind;
import dev.legalbilling.rules.internal.security.DrlLexer.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.DroolsParserException;

/**
 * Decides, before anything is compiled, whether a rule file stays inside a {@link RuleSecurityPolicy}. Fail
 * closed: whatever it cannot classify is refused.
 *
 * <p>Two independent passes run over every file:
 * <ol>
 *   <li><b>Structure</b>, on the {@link PackageDescr} from Drools' own {@link DrlParser} (which runs nothing):
 *       imports, function and accumulate imports, globals, functions, rule units, declared traits and windows, rule
 *       attributes (only a known list; dialect must be {@code java}; no timers), annotations, named consequences and
 *       every node of every condition tree (an unknown node type is refused), accumulate functions (built-ins only),
 *       sliding windows.</li>
 *   <li><b>Code</b>, on every token of the whole file, wherever it sits (constraints, {@code eval}, {@code from},
 *       accumulate {@code init/action/reverse/result} blocks, consequences, functions, salience and enabled
 *       expressions, declared-type initializers, annotation values): the tokens a Java or MVEL compiler would see
 *       (see {@link DrlLexer}). Every name that resolves to a class — simple names through explicit imports, the
 *       file's own package, allowed wildcard imports, {@code java.lang} and MVEL's built-in names; dotted names
 *       through every prefix, so fully qualified names need no import — must be an allowed type. Upper-case names
 *       that resolve to nothing and are not declared in the file are refused. Reflection and amplifier members
 *       ({@code getClass}, {@code forName}, {@code repeat}, {@code pow}, …), loops, {@code try}/{@code throw}, local,
 *       anonymous and enum classes, arrays, lambdas, method references and the {@code drools}/{@code kcontext}
 *       handles are refused wherever they appear.</li>
 * </ol>
 *
 * <p>Thread-safe once built (class look-ups are cached in a concurrent map).
 */
public final class DrlSecurityCheck {

    /** A refused construct at a 1-based position (column 0 when only the line is known). */
    public record Problem(int line, int column, String kind, String message) {
    }

    /** The parse result and every problem, syntax and security. */
    public record Result(PackageDescr descr, List<Problem> problems) {
        /** @return true when the file may be compiled */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Set<String> DENIED_KEYWORDS = Set.of(
            "while", "for", "do", "try", "catch", "finally", "throw", "throws", "synchronized", "class", "interface",
            "record", "assert", "super", "static", "native", "transient", "volatile", "strictfp", "goto", "const",
            "implements", "def", "foreach", "until", "import_static", "module", "permits", "sealed");

    private static final Map<String, String> DENIED_KEYWORD_REASONS = Map.of(
            "while", "loops", "for", "loops", "do", "loops (and conditional named consequences)", "foreach",
            "loops", "until", "loops", "try", "exception handling", "catch", "exception handling", "throw",
            "exception handling", "class", "local classes", "record", "local classes");

    /** Members that reach reflection, class loading, the process, threads, or amplify allocation and time. */
    private static final Set<String> DENIED_MEMBERS = Set.of(
            "getClass", "class", "getDeclaringClass", "getComponentType", "forName", "getClassLoader",
            "classLoader", "getContextClassLoader", "getSystemClassLoader", "getPlatformClassLoader", "loadClass",
            "defineClass", "newInstance", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
            "getField", "getFields", "getDeclaredField", "getDeclaredFields", "invoke", "invokeExact",
            "invokeWithArguments", "setAccessible", "trySetAccessible", "getModule", "getProtectionDomain",
            "getResource", "getResourceAsStream", "getResources", "lookup", "privateLookupIn", "findStatic",
            "findVirtual", "findConstructor", "unreflect", "describeConstable", "resolveConstantDesc", "getRuntime",
            "exec", "exit", "halt", "load", "loadLibrary", "getenv", "getProperty", "setProperty", "getProperties",
            "setIn", "setOut", "setErr", "wait", "notify", "notifyAll", "finalize", "start", "run", "interrupt",
            "stop", "suspend", "resume", "setDaemon", "currentThread", "getStackTrace", "getCallerClass",
            "repeat", "nCopies", "pow", "shiftLeft", "ensureCapacity", "setLength", "fill", "datesUntil", "iterate",
            "generate", "range", "rangeClosed", "ints", "longs", "doubles", "parallelStream", "parallel",
            "drools", "kcontext", "getKieRuntime", "getWorkingMemory", "getKieBase", "getKnowledgeRuntime");

    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of(
            "salience", "no-loop", "agenda-group", "activation-group", "auto-focus", "lock-on-active",
            "ruleflow-group", "date-effective", "date-expires", "enabled", "dialect");

    private static final Set<String> ALLOWED_ANNOTATIONS = Set.of(
            "key", "position", "description", "watch", "propertyReactive", "classReactive");

    private static final Set<String> ALLOWED_ACCUMULATE_FUNCTIONS = Set.of(
            "average", "count", "max", "min", "sum", "collectList", "collectSet", "countDistinct");

    /** MVEL resolves these names without imports; only {@code Array} is not in {@code java.lang}. */
    private static final Map<String, String> MVEL_LITERALS = Map.of("Array", "java.lang.reflect.Array");

    private static final List<String> RESERVED_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "org.drools.", "org.kie.", "org.mvel2.", "dev.legalbilling.");

    private static final String BUNDLED_PACKAGES = "dev.legalbilling.rules.packs.";

    private final RuleSecurityPolicy policy;
    private final ClassLoader loader;
    private final Map<String, Optional<Class<?>>> classCache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param policy what rule files may use
     * @param loader the loader the rules will be compiled against (names are resolved as the compiler would)
     */
    public DrlSecurityCheck(RuleSecurityPolicy policy, ClassLoader loader) {
        this.policy = policy;
        this.loader = loader;
    }

    /**
     * Parses and checks one file.
     *
     * @param text the DRL text
     * @return the parsed package (null when it does not parse) and every problem found
     */
    public Result check(String text) {
        Result parsed = parseOnly(text);
        if (parsed.problems().stream().anyMatch(p -> p.kind().equals("SECURITY"))) {
            return parsed; // too large: nothing more of it is read
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        PackageDescr descr = parsed.descr();
        Set<String> declared = new HashSet<>();
        String packageName = "";
        if (descr != null) {
            packageName = descr.getName() == null ? "" : descr.getName();
            checkStructure(descr, problems, declared);
        }
        checkTokens(text, packageName, declared, problems);
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Result(problems.isEmpty() ? descr : null, dedupe(problems));
    }

    /**
     * Parses one file without judging it: the size limit and syntax errors only. For callers (and tests) that rely on
     * the bytecode gate alone.
     *
     * @param text the DRL text
     * @return the parsed package (null when it does not parse) and its size and syntax problems
     */
    public Result parseOnly(String text) {
        List<Problem> problems = new ArrayList<>();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > policy.maxFileBytes()) {
            problems.add(new Problem(0, 0, "SECURITY", "file has " + bytes + " bytes, more than the "
                    + policy.maxFileBytes() + " the security policy allows"));
            return new Result(null, problems);
        }
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, text);
            if (parser.hasErrors()) {
                for (DroolsError e : parser.getErrors()) {
                    String message = e.getMessage();
                    if (message != null && message.contains("Parser returned a null Package")) {
                        continue;
                    }
                    int line = e instanceof ParserError p ? p.getRow() : first(e.getLines());
                    int col = e instanceof ParserError p ? p.getCol() + 1 : 0;
                    problems.add(new Problem(line, col, "SYNTAX", message));
                }
                return new Result(null, problems);
            }
            return new Result(descr, problems);
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            problems.add(new Problem(0, 0, "SYNTAX", "cannot be parsed: " + e));
            return new Result(null, problems);
        }
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(problems));
    }

    private static int first(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    // ---------------------------------------------------------------- structure

    private void checkStructure(PackageDescr pkg, List<Problem> problems, Set<String> declared) {
        if (pkg.getUnit() != null) {
            refuse(problems, pkg.getUnit(), "rule units are not allowed");
        }
        pkg.getFunctionImports().forEach(f -> refuse(problems, f, "'import function " + f.getTarget()
                + "' is not allowed: functions may only come from the allowed types"));
        pkg.getAccumulateImports().forEach(a -> refuse(problems, a, "'import accumulate " + a.getTarget()
                + "' is not allowed: only the built-in accumulate functions are"));
        for (GlobalDescr g : pkg.getGlobals()) {
            refuse(problems, g, "global '" + g.getIdentifier() + "' of type " + g.getType()
                    + " is not allowed: rules receive everything as facts");
        }
        for (FunctionDescr f : pkg.getFunctions()) {
            if (!policy.functionsAllowed()) {
                refuse(problems, f, "function '" + f.getName() + "' is not allowed by the security policy");
            } else if (f.getDialect() != null && !"java".equals(f.getDialect())) {
                refuse(problems, f, "function '" + f.getName() + "' uses dialect " + f.getDialect()
                        + "; only java is allowed");
            }
        }
        for (AttributeDescr a : pkg.getAttributes()) {
            checkAttribute(a, "package", problems);
        }
        for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
            declared.add(t.getTypeName());
            if (t.isTrait()) {
                refuse(problems, t, "trait '" + t.getTypeName() + "' is not allowed");
            }
            checkAnnotations(t, problems);
            t.getFields().values().forEach(f -> checkAnnotations(f, problems));
        }
        for (EnumDeclarationDescr e : pkg.getEnumDeclarations()) {
            declared.add(e.getTypeName());
            for (EnumLiteralDescr lit : e.getLiterals()) {
                declared.add(lit.getName());
            }
            checkAnnotations(e, problems);
        }
        pkg.getWindowDeclarations().forEach(w -> refuse(problems, w, "window declarations are not allowed"));
        for (RuleDescr rule : pkg.getRules()) {
            // unquoted rule and query names are tokens too: they name rules, not types
            for (String part : rule.getName().split("[^A-Za-z0-9_$]+")) {
                declared.add(part);
            }
        }
        for (RuleDescr rule : pkg.getRules()) {
            String what = (rule.isQuery() ? "query '" : "rule '") + rule.getName() + "'";
            for (AttributeDescr a : rule.getAttributes().values()) {
                checkAttribute(a, what, problems);
            }
            checkAnnotations(rule, problems);
            if (rule.getNamedConsequences() != null && !rule.getNamedConsequences().isEmpty()) {
                refuse(problems, rule, what + " uses named consequences, which are not allowed");
            }
            if (rule.getConsequence() != null && !(rule.getConsequence() instanceof String)) {
                refuse(problems, rule, what + " has a consequence of an unknown kind");
            }
            if (rule.getLhs() != null) {
                walk(rule.getLhs(), what, problems);
            }
        }
    }

    private void checkAttribute(AttributeDescr a, String where, List<Problem> problems) {
        String name = a.getName();
        if (!ALLOWED_ATTRIBUTES.contains(name)) {
            refuse(problems, a, "attribute '" + name + "' of " + where + " is not allowed (allowed: "
                    + String.join(", ", new java.util.TreeSet<>(ALLOWED_ATTRIBUTES)) + ")");
        } else if (name.equals("dialect") && !"java".equals(a.getValue())) {
            refuse(problems, a, "dialect '" + a.getValue() + "' of " + where
                    + " is not allowed; only the java dialect is");
        }
    }

    private void checkAnnotations(AnnotatedBaseDescr d, List<Problem> problems) {
        for (AnnotationDescr an : d.getAnnotations()) {
            if (!ALLOWED_ANNOTATIONS.contains(an.getName())) {
                refuse(problems, an.getLine() > 0 ? an : d, "annotation '@" + an.getName() + "' is not allowed");
            }
        }
    }

    private void walk(BaseDescr d, String where, List<Problem> problems) {
        if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) d).getDescrs()) {
                walk(child, where, problems);
            }
        } else if (d instanceof ForallDescr f) {
            for (BaseDescr child : f.getDescrs()) {
                walk(child, where, problems);
            }
        } else if (d instanceof PatternDescr p) {
            if (p.getBehaviors() != null && !p.getBehaviors().isEmpty()) {
                refuse(problems, p, "sliding windows ('over window:…') in " + where + " are not allowed");
            }
            checkAnnotations(p, problems);
            for (BaseDescr c : p.getDescrs()) {
                if (!(c instanceof ExprConstraintDescr) && !(c instanceof BindingDescr)) {
                    refuse(problems, c, "constraint of kind " + c.getClass().getSimpleName() + " in " + where
                            + " is not allowed");
                }
            }
            PatternSourceDescr source = p.getSource();
            if (source == null || source instanceof FromDescr || source instanceof EntryPointDescr) {
                return;
            }
            if (source instanceof AccumulateDescr acc) {
                for (AccumulateDescr.AccumulateFunctionCallDescr fn : acc.getFunctions()) {
                    if (!ALLOWED_ACCUMULATE_FUNCTIONS.contains(fn.getFunction())) {
                        refuse(problems, acc, "accumulate function '" + fn.getFunction() + "' in " + where
                                + " is not allowed (allowed: "
                                + String.join(", ", new java.util.TreeSet<>(ALLOWED_ACCUMULATE_FUNCTIONS)) + ")");
                    }
                }
                if (acc.getInput() != null) {
                    walk(acc.getInput(), where, problems);
                }
            } else if (source instanceof CollectDescr col) {
                if (col.getInputPattern() != null) {
                    walk(col.getInputPattern(), where, problems);
                }
            } else {
                refuse(problems, source, "pattern source of kind " + source.getClass().getSimpleName() + " in "
                        + where + " is not allowed");
            }
        } else if (d instanceof EvalDescr) {
            return;
        } else {
            refuse(problems, d, "construct " + d.getClass().getSimpleName() + " in " + where + " is not allowed");
        }
    }

    private static void refuse(List<Problem> problems, BaseDescr at, String message) {
        problems.add(new Problem(Math.max(at.getLine(), 0), at.getColumn() >= 0 ? at.getColumn() + 1 : 0,
                "SECURITY", message));
    }

    // ---------------------------------------------------------------- tokens

    private void checkTokens(String text, String packageName, Set<String> declared, List<Problem> problems) {
        List<Token> tokens = new ArrayList<>();
        for (DrlLexer.LexProblem p : DrlLexer.tokenize(text, tokens)) {
            problems.add(new Problem(p.line(), p.column(), "SECURITY", p.message()));
        }
        Map<String, String> explicitImports = new HashMap<>();
        List<String> wildcardPackages = new ArrayList<>();
        String pkg = packageName;
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.IDENT && t.text().equals("package") && (i == 0 || !tokens.get(i - 1).is("."))) {
                QualifiedName q = qualifiedName(tokens, i + 1);
                if (q.name().isEmpty()) {
                    deny(problems, t, "'package' must be followed by a package name");
                } else {
                    pkg = q.name();
                    checkPackageName(pkg, t, problems);
                }
                i = q.end();
                continue;
            }
            if (t.kind() == Kind.IDENT && t.text().equals("import")) {
                i = checkImport(tokens, i, explicitImports, wildcardPackages, problems);
                continue;
            }
            i = checkToken(tokens, i, pkg, declared, explicitImports, wildcardPackages, problems);
        }
    }

    private void checkPackageName(String pkg, Token at, List<Problem> problems) {
        String dotted = pkg + ".";
        for (String reserved : RESERVED_PACKAGES) {
            if (dotted.startsWith(reserved) && !dotted.startsWith(BUNDLED_PACKAGES)) {
                deny(problems, at, "package '" + pkg + "' is reserved (" + reserved + "*); use your own name");
            }
        }
    }

    private int checkImport(List<Token> tokens, int i, Map<String, String> explicitImports,
            List<String> wildcardPackages, List<Problem> problems) {
        Token t = tokens.get(i);
        int j = i + 1;
        if (j < tokens.size() && tokens.get(j).kind() == Kind.IDENT
                && Set.of("function", "accumulate", "static").contains(tokens.get(j).text())) {
            deny(problems, t, "'import " + tokens.get(j).text() + "' is not allowed");
            QualifiedName q = qualifiedName(tokens, j + 1);
            return q.end();
        }
        QualifiedName q = qualifiedName(tokens, j);
        if (q.name().isEmpty()) {
            deny(problems, t, "'import' must be followed by a type name");
            return j;
        }
        if (q.wildcard()) {
            if (!policy.allowsPackage(q.name())) {
                deny(problems, t, "import of package " + q.name() + ".* is not allowed by the security policy");
            } else {
                wildcardPackages.add(q.name());
            }
            return q.end();
        }
        Optional<Class<?>> c = resolveQualified(q.name());
        if (c.isEmpty()) {
            deny(problems, t, "import of unknown type " + q.name());
        } else if (!allowed(c.get())) {
            deny(problems, t, "import of " + q.name() + " is not allowed by the security policy");
        } else {
            explicitImports.put(c.get().getSimpleName(), c.get().getName());
        }
        return q.end();
    }

    private int checkToken(List<Token> tokens, int i, String pkg, Set<String> declared,
            Map<String, String> explicitImports, List<String> wildcardPackages, List<Problem> problems) {
        Token t = tokens.get(i);
        if (t.kind() == Kind.PUNCT) {
            if (t.text().equals("->") || t.text().equals("::")) {
                deny(problems, t, "lambdas and method references ('" + t.text() + "') are not allowed");
            } else if (t.text().equals("@")) {
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                if (next == null || next.kind() != Kind.IDENT || !ALLOWED_ANNOTATIONS.contains(next.text())) {
                    deny(problems, t, "annotation '@" + (next == null ? "" : next.text()) + "' is not allowed");
                }
                return i + 2;
            }
            return i + 1;
        }
        if (t.kind() != Kind.IDENT) {
            return i + 1;
        }
        String word = t.text();
        boolean member = i > 0 && tokens.get(i - 1).is(".");
        if (!member) {
            if (DENIED_KEYWORDS.contains(word)) {
                deny(problems, t, "'" + word + "' (" + DENIED_KEYWORD_REASONS.getOrDefault(word, "Java construct")
                        + ") is not allowed in rule files");
                return i + 1;
            }
            if (word.equals("enum") && (i == 0 || !tokens.get(i - 1).is("declare"))) {
                deny(problems, t, "'enum' is only allowed in 'declare enum'");
                return i + 1;
            }
            if (word.equals("global")) {
                deny(problems, t, "'global' is not allowed: rules receive everything as facts");
                return i + 1;
            }
            if (word.equals("function") && !policy.functionsAllowed()) {
                deny(problems, t, "'function' is not allowed by the security policy");
                return i + 1;
            }
            if (word.equals("new")) {
                return checkNew(tokens, i, pkg, declared, explicitImports, wildcardPackages, problems);
            }
        }
        int end = i + 1;
        List<Token> chain = new ArrayList<>();
        chain.add(t);
        while (end + 1 < tokens.size() && tokens.get(end).is(".") && tokens.get(end + 1).kind() == Kind.IDENT) {
            chain.add(tokens.get(end + 1));
            end += 2;
        }
        for (Token seg : chain) {
            if (DENIED_MEMBERS.contains(seg.text())) {
                deny(problems, seg, "'" + seg.text() + "' is not allowed: " + reason(seg.text()));
            }
        }
        if (!member) {
            checkNameChain(chain, pkg, declared, explicitImports, wildcardPackages, problems);
        }
        return end;
    }

    private static final Set<String> AMPLIFIERS = Set.of("repeat", "nCopies", "pow", "shiftLeft", "ensureCapacity",
            "setLength", "fill", "datesUntil", "iterate", "generate", "range", "rangeClosed", "ints", "longs",
            "doubles", "parallelStream", "parallel");
    private static final Set<String> ENGINE = Set.of("drools", "kcontext", "getKieRuntime", "getWorkingMemory",
            "getKieBase", "getKnowledgeRuntime", "halt");
    private static final Set<String> PROCESS = Set.of("getRuntime", "exec", "exit", "load", "loadLibrary", "getenv",
            "getProperty", "setProperty", "getProperties", "setIn", "setOut", "setErr", "wait", "notify",
            "notifyAll", "finalize", "start", "run", "interrupt", "stop", "suspend", "resume", "setDaemon",
            "currentThread", "getStackTrace");

    private static String reason(String member) {
        if (AMPLIFIERS.contains(member)) {
            return "it can allocate memory or spend time without bound";
        }
        if (ENGINE.contains(member)) {
            return "it reaches the rule engine itself";
        }
        if (PROCESS.contains(member)) {
            return "it reaches the process, its environment or its threads";
        }
        return "it reaches reflection or class loading";
    }

    private static final Set<String> PRIMITIVES =
            Set.of("int", "long", "short", "byte", "char", "boolean", "float", "double");

    private int checkNew(List<Token> tokens, int i, String pkg, Set<String> declared,
            Map<String, String> explicitImports, List<String> wildcardPackages, List<Problem> problems) {
        Token at = tokens.get(i);
        int j = i + 1;
        if (j >= tokens.size() || tokens.get(j).kind() != Kind.IDENT) {
            deny(problems, at, "'new' must be followed by a type name");
            return j;
        }
        int end = j + 1;
        List<Token> chain = new ArrayList<>();
        chain.add(tokens.get(j));
        while (end + 1 < tokens.size() && tokens.get(end).is(".") && tokens.get(end + 1).kind() == Kind.IDENT) {
            chain.add(tokens.get(end + 1));
            end += 2;
        }
        checkNameChain(chain, pkg, declared, explicitImports, wildcardPackages, problems);
        if (!PRIMITIVES.contains(joined(chain)) && !isType(chain, pkg, declared, explicitImports, wildcardPackages)) {
            deny(problems, at, "'new " + joined(chain) + "' does not name an allowed type");
        }
        int k = end;
        if (k < tokens.size() && tokens.get(k).is("<")) {
            int depth = 0;
            for (; k < tokens.size(); k++) {
                if (tokens.get(k).is("<")) {
                    depth++;
                } else if (tokens.get(k).is(">")) {
                    depth--;
                    if (depth == 0) {
                        k++;
                        break;
                    }
                }
            }
        }
        if (k < tokens.size() && tokens.get(k).is("[")) {
            deny(problems, at, "array creation ('new " + joined(chain) + "[…]') is not allowed");
            return k;
        }
        if (k < tokens.size() && tokens.get(k).is("(")) {
            int depth = 0;
            int close = -1;
            for (int m = k; m < tokens.size(); m++) {
                if (tokens.get(m).is("(")) {
                    depth++;
                } else if (tokens.get(m).is(")")) {
                    depth--;
                    if (depth == 0) {
                        close = m;
                        break;
                    }
                }
            }
            if (close > 0 && close + 1 < tokens.size() && tokens.get(close + 1).is("{")) {
                deny(problems, at, "anonymous classes ('new " + joined(chain) + "(…) {…}') are not allowed");
            }
        }
        return end;
    }

    private boolean isType(List<Token> chain, String pkg, Set<String> declared, Map<String, String> explicitImports,
            List<String> wildcardPackages) {
        if (chain.size() == 1 && declared.contains(chain.get(0).text())) {
            return true;
        }
        if (!resolveSimple(chain.get(0).text(), pkg, explicitImports, wildcardPackages).isEmpty()) {
            return true;
        }
        for (int n = 2; n <= chain.size(); n++) {
            if (resolveQualified(joined(chain.subList(0, n))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void checkNameChain(List<Token> chain, String pkg, Set<String> declared,
            Map<String, String> explicitImports, List<String> wildcardPackages, List<Problem> problems) {
        Token root = chain.get(0);
        String name = root.text();
        if (name.startsWith("$") || name.equals("this")) {
            return;
        }
        List<Class<?>> simple = resolveSimple(name, pkg, explicitImports, wildcardPackages);
        Class<?> resolved = null;
        int consumed = 1;
        if (!simple.isEmpty()) {
            for (Class<?> c : simple) {
                if (!allowed(c) && !declared.contains(name)) {
                    deny(problems, root, "type " + c.getName() + " is not allowed by the security policy");
                    return;
                }
            }
            resolved = simple.get(0);
        } else if (chain.size() > 1) {
            for (int n = 2; n <= chain.size(); n++) {
                String qualified = joined(chain.subList(0, n));
                Optional<Class<?>> c = resolveQualified(qualified);
                if (c.isPresent()) {
                    if (!allowed(c.get())) {
                        deny(problems, root, "type " + c.get().getName()
                                + " is not allowed by the security policy");
                        return;
                    }
                    resolved = c.get();
                    consumed = n;
                    break;
                }
            }
        }
        if (resolved == null) {
            if (Character.isUpperCase(name.charAt(0)) && !declared.contains(name)) {
                deny(problems, root, "'" + name + "' is not a type the security policy allows (nor one declared"
                        + " in this file)");
            }
            return;
        }
        for (int n = consumed; n < chain.size(); n++) {
            Optional<Class<?>> nested = load(resolved.getName() + "$" + chain.get(n).text());
            if (nested.isEmpty()) {
                return;
            }
            if (!allowed(nested.get())) {
                deny(problems, chain.get(n), "type " + nested.get().getName()
                        + " is not allowed by the security policy");
                return;
            }
            resolved = nested.get();
        }
    }

    /** Every class a simple name could denote to a Java or MVEL compiler reading this file. */
    private List<Class<?>> resolveSimple(String name, String pkg, Map<String, String> explicitImports,
            List<String> wildcardPackages) {
        List<Class<?>> found = new ArrayList<>();
        String imported = explicitImports.get(name);
        if (imported != null) {
            load(imported).ifPresent(found::add);
        }
        if (!pkg.isEmpty()) {
            load(pkg + "." + name).ifPresent(found::add);
        }
        for (String w : wildcardPackages) {
            load(w + "." + name).ifPresent(found::add);
        }
        load("java.lang." + name).ifPresent(found::add);
        String mvel = MVEL_LITERALS.get(name);
        if (mvel != null) {
            load(mvel).ifPresent(found::add);
        }
        return found;
    }

    /** A dotted name as a class: {@code a.b.C}, or a nested class {@code a.b.C.D} as {@code a.b.C$D}. */
    private Optional<Class<?>> resolveQualified(String dotted) {
        Optional<Class<?>> c = load(dotted);
        if (c.isPresent()) {
            return c;
        }
        int dot = dotted.lastIndexOf('.');
        while (dot > 0) {
            String candidate = dotted.substring(0, dot) + "$" + dotted.substring(dot + 1).replace('.', '$');
            c = load(candidate);
            if (c.isPresent()) {
                return c;
            }
            dot = dotted.lastIndexOf('.', dot - 1);
        }
        return Optional.empty();
    }

    private boolean allowed(Class<?> c) {
        Class<?> top = c;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return policy.allowsType(top.getName());
    }

    private Optional<Class<?>> load(String binaryName) {
        if (binaryName.isEmpty() || !Character.isJavaIdentifierStart(binaryName.charAt(0))) {
            return Optional.empty();
        }
        return classCache.computeIfAbsent(binaryName, n -> {
            try {
                return Optional.of(Class.forName(n, false, loader));
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private record QualifiedName(String name, boolean wildcard, int end) {
    }

    private static QualifiedName qualifiedName(List<Token> tokens, int start) {
        StringBuilder sb = new StringBuilder();
        int i = start;
        boolean wildcard = false;
        if (i < tokens.size() && tokens.get(i).kind() == Kind.IDENT) {
            sb.append(tokens.get(i).text());
            i++;
            while (i + 1 < tokens.size() && tokens.get(i).is(".")) {
                Token next = tokens.get(i + 1);
                if (next.kind() == Kind.IDENT) {
                    sb.append('.').append(next.text());
                    i += 2;
                } else if (next.is("*")) {
                    wildcard = true;
                    i += 2;
                    break;
                } else {
                    break;
                }
            }
        }
        if (i < tokens.size() && tokens.get(i).is(";")) {
            i++;
        }
        return new QualifiedName(sb.toString(), wildcard, Math.max(i, start));
    }

    private static String joined(List<Token> chain) {
        StringBuilder sb = new StringBuilder();
        for (Token t : chain) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static void deny(List<Problem> problems, Token at, String message) {
        problems.add(new Problem(at.line(), at.column(), "SECURITY", message));
    }
}
