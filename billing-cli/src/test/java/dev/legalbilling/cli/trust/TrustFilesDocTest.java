package dev.legalbilling.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.Cli.Result;
import dev.legalbilling.json.trust.JournalFileContents;
import dev.legalbilling.json.trust.TrustJournalFile;
import dev.legalbilling.trust.JournalHash;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustEntryCanonicalForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps docs/trust-files.md true: its worked example and its sample outputs are recomputed from the real code. */
class TrustFilesDocTest {
    private static final Path DOC = Cli.repositoryRoot().resolve("docs/trust-files.md");
    private static final Path JOURNAL = Cli.repositoryRoot().resolve("samples/data/trust/sample-firm-2025-03.journal.jsonl");

    /** @return the fenced blocks of the document, indentation of list items removed */
    private static List<String> blocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        String indent = "";
        for (String line : Files.readAllLines(DOC)) {
            String stripped = line.stripLeading();
            if (stripped.startsWith("```")) {
                if (current == null) {
                    current = new StringBuilder();
                    indent = line.substring(0, line.length() - stripped.length());
                } else {
                    blocks.add(current.toString());
                    current = null;
                }
            } else if (current != null) {
                current.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
            }
        }
        return blocks;
    }

    private static String block(String start) throws IOException {
        return blocks().stream().filter(b -> b.startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void theWorkedExampleIsTheSampleJournalsRealCanonicalFormsAndHashes() throws IOException {
        JournalFileContents sample = TrustJournalFile.read(JOURNAL);
        TrustEntry entry2 = sample.entries().get(1);
        String doc = Files.readString(DOC);

        String account = block("trust-account/1\n");
        assertThat(account).isEqualTo(TrustEntryCanonicalForm.ofAccount(sample.account()));
        JournalHash genesis = JournalHash.sha256(account);
        assertThat(genesis).isEqualTo(TrustEntryCanonicalForm.genesis(sample.account()));

        String entry = block("trust-entry/1\n");
        assertThat(entry).isEqualTo(TrustEntryCanonicalForm.of(entry2));
        assertThat(JournalHash.sha256(entry)).isEqualTo(entry2.hash());
        assertThat(entry2.previousHash()).isEqualTo(sample.entries().get(0).hash());
        assertThat(sample.entries().get(0).previousHash()).isEqualTo(genesis);
        assertThat(sample.entries().get(2).previousHash()).isEqualTo(entry2.hash());

        assertThat(block("{\"seq\":2,")).isEqualTo(Files.readAllLines(JOURNAL).get(2) + "\n");
        assertThat(block("{\"format\":")).isEqualTo(Files.readAllLines(JOURNAL).get(0) + "\n");
        assertThat(doc).contains(genesis.hex(), sample.entries().get(0).hash().hex(), entry2.hash().hex());
        String shell = block("$ printf 'trust-account/1");
        assertThat(shell).contains(genesis.hex() + "  -", entry2.hash().hex() + "  -")
                .contains("printf '" + account.replace("\n", "\\n") + "' | sha256sum")
                .contains("printf '" + entry.replace("\n", "\\n") + "' | sha256sum");
    }

    @Test
    void theLedgerStatementExamplesAreWhatTheCommandPrints() throws IOException {
        Result text = Cli.run("trust", "ledger", "--journal", JOURNAL.toString(), "--ledger", "C-1002/M-1002-01",
                "--as-of", "2025-03-31");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(block("TRUST LEDGER STATEMENT\n")).isEqualTo(text.out());

        Result json = Cli.run("trust", "ledger", "--journal", JOURNAL.toString(), "--ledger", "C-1002/M-1002-01",
                "--as-of", "2025-03-31", "--format", "json");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode actual = mapper.readTree(json.out()).get("statements").get(0);
        JsonNode documented = mapper.readTree(block("{ \"account\": \"IOLTA-0001\", \"ledger\""));
        assertThat(documented.fieldNames()).toIterable().containsExactlyElementsOf(() -> actual.fieldNames());
        for (Iterator<String> names = documented.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("lines")) {
                assertThat(documented.get(name)).as(name).isEqualTo(actual.get(name));
            }
        }
        assertThat(documented.get("lines")).isNotEmpty();
        for (JsonNode line : documented.get("lines")) {
            JsonNode same = null;
            for (JsonNode a : actual.get("lines")) {
                if (a.get("entry").equals(line.get("entry"))) {
                    same = a;
                }
            }
            assertThat(line).isEqualTo(same);
        }
    }
}
