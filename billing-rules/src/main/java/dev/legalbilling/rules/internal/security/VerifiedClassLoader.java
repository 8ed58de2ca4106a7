package dev.legalbilling.rules.internal.security;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Defines the classes of one rule set, and only those, from bytes the {@link BytecodeVerifier} accepted; every other
 * class comes from the parent (the fact model's loader). The verifier has refused any generated name the parent
 * knows, so no generated class can shadow a real one. One loader per rule set; thread-safe.
 */
public final class VerifiedClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes = new HashMap<>();

    /**
     * @param verified the verified classes by internal name
     * @param parent the loader of everything else
     */
    public VerifiedClassLoader(Map<String, byte[]> verified, ClassLoader parent) {
        super("rule-set", parent);
        verified.forEach((name, bytes) -> classes.put(name.replace('/', '.'), bytes.clone()));
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = classes.get(name);
                c = bytes != null ? defineClass(name, bytes, 0, bytes.length) : super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (name.endsWith(".class")) {
            byte[] bytes = classes.get(name.substring(0, name.length() - 6).replace('/', '.'));
            if (bytes != null) {
                return new ByteArrayInputStream(bytes);
            }
        }
        return super.getResourceAsStream(name);
    }
}
