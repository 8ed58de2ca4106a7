package dev.legalbilling.rules.internal.isolation;

/**
 * Test-only: what a hostile rule file would call if the security gate let it, under a name the text scan does not
 * refuse. Only the isolation tests' relaxed policy allows this type; never on a production class path.
 */
public final class HostileHooks {
    private HostileHooks() {
    }

    /**
     * Ends the JVM, as {@code System.exit(status)} in a rule would.
     *
     * @param status the exit status
     */
    public static void exitProcess(int status) {
        System.exit(status);
    }

    /**
     * Writes a protocol frame straight to the worker's standard output, past {@code System.out}, as a rule that
     * tries to forge the worker's answer would.
     *
     * @param json the forged message
     */
    public static void forgeAnswer(String json) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        writeRaw(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
            (byte) bytes.length});
        writeRaw(bytes);
    }

    /** Announces a 2 GiB message on the worker's standard output, as a rule trying to exhaust the host would. */
    public static void announceHugeAnswer() {
        writeRaw(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xf0});
    }

    private static void writeRaw(byte[] bytes) {
        try {
            java.io.FileOutputStream out = new java.io.FileOutputStream(java.io.FileDescriptor.out);
            out.write(bytes);
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
