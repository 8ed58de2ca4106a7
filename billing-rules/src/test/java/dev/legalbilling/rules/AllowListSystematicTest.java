package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.RuleSetCompiler;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The allow-list both ways, through the real compiler and the real gate (text scan off): every member the default
 * allow-list grants can be called from a rule that then verifies, and every public member of the classes that reach
 * process state, threads, reflection, files and the network is refused, rule by rule.
 */
class AllowListSystematicTest {

    /** The classes whose every public method and constructor a rule must not reach. */
    static Stream<Object[]> forbiddenGroups() {
        return Stream.of(
                new Object[] {"process", List.of(System.class, Runtime.class, ProcessBuilder.class,
                        ProcessHandle.class, Process.class)},
                new Object[] {"threads", List.of(Thread.class, ThreadGroup.class)},
                new Object[] {"reflection", List.of(Class.class, ClassLoader.class, java.lang.reflect.Method.class,
                        java.lang.reflect.Field.class, java.lang.reflect.Constructor.class,
                        java.lang.reflect.Array.class, java.lang.reflect.Proxy.class,
                        java.lang.reflect.AccessibleObject.class, java.lang.invoke.MethodHandles.class)},
                new Object[] {"io", List.of(java.io.File.class, java.io.FileInputStream.class,
                        java.io.FileOutputStream.class, java.io.RandomAccessFile.class, java.io.FileReader.class,
                        java.io.FileWriter.class, java.io.ObjectInputStream.class, java.io.PrintStream.class)},
                new Object[] {"nio-file", List.of(java.nio.file.Files.class, java.nio.file.Path.class,
                        java.nio.file.Paths.class, java.nio.file.FileSystems.class)},
                new Object[] {"net", List.of(java.net.URL.class, java.net.Socket.class, java.net.ServerSocket.class,
                        java.net.InetAddress.class, java.net.URLClassLoader.class, java.net.DatagramSocket.class)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenGroups")
    void refusesEveryPublicMemberOf(String group, List<Class<?>> classes) {
        Map<String, String> calls = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    calls.putIfAbsent(c.getSimpleName() + "." + m.getName() + signature(m), call(c, m));
                }
            }
            if (!Modifier.isAbstract(c.getModifiers())) {
                for (Constructor<?> k : c.getConstructors()) {
                    calls.putIfAbsent("new " + c.getSimpleName() + signature(k), "new " + c.getName() + args(k) + ";");
                }
            }
        }
        List<Problem> problems = compile(group, calls);
        List<String> rules = new ArrayList<>(calls.keySet());
        for (int i = 0; i < rules.size(); i++) {
            String rule = "R" + i;
            assertThat(problems).as("%s must be refused", rules.get(i)).anySatisfy(p -> {
                assertThat(p.kind()).isEqualTo("SECURITY");
                assertThat(p.message()).startsWith("rule \"" + rule + "\" ").endsWith("which rule files may not use");
            });
        }
        assertThat(calls).hasSizeGreaterThan(classes.size() * 3);
    }

    @Test
    void everyAllowedMemberCanBeCalledFromARuleThatVerifies() throws Exception {
        Map<String, String> calls = new LinkedHashMap<>();
        for (String line : RuleSecurityPolicy.defaults().allowedMembers()) {
            String[] w = line.split(" ");
            if (w[0].equals("enumBoilerplate") || w[1].startsWith("org.drools.") || w[1].endsWith(".*")
                    || line.endsWith("@const")
                    || w[0].equals("supertype") || w[0].equals("bootstrap") || w[0].equals("allMembers")
                    || w[1].equals("java.lang.Enum")) {
                continue; // generated boilerplate only, or covered by the gate corpus and the @const test below
            }
            Class<?> owner = Class.forName(w[1]);
            switch (w[0]) {
                case "class" -> calls.put(line, use(owner.getCanonicalName() + ".class"));
                case "staticField" -> {
                    if (w[2].equals("*")) {
                        for (Object constant : owner.getEnumConstants()) {
                            calls.put(line + " " + constant, use(owner.getCanonicalName() + "."
                                    + ((Enum<?>) constant).name()));
                        }
                    } else {
                        calls.put(line, use(owner.getCanonicalName() + "." + owner.getField(w[2]).getName()));
                    }
                }
                case "new" -> calls.put(line, use("new " + owner.getCanonicalName()
                        + args(owner.getConstructor(types(w, 2)))));
                case "method", "staticMethod" -> {
                    Method m = owner.getMethod(w[2], types(w, 3));
                    assertThat(Modifier.isStatic(m.getModifiers())).as(line).isEqualTo(w[0].equals("staticMethod"));
                    if (!m.isBridge()) {
                        String call = call(owner, m);
                        calls.put(line, m.getReturnType() == void.class ? call
                                : use(call.substring(0, call.length() - 1)));
                    }
                }
                default -> throw new AssertionError("unexpected kind in " + line);
            }
        }
        assertThat(compile("allowed", calls)).isEmpty();
        assertThat(calls).hasSizeGreaterThan(150);
    }

    @Test
    void constArgumentMembersVerifyWithSmallConstants() {
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("decimal text", use("new java.math.BigDecimal(\"1234.5678\")"));
        calls.put("scale", use("$l.total().setScale(2, java.math.RoundingMode.HALF_UP)"));
        calls.put("divide", use("$l.total().divide(java.math.BigDecimal.TEN, 4, java.math.RoundingMode.HALF_UP)"));
        calls.put("move", use("$l.total().movePointLeft(2)"));
        calls.put("valueOf", use("java.math.BigDecimal.valueOf(125L, 2)"));
        assertThat(compile("constants", calls)).isEmpty();
    }

    private static List<Problem> compile(String id, Map<String, String> calls) {
        StringBuilder drl = new StringBuilder("package com.firm.systematic;\nimport dev.legalbilling.rules.fact.*;\n\n");
        int i = 0;
        for (String call : calls.values()) {
            drl.append("rule \"R").append(i++).append("\"\nwhen\n    $l : LineFact(position == -1)\nthen\n    ")
                    .append(call).append("\nend\n\n");
        }
        List<Problem> read = new ArrayList<>();
        RuleSecurityPolicy policy = RuleSecurityPolicy.defaults().toBuilder().maxRules(5_000).build();
        RuleSetCompiler.Outcome outcome = RuleSetCompiler.compile(
                RuleSetReader.read(RuleSetSource.string(id, "1", drl.toString()), read), policy, false);
        assertThat(outcome.problems()).as("the generated rules compile").noneMatch(p -> p.kind().equals("COMPILE"));
        return outcome.problems();
    }

    /** @return a statement that uses the value, so that the compiler cannot drop the expression */
    private static String use(String expression) {
        return "insert(Violation.onLine($l, String.valueOf(" + expression + ")));";
    }

    private static String call(Class<?> owner, Method m) {
        String target = Modifier.isStatic(m.getModifiers()) ? owner.getCanonicalName()
                : "((" + owner.getCanonicalName() + ") null)";
        return target + "." + m.getName() + args(m) + ";";
    }

    private static String args(Executable e) {
        return Stream.of(e.getParameterTypes()).map(AllowListSystematicTest::zero)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String zero(Class<?> t) {
        if (!t.isPrimitive()) {
            return "(" + t.getCanonicalName() + ") null";
        }
        return switch (t.getName()) {
            case "boolean" -> "false";
            case "char" -> "(char) 0";
            case "long" -> "0L";
            case "float" -> "0f";
            case "double" -> "0d";
            case "byte" -> "(byte) 0";
            case "short" -> "(short) 0";
            default -> "0";
        };
    }

    private static String signature(Executable e) {
        return Stream.of(e.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    private static Class<?>[] types(String[] w, int from) throws ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (int i = from; i < w.length; i++) {
            types.add(type(w[i]));
        }
        return types.toArray(new Class<?>[0]);
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        if (name.endsWith("[]")) {
            return type(name.substring(0, name.length() - 2)).arrayType();
        }
        return switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "boolean" -> boolean.class;
            case "char" -> char.class;
            case "double" -> double.class;
            default -> Class.forName(name);
        };
    }

}
