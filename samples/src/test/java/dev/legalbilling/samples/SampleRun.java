package dev.legalbilling.samples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a sample's {@code main} and captures what it prints on standard output. */
final class SampleRun {
    /** A sample's main method. */
    @FunctionalInterface
    interface Main {
        /**
         * @param args the arguments
         * @throws Exception whatever main throws
         */
        void run(String[] args) throws Exception;
    }

    private SampleRun() {
    }

    /**
     * @param main the sample's main method
     * @param args its arguments
     * @return the lines it printed
     * @throws Exception whatever main throws
     */
    static List<String> lines(Main main, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(original);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        original.print(out);
        return out.lines().toList();
    }
}
