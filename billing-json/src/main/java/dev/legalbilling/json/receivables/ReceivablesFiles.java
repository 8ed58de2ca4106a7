package dev.legalbilling.json.receivables;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.receivables.ArbitrationNoticeServed;
import dev.legalbilling.receivables.CreditApplication;
import dev.legalbilling.receivables.CreditNote;
import dev.legalbilling.receivables.DisputeRaised;
import dev.legalbilling.receivables.DisputeResolved;
import dev.legalbilling.receivables.InterestCharge;
import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.Posting;
import dev.legalbilling.receivables.PostingRejectedException;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.UnknownInvoiceException;
import dev.legalbilling.receivables.WriteOff;
import dev.legalbilling.receivables.reminder.ReminderLog;
import dev.legalbilling.receivables.reminder.ReminderLogEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes the receivables files: invoices, payments (postings) and the reminder log, as JSON or, for names
 * ending in {@code .yaml} or {@code .yml}, YAML. The formats are described in the
 * {@linkplain dev.legalbilling.json.receivables package documentation}.
 *
 * <p>Every read failure is a {@link JsonInputException} naming the file, the entry and key
 * ({@code [3].amount}), the line and column, and the problem, in one sentence: a missing file, malformed JSON, an
 * unknown key or posting type, an invalid value. {@link #readLedger(Path, Path)} also reports, against the payments
 * file's entry, postings that name an invoice the invoices file lacks or that the ledger refuses (an overdrawn
 * write-off, a payment id used twice).
 *
 * <p>Writes replace the file atomically (a temporary file in the same directory, forced to disk, then moved over the
 * target), so a crash never leaves half a reminder log. Stateless and thread-safe; concurrent writers to one file
 * are not coordinated (the last one wins).
 */
public final class ReceivablesFiles {
    private static final TypeReference<List<ReceivableInvoice>> INVOICES = new TypeReference<>() {
    };
    private static final TypeReference<List<Posting>> POSTINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<ReminderLogEntry>> LOG = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = ReceivablesJsonModule.mapper();
    private static final String COLLECTION_ACTION = "collection-action";
    private static final String ADVANCE_FEE = "advance-fee";
    private static final String MATTER_CLOSED = "matter-closed";
    private static final String EXPENSE_COST = "expense-cost";
    /** Payments-file entry types that are records of collection work, not postings: {@link CollectionRecords}. */
    static final Set<String> RECORD_TYPES = Set.of(COLLECTION_ACTION, ADVANCE_FEE, MATTER_CLOSED, EXPENSE_COST);
    private static final ObjectMapper YAML = ReceivablesJsonModule.yamlMapper();

    private ReceivablesFiles() {
    }

    /**
     * @param path an invoices file: an array of invoices or invoice wrappers; not null
     * @return the entries in file order
     * @throws JsonInputException when the file is missing, malformed or holds an invalid or draft invoice, or two
     *     entries with the same invoice number
     */
    public static List<ReceivableInvoice> readInvoices(Path path) {
        return values(readInvoiceItems(path));
    }

    /**
     * @param path a payments file: an array of postings with a {@code "type"}; not null
     * @return the postings in file order
     * @throws JsonInputException when the file is missing, malformed, or holds an unknown type or invalid value
     */
    public static List<Posting> readPostings(Path path) {
        return values(readArray(path, Posting.class, "postings"));
    }

    /**
     * Reads both files and posts every posting (in date order, same-day postings in file order) into a ledger of the
     * invoices with their terms.
     *
     * @param invoices the invoices file; not null
     * @param payments the payments file; not null
     * @return the ledger
     * @throws JsonInputException when either file cannot be read, or, naming the payments file's entry, a posting
     *     names an invoice not in the invoices file or does not fit the ledger
     */
    public static ReceivablesLedger readLedger(Path invoices, Path payments) {
        List<Item<ReceivableInvoice>> invoiceItems = readInvoiceItems(invoices);
        List<Receivable> receivables = new ArrayList<>();
        for (Item<ReceivableInvoice> i : invoiceItems) {
            receivables.add(i.value().toReceivable());
        }
        ReceivablesLedger ledger = ReceivablesLedger.of(receivables);
        List<Item<Posting>> postings = readArray(payments, Posting.class, "postings");
        Map<Posting, Item<Posting>> byPosting = new IdentityHashMap<>();
        for (Item<Posting> p : postings) {
            byPosting.put(p.value(), p);
            InvoiceReference ref = InvoiceReference.of(p.value());
            if (ref != null && ledger.findReceivable(ref.invoice()).isEmpty()) {
                throw p.fail(ref.key(), "invoice " + ref.invoice() + " is not in " + invoices);
            }
        }
        try {
            return ledger.postAll(values(postings));
        } catch (PostingRejectedException e) {
            Item<Posting> culprit = e.posting() == null ? null : byPosting.get(e.posting());
            if (culprit == null) {
                throw new JsonInputException(payments.toString(), "", 0, 0, e.getMessage());
            }
            throw culprit.fail("", e.getMessage());
        } catch (UnknownInvoiceException e) {
            throw new JsonInputException(payments.toString(), "", 0, 0, e.getMessage() + " (" + invoices + ")");
        } catch (BillingException e) {
            throw new JsonInputException(payments.toString(), "", 0, 0, e.getMessage());
        }
    }

    /**
     * Reads the records of collection work in a payments file (entries of type {@code collection-action},
     * {@code advance-fee}, {@code matter-closed}, {@code expense-cost}; see {@link CollectionRecords}), which the
     * ledger readers skip.
     *
     * @param path a payments file; not null
     * @return the records, in file order per kind
     * @throws JsonInputException naming the file, entry, line and key when the file or a record is malformed
     */
    public static CollectionRecords readCollectionRecords(Path path) {
        ObjectMapper mapper = mapperFor(path);
        List<CollectionRecords.CollectionActionRecord> actions = new ArrayList<>();
        List<CollectionRecords.AdvanceFeeRecord> fees = new ArrayList<>();
        List<CollectionRecords.MatterClosedRecord> closed = new ArrayList<>();
        List<CollectionRecords.ExpenseCostRecord> costs = new ArrayList<>();
        for (Item<ObjectNode> item : recordNodes(path)) {
            ObjectNode node = item.value().deepCopy();
            String kind = node.remove("type").asText();
            try {
                switch (kind) {
                    case COLLECTION_ACTION:
                        actions.add(mapper.treeToValue(node, CollectionRecords.CollectionActionRecord.class));
                        break;
                    case ADVANCE_FEE:
                        fees.add(mapper.treeToValue(node, CollectionRecords.AdvanceFeeRecord.class));
                        break;
                    case MATTER_CLOSED:
                        closed.add(mapper.treeToValue(node, CollectionRecords.MatterClosedRecord.class));
                        break;
                    default:
                        costs.add(mapper.treeToValue(node, CollectionRecords.ExpenseCostRecord.class));
                        break;
                }
            } catch (JsonProcessingException e) {
                if (e.getCause() instanceof InvalidValueException v) {
                    throw item.fail(v.field(), v.getMessage());
                }
                JsonInputException j = translate(item.source(), e);
                throw item.fail(j.path(), j.problem());
            } catch (BillingException e) {
                if (e instanceof InvalidValueException v) {
                    throw item.fail(v.field(), e.getMessage());
                }
                throw item.fail("", e.getMessage());
            }
        }
        return new CollectionRecords(actions, fees, closed, costs);
    }

    /** @return the entries of a payments file whose type is one of {@link #RECORD_TYPES}, with where they start */
    private static List<Item<ObjectNode>> recordNodes(Path path) {
        String source = path.toString();
        byte[] bytes = bytes(path);
        ObjectMapper mapper = mapperFor(path);
        List<Item<ObjectNode>> found = new ArrayList<>();
        try (JsonParser p = mapper.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return found;
            }
            int index = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                JsonNode node = mapper.readTree(p);
                if (node instanceof ObjectNode o && o.get("type") != null
                        && RECORD_TYPES.contains(o.get("type").asText())) {
                    found.add(new Item<>(o, source, index, at.getLineNr(), at.getColumnNr()));
                }
                index++;
            }
        } catch (IOException e) {
            // the posting reader reports malformed files with their position
            return found;
        }
        return found;
    }

    /**
     * @param path a reminder log: an array of log entries; an empty file is an empty log; not null
     * @return the log
     * @throws JsonInputException when the file is missing, malformed, holds an invalid entry, or records one step
     *     twice for an invoice
     */
    public static ReminderLog readReminderLog(Path path) {
        Objects.requireNonNull(path, "path");
        if (isBlank(path)) {
            return ReminderLog.empty();
        }
        List<Item<ReminderLogEntry>> items = readArray(path, ReminderLogEntry.class, "reminder log entries");
        Map<String, Item<ReminderLogEntry>> seen = new HashMap<>();
        for (Item<ReminderLogEntry> i : items) {
            ReminderLogEntry e = i.value();
            Item<ReminderLogEntry> first = seen.putIfAbsent(e.invoice().value() + "\u0000" + e.stepId(), i);
            if (first != null) {
                throw i.fail("stepId", "step " + e.stepId() + " is recorded twice for invoice " + e.invoice()
                        + " (first at line " + first.line() + ")");
            }
        }
        return ReminderLog.of(values(items));
    }

    /**
     * @param path the file to create or replace; not null
     * @param invoices the entries, written as wrappers; not null
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeInvoices(Path path, List<ReceivableInvoice> invoices) {
        write(path, INVOICES, List.copyOf(invoices));
    }

    /**
     * @param path the file to create or replace; not null
     * @param postings the postings, each with its {@code "type"}; not null
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writePostings(Path path, List<? extends Posting> postings) {
        write(path, POSTINGS, List.copyOf(postings));
    }

    /**
     * @param path the file to create or replace atomically; not null
     * @param log the log; not null
     * @throws UncheckedIOException when the file cannot be written (the old file is then unchanged)
     */
    public static void writeReminderLog(Path path, ReminderLog log) {
        write(path, LOG, log.entries());
    }

    private static List<Item<ReceivableInvoice>> readInvoiceItems(Path path) {
        List<Item<ReceivableInvoice>> items = readArray(path, ReceivableInvoice.class, "invoices");
        Map<InvoiceNumber, Item<ReceivableInvoice>> seen = new HashMap<>();
        for (Item<ReceivableInvoice> i : items) {
            InvoiceNumber number = i.value().invoice().number();
            Item<ReceivableInvoice> first = seen.putIfAbsent(number, i);
            if (first != null) {
                throw i.fail("", "invoice " + number + " appears twice (first at line " + first.line() + ")");
            }
        }
        return items;
    }

    private static <T> List<T> values(List<Item<T>> items) {
        List<T> out = new ArrayList<>(items.size());
        for (Item<T> i : items) {
            out.add(i.value());
        }
        return List.copyOf(out);
    }

    private static ObjectMapper mapperFor(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new JsonInputException(path.toString(), "", 0, 0, "file not found");
        } catch (IOException e) {
            throw new JsonInputException(path.toString(), "", 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static boolean isBlank(Path path) {
        for (byte b : bytes(path)) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Reads a top-level array element by element, remembering where each element starts. */
    private static <T> List<Item<T>> readArray(Path path, Class<T> type, String what) {
        Objects.requireNonNull(path, "path");
        Set<Integer> records = new HashSet<>();
        if (type == Posting.class) {
            recordNodes(path).forEach(i -> records.add(i.index()));
        }
        String source = path.toString();
        byte[] bytes = bytes(path);
        ObjectMapper mapper = mapperFor(path);
        JavaType javaType = mapper.constructType(type);
        List<Item<T>> items = new ArrayList<>();
        try (JsonParser p = mapper.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonInputException(source, "", 0, 0, "is empty; expected an array of " + what);
            }
            if (t != JsonToken.START_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                throw new JsonInputException(source, "", at.getLineNr(), at.getColumnNr(),
                        "must be an array of " + what);
            }
            int index = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new JsonInputException(source, "", 0, 0, "ends before its array is closed");
                }
                if (records.contains(index)) {
                    p.skipChildren();
                    index++;
                    continue;
                }
                JsonLocation at = p.currentTokenLocation();
                Item<T> placeholder = new Item<>(null, source, index, at.getLineNr(), at.getColumnNr());
                try {
                    T value = mapper.readValue(p, javaType);
                    if (value == null) {
                        throw placeholder.fail("", "must not be null");
                    }
                    items.add(new Item<>(value, source, index, at.getLineNr(), at.getColumnNr()));
                } catch (JsonMappingException e) {
                    throw translate(source, JsonMappingException.wrapWithPath(e, items, index));
                } catch (BillingException e) {
                    if (e instanceof JsonInputException j) {
                        throw j;
                    }
                    throw placeholder.fail("", e.getMessage());
                }
                index++;
            }
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new JsonInputException(source, "", at.getLineNr(), at.getColumnNr(),
                        "has content after the closing ']' of its array");
            }
        } catch (JsonProcessingException e) {
            throw translate(source, e);
        } catch (IOException e) {
            throw new JsonInputException(source, "", 0, 0, "cannot be read: " + e.getMessage());
        }
        return items;
    }

    /** {@link BillingJson#translate} with plainer words for posting types, dates, enums and missing values. */
    private static JsonInputException translate(String source, JsonProcessingException e) {
        JsonInputException base = BillingJson.translate(source, e);
        String path = base.path();
        String problem = base.problem();
        if (e instanceof InvalidTypeIdException t) {
            List<String> known = new ArrayList<>(PostingMixIn.TYPES);
            known.addAll(new java.util.TreeSet<>(RECORD_TYPES));
            problem = t.getTypeId() == null ? "has no \"type\"; expected one of " + known
                    : "unknown posting type '" + t.getTypeId() + "'; known types: " + known;
            path = path.isEmpty() ? "type" : path + ".type";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() == LocalDate.class) {
            problem = "must be an ISO date such as 2026-04-30, was '" + f.getValue() + "'";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            problem = "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants()) + ", was '"
                    + f.getValue() + "'";
        } else {
            String missing = missingField(e);
            if (missing != null) {
                path = path.isEmpty() ? missing : path + "." + missing;
                problem = "is required";
            }
        }
        return new JsonInputException(source, path, base.line(), base.column(), problem);
    }

    /** @return the field named by a {@code requireNonNull} failure in a record constructor, if that is the cause */
    private static String missingField(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof BillingException) {
                return null;
            }
            if (c instanceof NullPointerException npe && npe.getMessage() != null
                    && npe.getMessage().matches("[A-Za-z][A-Za-z0-9]*")) {
                return npe.getMessage();
            }
        }
        return null;
    }

    private static void write(Path path, TypeReference<?> type, Object value) {
        Objects.requireNonNull(path, "path");
        byte[] bytes;
        try {
            bytes = (mapperFor(path).writerFor(type).writeValueAsString(value) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise " + path, e);
        }
        Path dir = path.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the target is unchanged
                }
            }
        }
    }

    /**
     * An element of a top-level array and where it starts.
     *
     * @param value the element
     * @param source the file name
     * @param index 0-based position in the array
     * @param line 1-based line of its first token
     * @param column 1-based column of its first token
     * @param <T> the element type
     */
    private record Item<T>(T value, String source, int index, int line, int column) {
        JsonInputException fail(String key, String problem) {
            String path = "[" + index + "]" + (key.isEmpty() ? "" : "." + key);
            return new JsonInputException(source, path, line, column, problem);
        }
    }

    /** The invoice a posting names, and under which key. */
    private record InvoiceReference(String key, InvoiceNumber invoice) {
        static InvoiceReference of(Posting p) {
            if (p instanceof Payment x) {
                return x.appliedTo() == null ? null : new InvoiceReference("appliedTo", x.appliedTo());
            }
            InvoiceNumber invoice = null;
            if (p instanceof WriteOff x) {
                invoice = x.invoice();
            } else if (p instanceof CreditNote x) {
                invoice = x.invoice();
            } else if (p instanceof DisputeRaised x) {
                invoice = x.invoice();
            } else if (p instanceof DisputeResolved x) {
                invoice = x.invoice();
            } else if (p instanceof ArbitrationNoticeServed x) {
                invoice = x.invoice();
            } else if (p instanceof InterestCharge x) {
                invoice = x.invoice();
            } else if (p instanceof CreditApplication x) {
                invoice = x.invoice();
            }
            return invoice == null ? null : new InvoiceReference("invoice", invoice);
        }
    }
}
