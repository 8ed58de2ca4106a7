package dev.legalbilling.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The ways of reading a LEDES 1998B file the parsing benchmark times, selected with JMH's {@code -p parser=…}.
 *
 * <p>{@link #RAW_SPLIT} is the yardstick: read the lines and split them on {@code |}, nothing more.
 * {@link #LEDES_READER} is the <b>phase 2 wiring point</b> for billing-core's LEDES reader; until it is wired it
 * throws rather than produce figures that are not the reader's. Files are read as UTF-8 (the generated files are
 * plain ASCII).
 */
public enum ParserImplementation {
    /** Read every line and split it on {@code |}; each row's fields go to the sink as a {@code String[]}. */
    RAW_SPLIT {
        @Override
        public long parse(Path file, Consumer<Object> sink) throws IOException {
            long rows = 0;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    sink.accept(line.split("\\|", -1));
                    rows++;
                }
            }
            return Math.max(0, rows - 2);
        }
    },
    /**
     * PHASE 2: billing-core's LEDES 1998B reader (package {@code dev.legalbilling.ledes}); each invoice it reads goes
     * to the sink, streaming (never the whole file in memory).
     */
    LEDES_READER {
        @Override
        public long parse(Path file, Consumer<Object> sink) {
            throw new UnsupportedOperationException("LEDES_READER is not wired into the benchmarks yet (phase 2): "
                    + "implement ParserImplementation.LEDES_READER.parse with billing-core's LEDES reader; "
                    + "see benchmarks/README.md");
        }
    };

    /**
     * Reads a whole LEDES 1998B file.
     *
     * @param file the file
     * @param sink receives what was read (rows or invoices), so the work cannot be optimised away
     * @return the number of line items read (header lines not counted)
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException for an implementation that is not wired yet
     */
    public abstract long parse(Path file, Consumer<Object> sink) throws IOException;
}
