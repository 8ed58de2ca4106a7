package dev.legalbilling.rules.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.RuleSecurityPolicy;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The verifier on hand-made classes: what the Drools compiler never writes for a legitimate rule, but an attacker
 * who found a way to shape the generated code would need.
 */
class BytecodeVerifierTest {
    private static final AllowList DEFAULTS = AllowList.parse(RuleSecurityPolicy.defaults().allowedMembers());

    private static byte[] cls(String name, String superName, String[] interfaces, Consumer<ClassWriter> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, superName, interfaces);
        body.accept(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void method(ClassWriter cw, String name, String desc, int access, Consumer<MethodVisitor> code) {
        MethodVisitor mv = cw.visitMethod(access, name, desc, null, null);
        mv.visitCode();
        code.accept(mv);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static List<String> verify(Map<String, byte[]> classes) {
        return new BytecodeVerifier(classes, BytecodeVerifierTest.class.getClassLoader(), DEFAULTS).verify().stream()
                .map(BytecodeVerifier.Refusal::what).toList();
    }

    @Test
    void refusesASupertypeOffTheList() {
        assertThat(verify(Map.of("com/firm/Evil", cls("com/firm/Evil", "java/lang/Thread", null, cw -> { }))))
                .contains("extends java.lang.Thread");
        assertThat(verify(Map.of("com/firm/Evil", cls("com/firm/Evil", "java/lang/Object",
                new String[] {"java/lang/Runnable"}, cw -> { })))).contains("implements java.lang.Runnable");
        assertThat(verify(Map.of("com/firm/Fine", cls("com/firm/Fine", "java/lang/Object",
                new String[] {"java/io/Serializable"}, cw -> { })))).isEmpty();
    }

    @Test
    void refusesAFinalizerAndNativeCode() {
        assertThat(verify(Map.of("com/firm/Evil", cls("com/firm/Evil", "java/lang/Object", null, cw -> {
            method(cw, "finalize", "()V", Opcodes.ACC_PROTECTED, mv -> mv.visitInsn(Opcodes.RETURN));
            cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_NATIVE, "poke", "()V", null, null).visitEnd();
        })))).contains("declares a finalizer, which would run outside any check", "declares the native method poke");
    }

    @Test
    void allowsArraycopyOnlyInTheValuesOfAGeneratedEnum() {
        Consumer<MethodVisitor> copy = mv -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "arraycopy",
                    "(Ljava/lang/Object;ILjava/lang/Object;II)V", false);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ARETURN);
        };
        assertThat(verify(Map.of("com/firm/L", cls("com/firm/L", "java/lang/Enum", null,
                cw -> method(cw, "values", "()[Lcom/firm/L;", Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, copy)))))
                .isEmpty();
        assertThat(verify(Map.of("com/firm/L", cls("com/firm/L", "java/lang/Object", null,
                cw -> method(cw, "values", "()[Lcom/firm/L;", Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, copy)))))
                .contains("calls java.lang.System.arraycopy(Object, int, Object, int, int)");
        assertThat(verify(Map.of("com/firm/L", cls("com/firm/L", "java/lang/Enum", null,
                cw -> method(cw, "execute", "()[Lcom/firm/L;", Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, copy)))))
                .contains("calls java.lang.System.arraycopy(Object, int, Object, int, int)");
    }

    @Test
    void refusesMethodHandlesDynamicConstantsAndUnlistedBootstraps() {
        Handle exec = new Handle(Opcodes.H_INVOKEVIRTUAL, "java/lang/Runtime", "exec",
                "(Ljava/lang/String;)Ljava/lang/Process;", false);
        List<String> refusals = verify(Map.of("com/firm/Evil", cls("com/firm/Evil", "java/lang/Object", null, cw ->
                method(cw, "run", "()V", Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, mv -> {
                    mv.visitLdcInsn(exec);
                    mv.visitInsn(Opcodes.POP);
                    mv.visitInvokeDynamicInsn("run", "()Ljava/lang/Runnable;", new Handle(Opcodes.H_INVOKESTATIC,
                            "java/lang/invoke/LambdaMetafactory", "metafactory", "()V", false),
                            org.objectweb.asm.Type.getType("()V"), exec, org.objectweb.asm.Type.getType("()V"));
                    mv.visitInsn(Opcodes.POP);
                    mv.visitInvokeDynamicInsn("x", "()V", new Handle(Opcodes.H_INVOKESTATIC, "com/firm/Boot",
                            "boot", "()V", false));
                    mv.visitInsn(Opcodes.RETURN);
                }))));
        assertThat(refusals).contains("uses a method handle to java.lang.Runtime.exec(String)",
                "refers to java.lang.Runtime.exec(String)", "creates a lambda of type java.lang.Runnable",
                "uses the invokedynamic bootstrap com.firm.Boot.boot");
    }

    @Test
    void refusesNamesThatShadowOrSitInReservedPackages() {
        assertThat(verify(Map.of("dev/legalbilling/rules/fact/LineFact",
                cls("dev/legalbilling/rules/fact/LineFact", "java/lang/Object", null, cw -> { }))))
                .anyMatch(r -> r.startsWith("has the name of an existing class"));
        assertThat(verify(Map.of("org/drools/core/Evil", cls("org/drools/core/Evil", "java/lang/Object", null,
                cw -> { })))).contains("is generated in the reserved package org.drools.core");
    }

    @Test
    void judgesAnInheritedMemberByTheClassThatDeclaresIt() {
        List<String> refusals = verify(Map.of("com/firm/Evil", cls("com/firm/Evil", "java/lang/Object", null, cw ->
                method(cw, "run", "(Ldev/legalbilling/rules/fact/LineFact;)V", Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC,
                        mv -> {
                            mv.visitVarInsn(Opcodes.ALOAD, 0);
                            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "dev/legalbilling/rules/fact/LineFact",
                                    "getClass", "()Ljava/lang/Class;", false);
                            mv.visitInsn(Opcodes.POP);
                            mv.visitVarInsn(Opcodes.ALOAD, 0);
                            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "dev/legalbilling/rules/fact/LineFact",
                                    "narrative", "()Ljava/lang/String;", false);
                            mv.visitInsn(Opcodes.POP);
                            mv.visitInsn(Opcodes.RETURN);
                        }))));
        assertThat(refusals).containsExactly("calls dev.legalbilling.rules.fact.LineFact.getClass()");
    }
}
