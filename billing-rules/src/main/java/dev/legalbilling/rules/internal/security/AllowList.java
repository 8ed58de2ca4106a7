package dev.legalbilling.rules.internal.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members compiled rule code may use, parsed from the lines of {@code rule-allowlist.txt} (and whatever a host
 * adds): one signature a line, in the form the file's header documents. Owners and descriptors are kept in JVM
 * internal form ({@code java/lang/String}, {@code (Ljava/lang/String;I)}), so a lookup is one hash probe with what
 * the bytecode names. Immutable and thread-safe once built.
 */
public final class AllowList {
    /** The kinds of line, as written at the start of a line. */
    public static final List<String> KINDS = List.of("method", "staticMethod", "new", "field", "staticField", "class",
            "supertype", "bootstrap", "allMembers", "enumBoilerplate");

    private final Set<String> keys = new HashSet<>();
    private final Set<String> constArgs = new HashSet<>();
    private final Set<String> owners = new HashSet<>();
    private final Set<String> wholeTypes = new HashSet<>();
    private final Set<String> wholePackages = new HashSet<>();

    private AllowList() {
    }

    /**
     * @param lines signature lines; blank lines and {@code #} comments are skipped
     * @return the list
     * @throws IllegalArgumentException naming the first malformed line
     */
    public static AllowList parse(Collection<String> lines) {
        AllowList list = new AllowList();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            list.add(line);
        }
        return list;
    }

    /**
     * @param line one signature line
     * @throws IllegalArgumentException when it is malformed
     */
    public static void validate(String line) {
        new AllowList().add(line.strip());
    }

    private void add(String line) {
        if (line.startsWith("enumBoilerplate ")) {
            AllowList inner = new AllowList();
            inner.add(line.substring("enumBoilerplate ".length()).strip());
            for (String key : inner.keys) {
                keys.add("E" + key);
            }
            return;
        }
        String[] w = line.split("\\s+");
        boolean constant = w[w.length - 1].equals("@const");
        int n = constant ? w.length - 1 : w.length;
        if (n < 2) {
            throw new IllegalArgumentException("allow-list line '" + line + "' names no member");
        }
        String kind = w[0];
        String owner = internal(w[1], line);
        String key = switch (kind) {
            case "method", "staticMethod" -> {
                if (n < 3) {
                    throw new IllegalArgumentException("allow-list line '" + line + "' names no method");
                }
                yield (kind.equals("method") ? "M " : "S ") + owner + "#" + w[2] + params(w, 3, n, line);
            }
            case "new" -> "N " + owner + params(w, 2, n, line);
            case "field", "staticField" -> {
                if (n != 3) {
                    throw new IllegalArgumentException("allow-list line '" + line + "' must name one field");
                }
                yield (kind.equals("field") ? "F " : "G ") + owner + "#" + w[2];
            }
            case "class", "supertype" -> {
                if (n != 2) {
                    throw new IllegalArgumentException("allow-list line '" + line + "' must name one class");
                }
                yield (kind.equals("class") ? "C " : "T ") + owner;
            }
            case "bootstrap" -> {
                if (n != 3) {
                    throw new IllegalArgumentException("allow-list line '" + line + "' must name a class and method");
                }
                yield "B " + owner + "#" + w[2];
            }
            case "allMembers" -> {
                if (n != 2) {
                    throw new IllegalArgumentException("allow-list line '" + line + "' must name one class");
                }
                if (owner.endsWith("/*")) {
                    wholePackages.add(owner.substring(0, owner.length() - 2));
                } else {
                    wholeTypes.add(owner);
                }
                yield null;
            }
            default -> throw new IllegalArgumentException("allow-list line '" + line + "' starts with '" + kind
                    + "'; expected one of " + KINDS);
        };
        if (constant && (key == null || !(key.startsWith("M ") || key.startsWith("S ") || key.startsWith("N ")))) {
            throw new IllegalArgumentException("allow-list line '" + line + "': @const applies to methods only");
        }
        if (key != null) {
            keys.add(key);
            if (constant) {
                constArgs.add(key);
            }
        }
        if (!owner.endsWith("/*")) {
            owners.add(owner);
        }
    }

    private static String params(String[] w, int from, int to, String line) {
        StringBuilder d = new StringBuilder("(");
        for (int i = from; i < to; i++) {
            d.append(descriptor(w[i], line));
        }
        return d.append(')').toString();
    }

    private static String descriptor(String type, String line) {
        if (type.endsWith("[]")) {
            return "[" + descriptor(type.substring(0, type.length() - 2), line);
        }
        return switch (type) {
            case "int" -> "I";
            case "long" -> "J";
            case "boolean" -> "Z";
            case "char" -> "C";
            case "byte" -> "B";
            case "short" -> "S";
            case "double" -> "D";
            case "float" -> "F";
            default -> "L" + internal(type, line) + ";";
        };
    }

    private static String internal(String name, String line) {
        if (!name.matches("[A-Za-z_][\\w$]*(\\.[A-Za-z_][\\w$]*)*(\\.\\*)?")) {
            throw new IllegalArgumentException("allow-list line '" + line + "': '" + name
                    + "' is not a fully qualified class name");
        }
        return name.replace('.', '/');
    }

    /** @return whether a method is listed; {@code paramDesc} is the descriptor up to and including ')' */
    boolean method(String owner, String name, String paramDesc, boolean isStatic) {
        return keys.contains((isStatic ? "S " : "M ") + owner + "#" + name + paramDesc);
    }

    /** @return whether the static method is allowed in the generated {@code values()} of an enum */
    boolean enumBoilerplate(String owner, String name, String paramDesc) {
        return keys.contains("ES " + owner + "#" + name + paramDesc);
    }

    boolean constructor(String owner, String paramDesc) {
        return keys.contains("N " + owner + paramDesc);
    }

    /** @return whether the listed method or constructor takes only constant int, long and String arguments */
    boolean needsConstants(String owner, String name, String paramDesc, boolean isStatic) {
        if (name.equals("<init>")) {
            return constArgs.contains("N " + owner + paramDesc);
        }
        return constArgs.contains((isStatic ? "S " : "M ") + owner + "#" + name + paramDesc);
    }

    boolean field(String owner, String name, boolean isStatic) {
        return keys.contains((isStatic ? "G " : "F ") + owner + "#" + name);
    }

    boolean allEnumConstants(String owner) {
        return keys.contains("G " + owner + "#*");
    }

    /** @return whether the class may appear as a constant, cast, instanceof or array element type */
    boolean type(String owner) {
        return keys.contains("C " + owner) || owners.contains(owner) || allMembers(owner);
    }

    boolean supertype(String owner) {
        return keys.contains("T " + owner);
    }

    boolean bootstrap(String owner, String name) {
        return keys.contains("B " + owner + "#" + name);
    }

    /** @return whether every member the class declares is allowed */
    boolean allMembers(String owner) {
        if (wholeTypes.contains(owner)) {
            return true;
        }
        int slash = owner.lastIndexOf('/');
        return slash > 0 && wholePackages.contains(owner.substring(0, slash));
    }

    /** @return the number of signatures, for logs and tests */
    public int size() {
        return keys.size() + wholeTypes.size() + wholePackages.size();
    }

    /** @return a copy as key sets, for tests of this package */
    Map<String, Set<String>> snapshot() {
        Map<String, Set<String>> m = new HashMap<>();
        m.put("keys", Set.copyOf(keys));
        m.put("types", Set.copyOf(wholeTypes));
        m.put("packages", Set.copyOf(wholePackages));
        return m;
    }
}
