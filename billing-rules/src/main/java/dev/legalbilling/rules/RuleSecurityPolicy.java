package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rule file may use. Every file is parsed with Drools' own parser and checked against this policy before
 * anything is compiled; whatever the check cannot classify is refused (fail closed).
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

    private static final RuleSecurityPolicy DEFAULTS = builder()
            .allowPackages(DEFAULT_PACKAGES).allowTypes(DEFAULT_TYPES).build();

    private final Set<String> types;
    private final Set<String> packages;
    private final boolean functionsAllowed;
    private final int maxFileBytes;

    private RuleSecurityPolicy(Builder b) {
        this.types = Collections.unmodifiableSet(new TreeSet<>(b.types));
        this.packages = Collections.unmodifiableSet(new TreeSet<>(b.packages));
        this.functionsAllowed = b.functionsAllowed;
        this.maxFileBytes = b.maxFileBytes;
    }

    /** @return the default policy: fact model plus safe JDK value types, no functions, files up to 1 MiB */
    public static RuleSecurityPolicy defaults() {
        return DEFAULTS;
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
        b.functionsAllowed = functionsAllowed;
        b.maxFileBytes = maxFileBytes;
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
                && functionsAllowed == p.functionsAllowed && maxFileBytes == p.maxFileBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(types, packages, functionsAllowed, maxFileBytes);
    }

    @Override
    public String toString() {
        return "RuleSecurityPolicy[" + types.size() + " types, packages " + packages + ", functions "
                + functionsAllowed + ", max " + maxFileBytes + " bytes]";
    }

    /** Builds a {@link RuleSecurityPolicy}; not thread-safe. */
    public static final class Builder {
        private final Set<String> types = new LinkedHashSet<>();
        private final Set<String> packages = new LinkedHashSet<>();
        private boolean functionsAllowed;
        private int maxFileBytes = DEFAULT_MAX_FILE_BYTES;

        private Builder() {
        }

        /**
         * @param className binary name of a class rule files may use, e.g. {@code java.util.regex.Pattern}
         * @return this builder
         */
        public Builder allowType(String className) {
            if (className == null || !className.matches("[A-Za-z_][\\w$]*(\\.[A-Za-z_][\\w$]*)+")) {
                throw new InvalidValueException("allowedType", className, "must be a fully qualified class name");
            }
            types.add(className);
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
