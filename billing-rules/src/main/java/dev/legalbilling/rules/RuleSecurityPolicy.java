package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.rules.internal.security.AllowList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rule file may use, judged twice: a first pass over the DRL text (Drools' own parser; it gives early, friendly
 * messages) and then the barrier, a verification of every class Drools' executable model generates from the file,
 * before any of it is defined or run: every method call, constructor, field, class constant, cast, array creation,
 * supertype and {@code invokedynamic} bootstrap must be on the member allow-list ({@link #allowedMembers()}, read
 * from {@code dev/legalbilling/rules/security/rule-allowlist.txt}); whatever is not listed is refused (fail closed).
 *
 * <p>By default a rule file may name only the fact model ({@code dev.legalbilling.rules.fact.*}) and a small set of
 * value types from {@code java.lang}, {@code java.math}, {@code java.time} and {@code java.util} ({@link #defaults()}
 * lists them). It may not declare functions or globals, use the MVEL dialect, loops, lambdas, local or anonymous
 * classes, arrays, {@code try}/{@code throw}, reflection ({@code getClass}, {@code .class}, class loaders, method
 * handles), the {@code drools}/{@code kcontext} handles, timers, or Java unicode escapes. The full list of checks is
 * in {@code docs/rule-authoring.md}.
 *
 * <p>Widening the policy is an explicit choice of the embedding application
 * ({@code RuleSecurityPolicy.defaults().toBuilder().allowType("java.util.regex.Pattern").build()}); it never
 * happens implicitly. Allowing functions lets a file recurse, which the check-time limits cannot always interrupt.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSecurityPolicy {
    /** Packages whose every class rule files may use by default. */
    public static final List<String> DEFAULT_PACKAGES = List.of("dev.legalbilling.rules.fact");

    /** Types rule files may use by default, besides {@link #DEFAULT_PACKAGES}. */
    public static final List<String> DEFAULT_TYPES = List.of(
            "java.lang.Object", "java.lang.String", "java.lang.CharSequence", "java.lang.Comparable",
            "java.lang.Number", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
            "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character", "java.lang.Math",
            "java.lang.StrictMath",
            "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.Duration",
            "java.time.Period", "java.time.DayOfWeek", "java.time.Month", "java.time.Year", "java.time.YearMonth",
            "java.time.MonthDay", "java.time.temporal.ChronoUnit",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection", "java.util.Collections",
            "java.util.Objects", "java.util.Optional", "java.util.ArrayList", "java.util.HashMap",
            "java.util.HashSet", "java.util.LinkedHashMap", "java.util.LinkedHashSet", "java.util.Locale");

    /** Default largest rule file accepted, in bytes. */
    public static final int DEFAULT_MAX_FILE_BYTES = 1 << 20;

    /** Default largest number of rules (and queries) in one rule set. */
    public static final int DEFAULT_MAX_RULES = 2_000;

    /** Default longest compilation (DRL to verified bytecode) of one rule set. */
    public static final Duration DEFAULT_COMPILE_TIMEOUT = Duration.ofSeconds(60);

    /** The resource holding the default member allow-list, one signature a line. */
    public static final String ALLOW_LIST_RESOURCE = "dev/legalbilling/rules/security/rule-allowlist.txt";

    private static final List<String> DEFAULT_MEMBERS = readDefaultMembers();

    private static final RuleSecurityPolicy DEFAULTS = defaultBuilder().build();

    private final Set<String> types;
    private final Set<String> packages;
    private final Set<String> members;
    private final boolean functionsAllowed;
    private final int maxFileBytes;
    private final int maxRules;
    private final Duration compileTimeout;

    private RuleSecurityPolicy(Builder b) {
        this.types = Collections.unmodifiableSet(new TreeSet<>(b.types));
        this.packages = Collections.unmodifiableSet(new TreeSet<>(b.packages));
        this.members = Collections.unmodifiableSet(new TreeSet<>(b.members));
        AllowList.parse(b.members);
        this.functionsAllowed = b.functionsAllowed;
        this.maxFileBytes = b.maxFileBytes;
        this.maxRules = b.maxRules;
        this.compileTimeout = b.compileTimeout;
    }

    /**
     * @return the default policy: the fact model plus pure members of JDK value types, no functions, files up to
     *     1 MiB, {@value #DEFAULT_MAX_RULES} rules and 60 s of compilation per rule set
     */
    public static RuleSecurityPolicy defaults() {
        return DEFAULTS;
    }

    private static Builder defaultBuilder() {
        Builder b = new Builder();
        b.packages.addAll(DEFAULT_PACKAGES);
        b.types.addAll(DEFAULT_TYPES);
        b.members.addAll(DEFAULT_MEMBERS);
        return b;
    }

    private static List<String> readDefaultMembers() {
        try (InputStream in = RuleSecurityPolicy.class.getClassLoader().getResourceAsStream(ALLOW_LIST_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ALLOW_LIST_RESOURCE + " is missing from the billing-rules jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return an empty builder: nothing allowed until added */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this policy, to widen or narrow it */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.types.addAll(types);
        b.packages.addAll(packages);
        b.members.addAll(members);
        b.functionsAllowed = functionsAllowed;
        b.maxFileBytes = maxFileBytes;
        b.maxRules = maxRules;
        b.compileTimeout = compileTimeout;
        return b;
    }

    /**
     * @param className a binary class name, e.g. {@code java.math.BigDecimal}
     * @return true when rule files may use the type
     */
    public boolean allowsType(String className) {
        if (types.contains(className)) {
            return true;
        }
        int dot = className.lastIndexOf('.');
        return dot > 0 && packages.contains(className.substring(0, dot));
    }

    /**
     * @param packageName a package name
     * @return true when every class of the package is allowed (so {@code import pkg.*} is)
     */
    public boolean allowsPackage(String packageName) {
        return packages.contains(packageName);
    }

    /** @return the allowed types, sorted; unmodifiable */
    public Set<String> allowedTypes() {
        return types;
    }

    /** @return the packages whose every class is allowed, sorted; unmodifiable */
    public Set<String> allowedPackages() {
        return packages;
    }

    /**
     * @return the member allow-list of the bytecode gate, one signature a line in the form documented at the top of
     *     {@value #ALLOW_LIST_RESOURCE}; sorted, unmodifiable
     */
    public Set<String> allowedMembers() {
        return members;
    }

    /** @return the most rules (and queries) one rule set may hold */
    public int maxRules() {
        return maxRules;
    }

    /** @return the longest one rule set may take to compile and verify */
    public Duration compileTimeout() {
        return compileTimeout;
    }

    /** @return true when {@code function} declarations are allowed (their bodies are still checked) */
    public boolean functionsAllowed() {
        return functionsAllowed;
    }

    /** @return the largest rule file accepted, in bytes */
    public int maxFileBytes() {
        return maxFileBytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSecurityPolicy p && types.equals(p.types) && packages.equals(p.packages)
                && members.equals(p.members) && functionsAllowed == p.functionsAllowed
                && maxFileBytes == p.maxFileBytes && maxRules == p.maxRules && compileTimeout.equals(p.compileTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(types, packages, members, functionsAllowed, maxFileBytes, maxRules, compileTimeout);
    }

    @Override
    public String toString() {
        return "RuleSecurityPolicy[" + types.size() + " types, packages " + packages + ", " + members.size()
                + " members, functions " + functionsAllowed + ", max " + maxFileBytes + " bytes, " + maxRules
                + " rules, compile " + compileTimeout.toMillis() + " ms]";
    }

    /** Builds a {@link RuleSecurityPolicy}; not thread-safe. */
    public static final class Builder {
        private final Set<String> types = new LinkedHashSet<>();
        private final Set<String> packages = new LinkedHashSet<>();
        private final Set<String> members = new LinkedHashSet<>();
        private boolean functionsAllowed;
        private int maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private int maxRules = DEFAULT_MAX_RULES;
        private Duration compileTimeout = DEFAULT_COMPILE_TIMEOUT;

        private Builder() {
        }

        /**
         * Lets rule files name the type and use <em>every</em> member it declares (not those it inherits). For a
         * narrower grant, use {@link #allowMember(String)}.
         *
         * @param className binary name of a class rule files may use, e.g. {@code java.util.regex.Pattern}
         * @return this builder
         */
        public Builder allowType(String className) {
            if (className == null || !className.matches("[A-Za-z_][\\w$]*(\\.[A-Za-z_][\\w$]*)+")) {
                throw new InvalidValueException("allowedType", className, "must be a fully qualified class name");
            }
            types.add(className);
            members.add("allMembers " + className);
            return this;
        }

        /**
         * Adds one signature to the bytecode gate's allow-list, e.g.
         * {@code "method java.util.regex.Matcher find"} or {@code "staticMethod java.lang.Math max int int"}; the
         * owner's type name becomes usable in rule text too.
         *
         * @param signature one line in the form of {@value #ALLOW_LIST_RESOURCE}
         * @return this builder
         * @throws InvalidValueException when the line is malformed
         */
        public Builder allowMember(String signature) {
            try {
                AllowList.validate(signature);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("allowedMember", signature, e.getMessage());
            }
            String line = signature.strip().replaceAll("\\s+", " ");
            members.add(line);
            String owner = line.split(" ")[1];
            if (!owner.endsWith(".*")) {
                types.add(owner.replace('$', '.'));
            }
            return this;
        }

        /** @param signatures lines for {@link #allowMember(String)} @return this builder */
        public Builder allowMembers(List<String> signatures) {
            signatures.forEach(this::allowMember);
            return this;
        }

        /** @param signature a line to take off the allow-list again, exactly as listed @return this builder */
        public Builder disallowMember(String signature) {
            members.remove(signature.strip().replaceAll("\\s+", " "));
            return this;
        }

        /** @param type a class rule files may use @return this builder */
        public Builder allowType(Class<?> type) {
            return allowType(type.getName());
        }

        /** @param classNames classes rule files may use @return this builder */
        public Builder allowTypes(List<String> classNames) {
            classNames.forEach(this::allowType);
            return this;
        }

        /**
         * @param packageName a package whose every class rule files may use (not its sub-packages)
         * @return this builder
         */
        public Builder allowPackage(String packageName) {
            if (packageName == null || !packageName.matches("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*")) {
                throw new InvalidValueException("allowedPackage", packageName, "must be a package name");
            }
            packages.add(packageName);
            members.add("allMembers " + packageName + ".*");
            return this;
        }

        /** @param packageNames packages to allow @return this builder */
        public Builder allowPackages(List<String> packageNames) {
            packageNames.forEach(this::allowPackage);
            return this;
        }

        /** @param className a type to refuse again @return this builder */
        public Builder disallowType(String className) {
            types.remove(className);
            members.remove("allMembers " + className);
            return this;
        }

        /**
         * @param value true to accept {@code function} declarations (bodies are still checked; recursion becomes
         *     possible)
         * @return this builder
         */
        public Builder allowFunctions(boolean value) {
            this.functionsAllowed = value;
            return this;
        }

        /** @param value most rules and queries in one rule set, at least 1 @return this builder */
        public Builder maxRules(int value) {
            if (value < 1) {
                throw new InvalidValueException("maxRules", value, "must be at least 1");
            }
            this.maxRules = value;
            return this;
        }

        /** @param value longest compilation of one rule set, positive @return this builder */
        public Builder compileTimeout(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new InvalidValueException("compileTimeout", value, "must be positive");
            }
            this.compileTimeout = value;
            return this;
        }

        /** @param value largest file accepted, in bytes, at least 1 @return this builder */
        public Builder maxFileBytes(int value) {
            if (value < 1) {
                throw new InvalidValueException("maxFileBytes", value, "must be at least 1");
            }
            this.maxFileBytes = value;
            return this;
        }

        /** @return the policy */
        public RuleSecurityPolicy build() {
            return new RuleSecurityPolicy(this);
        }
    }
}
