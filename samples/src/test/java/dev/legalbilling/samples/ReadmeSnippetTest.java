package dev.legalbilling.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example is the body of {@link HourlyInvoiceSample#main}, so it cannot rot. */
class ReadmeSnippetTest {
    private static final Path SAMPLE = Path.of("src/main/java/dev/legalbilling/samples/HourlyInvoiceSample.java");
    private static final Path README = Path.of("../README.md");

    @Test
    void readmeShowsTheSamplesCodeVerbatim() throws IOException {
        List<String> source = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        int begin = indexOf(source, "// README:begin");
        int end = indexOf(source, "// README:end");
        List<String> body = source.subList(begin + 1, end);
        int indent = body.get(0).length() - body.get(0).stripLeading().length();
        String snippet = String.join("\n", body.stream().map(l -> l.length() >= indent ? l.substring(indent) : l)
                .toList());

        String readme = Files.readString(README, StandardCharsets.UTF_8);

        assertThat(body).hasSizeLessThanOrEqualTo(14);
        assertThat(readme).contains("```java\n" + snippet + "\n```");
    }

    @Test
    void readmeShowsTheSamplesRealOutput() throws Exception {
        List<String> output = SampleRun.lines(HourlyInvoiceSample::main);

        assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains("```\n" + String.join("\n", output)
                + "\n```");
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(marker)) {
                return i;
            }
        }
        throw new AssertionError(marker + " not found in " + SAMPLE);
    }
}
