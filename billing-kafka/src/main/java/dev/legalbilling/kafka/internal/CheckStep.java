package dev.legalbilling.kafka.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.BillingException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.kafka.InvoiceReview;
import dev.legalbilling.kafka.SubmissionHeaders;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ReportJson;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Collects, per submission id (the record key, after a repartition), the submission and one
 * {@link Message.Kind#CONTEXT} per day slice; when all are there, checks every invoice of the submission with the
 * other invoices' entries of its timekeeper-days as ethics context, and forwards a {@link Message.Kind#REPORT}, an
 * {@link Message.Kind#ADJUSTED} when an adjustment applies, or a {@link Message.Kind#DEAD_LETTER} when the check
 * fails. One instance per stream task; the engine is the instance's shared one.
 */
public final class CheckStep implements Processor<String, Message, String, Message> {
    /** The store name. */
    public static final String STORE = "pending-submissions";

    /*
     * Store keys, per submission id: the submission itself (written once), a small counter of the answers so far,
     * and each non-empty answer under its own key, so that no answer rewrites what came before.
     */
    private static final String SUBMISSION = "\u0000submission";
    private static final String COUNT = "\u0000count";
    private static final String CONTEXT = "\u0000context\u0000";
    private static final StringSerializer KEYS = new StringSerializer();

    private static final ObjectMapper REPORT = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper JSON = BillingJson.mapper();

    private final InvoiceReview review;
    private final int maxBytes;
    private ProcessorContext<String, Message> context;
    private KeyValueStore<String, Message> pending;

    /**
     * @param review the instance's shared review
     * @param maxBytes the largest submission read
     */
    public CheckStep(InvoiceReview review, int maxBytes) {
        this.review = Objects.requireNonNull(review, "review");
        this.maxBytes = maxBytes;
    }

    @Override
    public void init(ProcessorContext<String, Message> value) {
        this.context = value;
        this.pending = value.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Message> record) {
        String id = record.key();
        Message m = record.value();
        Message count = pending.get(id + COUNT);
        int slices = count == null ? -1 : count.slices();
        int contexts = count == null ? 0 : count.contexts();
        Message submission = null;
        if (m.kind() == Message.Kind.SUBMISSION) {
            submission = m;
            slices = m.slices();
        } else {
            if (!m.invoices().isEmpty()) {
                pending.put(id + CONTEXT + contexts, m);
            }
            contexts++;
        }
        if (slices < 0 || contexts < slices) {
            if (submission != null) {
                pending.put(id + SUBMISSION, submission);
            }
            pending.put(id + COUNT, new Message(Message.Kind.PENDING, id, slices, contexts, null, null, null, null));
            return;
        }
        if (submission == null) {
            submission = pending.get(id + SUBMISSION);
            pending.delete(id + SUBMISSION);
        }
        List<Invoice> others = new ArrayList<>();
        List<String> done = new ArrayList<>();
        try (KeyValueIterator<String, Message> answers = pending.prefixScan(id + CONTEXT, KEYS)) {
            answers.forEachRemaining(kv -> {
                others.addAll(kv.value.invoices());
                done.add(kv.key);
            });
        }
        done.forEach(pending::delete);
        if (count != null) {
            pending.delete(id + COUNT);
        }
        check(submission, others, record.timestamp());
    }

    private void check(Message p, List<Invoice> contexts, long timestamp) {
        String id = p.submissionId();
        Map<String, String> attributes = p.attributes();
        Submission submission;
        List<ComplianceReport> reports = new ArrayList<>();
        byte[] adjusted;
        try {
            GuidelineProfile profile = review.profile(attributes.get(SubmissionHeaders.PROFILE));
            submission = Submission.read(review, id, p.value(), attributes.get(SubmissionHeaders.DIALECT), maxBytes);
            EthicsContext ethics = EthicsContext.builder().otherInvoices(others(submission, contexts)).build();
            for (Invoice invoice : submission.invoices()) {
                reports.add(review.engine().check(CheckRequest.of(invoice, null, profile).withEthics(ethics)));
            }
            adjusted = adjusted(submission, reports);
        } catch (BillingException e) {
            context.forward(new Record<>(id, Message.output(Message.Kind.DEAD_LETTER, id, p.key(), p.value(),
                    attributes), timestamp, DeadLetters.deadLetter(id, attributes, e)));
            return;
        }
        context.forward(new Record<>(id, Message.output(Message.Kind.REPORT, id, p.key(),
                report(id, submission, reports, attributes).getBytes(StandardCharsets.UTF_8), attributes), timestamp,
                DeadLetters.output(id, attributes)));
        if (adjusted != null) {
            context.forward(new Record<>(id, Message.output(Message.Kind.ADJUSTED, id, p.key(), adjusted,
                    attributes), timestamp, DeadLetters.output(id, attributes)));
        }
    }

    /**
     * The submission's own invoices, and the entries of other submissions sent back for its timekeeper-days, each
     * once (one invoice of another submission may come back for several of its days). Entries carrying one of this
     * submission's invoice numbers are left out: the invoice itself is there whole.
     */
    static List<Invoice> others(Submission submission, List<Invoice> contexts) {
        Set<String> numbers = new LinkedHashSet<>();
        submission.invoices().forEach(i -> numbers.add(i.number().value()));
        Set<Invoice> all = new LinkedHashSet<>(submission.invoices());
        for (Invoice i : contexts) {
            if (!numbers.contains(i.number().value())) {
                all.add(i);
            }
        }
        return List.copyOf(all);
    }

    /**
     * The report JSON of {@code billing check --format json} ({@link ReportJson}; {@code docs/report-json.md}) for the
     * submission's invoices, with fields added: {@code submission} (the input record), {@code formatIssues} (as the
     * command line writes them, {@code file} being the submission) and {@code dialect}.
     */
    static String report(String id, Submission submission, List<ComplianceReport> reports,
            Map<String, String> attributes) {
        try {
            ObjectNode root = (ObjectNode) REPORT.readTree(ReportJson.toJson(reports));
            root.put("submission", id);
            ArrayNode issues = root.putArray("formatIssues");
            for (LedesIssue issue : submission.issues()) {
                ObjectNode n = issues.addObject();
                n.put("file", issue.file());
                n.put("line", issue.line());
                n.putNull("invoiceNumber");
                n.put("field", issue.field());
                n.put("code", issue.code().code());
                n.put("severity", issue.severity().name());
                n.put("message", issue.message());
            }
            root.put("dialect", submission.ledes() == null ? null
                    : attributes.getOrDefault(SubmissionHeaders.DIALECT, "default"));
            return REPORT.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the invoices with their adjustments applied ({@link ComplianceReport#applyTo}), in the submission's
     *     format (LEDES 98BI V2 when any is not in US dollars), or null when no adjustment applies
     */
    static byte[] adjusted(Submission submission, List<ComplianceReport> reports) {
        List<Invoice> adjusted = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < reports.size(); i++) {
            Invoice original = submission.invoices().get(i);
            Invoice result = reports.get(i).applyTo(original);
            any |= result.lines().size() != original.lines().size();
            adjusted.add(result);
        }
        if (!any) {
            return null;
        }
        if (submission.ledes() == null) {
            try {
                return adjusted.size() == 1 ? JSON.writeValueAsBytes(adjusted.get(0)) : JSON.writeValueAsBytes(adjusted);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean usd = adjusted.stream().allMatch(i -> i.currency().getCurrencyCode().equals("USD"));
        LedesFormat format = usd ? submission.format() : LedesFormat.BI_V2;
        return LedesWriter.of(format).toText(adjusted.stream().map(LedesInvoice::of).toList())
                .getBytes(StandardCharsets.UTF_8);
    }
}
