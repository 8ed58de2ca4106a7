package dev.legalbilling.rules.internal.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.BillingException;
import dev.legalbilling.rules.CheckLimitExceededException;
import dev.legalbilling.rules.CheckLimits;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleExecutionException;
import dev.legalbilling.rules.RuleSecurityPolicy;
import dev.legalbilling.rules.RuleSetLoadException;
import dev.legalbilling.rules.RuleSetSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker JVM's entry point: loads the rule sets the host sends (as contents, written into the worker's own
 * working directory and read back through the same {@link RuleSetSource} path as in-process loading), then serves
 * check requests until its standard input ends. Every rule set runs in its own in-process {@link RuleEngine}, so
 * the worker can tell the host which one is running before it starts it.
 *
 * <p>Standard output carries only the protocol: before any rule is compiled, {@code System.out} is pointed at
 * standard error, so a rule's printing cannot forge an answer (and if it reaches the descriptor anyway, the host
 * refuses the answer as malformed).
 */
public final class WorkerMain {
    /** Largest message accepted from the host (which the worker trusts). */
    private static final int MAX_REQUEST_BYTES = Integer.MAX_VALUE - 8;

    private final InputStream in;
    private final OutputStream out;
    private final List<RuleEngine> engines = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final Wire.Received received = new Wire.Received();

    private WorkerMain(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /**
     * Runs the worker on this process's standard input and output.
     *
     * @param args none
     * @throws IOException when the host's stream fails
     */
    public static void main(String[] args) throws IOException {
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        InputStream requests = new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.setIn(InputStream.nullInputStream());
        new WorkerMain(requests, protocol).serve();
        System.exit(0);
    }

    private void serve() throws IOException {
        send(Wire.object().put("type", "ready").put("pid", ProcessHandle.current().pid())
                .put("environmentVariables", System.getenv().size()));
        while (true) {
            byte[] message;
            try {
                message = Frames.read(in, MAX_REQUEST_BYTES);
            } catch (EOFException end) {
                engines.forEach(RuleEngine::close);
                return;
            }
            String type = Wire.type(message);
            switch (type) {
                case "load" -> load(Wire.parse(message));
                case "check" -> check(Wire.check(message, received));
                default -> throw new IOException("unknown request " + type);
            }
        }
    }

    private void load(JsonNode request) throws IOException {
        RuleSecurityPolicy policy = Wire.policy(request.get("policy"));
        List<RuleSetLoadException.Problem> problems = new ArrayList<>();
        ArrayNode loaded = Wire.object().arrayNode();
        int index = 0;
        for (JsonNode content : request.get("ruleSets")) {
            RuleSetSource source = write(content, Path.of("sets", Integer.toString(index++)));
            try {
                RuleEngine engine = RuleEngine.builder().securityPolicy(policy).add(source).build();
                engines.add(engine);
                ids.add(content.get("id").textValue());
                ArrayNode rules = loaded.addObject().putArray("rules");
                engine.ruleSets().get(0).rules().stream().map(RuleDefinition::id).forEach(rules::add);
            } catch (RuleSetLoadException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.isEmpty()) {
            ObjectNode answer = Wire.object().put("type", "loaded");
            answer.set("ruleSets", loaded);
            send(answer);
            return;
        }
        ObjectNode answer = Wire.object().put("type", "refused");
        ArrayNode list = answer.putArray("problems");
        for (RuleSetLoadException.Problem p : problems) {
            list.addObject().put("ruleSetId", p.ruleSetId()).put("path", p.path()).put("line", p.line())
                    .put("column", p.column()).put("kind", p.kind()).put("message", p.message());
        }
        send(answer);
    }

    /** A DRL file's text, or a decision table's bytes as the host read them (Base64 in the message). */
    private static void writeFile(Path file, JsonNode f) throws IOException {
        if (f.hasNonNull("table")) {
            Files.write(file, java.util.Base64.getDecoder().decode(f.get("table").textValue()));
        } else {
            Files.writeString(file, f.get("text").textValue(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a rule set's files into the working directory and returns the source that reads them back. */
    private static RuleSetSource write(JsonNode content, Path root) throws IOException {
        String id = content.get("id").textValue();
        String version = content.get("version").textValue();
        JsonNode manifest = content.get("manifest");
        JsonNode files = content.get("files");
        Path dir = root.resolve(id);
        Files.createDirectories(dir);
        if (manifest.isNull() && files.size() == 1) {
            Path file = inside(dir, files.get(0).get("name").textValue());
            writeFile(file, files.get(0));
            return RuleSetSource.file(file, id, version);
        }
        for (JsonNode f : files) {
            Path file = inside(dir, f.get("name").textValue());
            Files.createDirectories(file.getParent());
            writeFile(file, f);
        }
        if (!manifest.isNull()) {
            Files.writeString(inside(dir, manifest.get("name").textValue()), manifest.get("text").textValue(),
                    StandardCharsets.UTF_8);
        }
        return RuleSetSource.directory(dir);
    }

    private static Path inside(Path dir, String name) throws IOException {
        Path p = dir.resolve(name).normalize();
        if (!p.startsWith(dir) || p.equals(dir)) {
            throw new IOException("rule file name " + name + " leaves its rule set's folder");
        }
        return p;
    }

    private void check(Wire.Check message) throws IOException {
        CheckRequest request = message.request();
        CheckLimits limits = message.limits();
        ArrayNode findings = Wire.object().arrayNode();
        for (int i = 0; i < engines.size(); i++) {
            send(Wire.object().put("type", "running").put("index", i));
            ComplianceReport report;
            try {
                report = engines.get(i).check(request, limits);
            } catch (CheckLimitExceededException e) {
                send(failure("limit", ids.get(i), e.ruleId(), e.getMessage()).put("limit", e.limit().name()));
                return;
            } catch (RuleExecutionException e) {
                send(failure("execution", ids.get(i), e.ruleId(), e.getMessage()));
                return;
            } catch (BillingException | IllegalStateException e) {
                send(failure("error", ids.get(i), "?", e.getMessage() == null ? e.toString() : e.getMessage()));
                return;
            }
            for (Finding f : report.findings()) {
                findings.add(finding(f));
            }
        }
        ObjectNode answer = Wire.object().put("type", "report");
        answer.set("findings", findings);
        send(answer);
    }

    private static ObjectNode failure(String kind, String ruleSetId, String ruleId, String message) {
        return Wire.object().put("type", "failed").put("kind", kind).put("ruleSetId", ruleSetId)
                .put("ruleId", ruleId).put("message", message);
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = Wire.object();
        n.put("ruleId", f.ruleId()).put("ruleSetId", f.ruleSetId()).put("severity", f.severity().name())
                .put("action", f.action().name()).put("invoiceNumber", f.invoiceNumber().value());
        if (f.lineItemNumber() == null) {
            n.putNull("lineItemNumber");
        } else {
            n.put("lineItemNumber", f.lineItemNumber());
        }
        n.put("message", f.message()).put("citation", f.citation())
                .put("amountAtStake", f.amountAtStake().amount().toPlainString());
        if (f.adjustment() == null) {
            n.putNull("adjustment");
        } else {
            n.putObject("adjustment").put("kind", f.adjustment().kind()).put("value", f.adjustment().value());
        }
        return n;
    }

    private void send(ObjectNode message) throws IOException {
        Frames.write(out, Wire.bytes(message));
    }
}
