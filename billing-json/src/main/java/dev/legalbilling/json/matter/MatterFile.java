package dev.legalbilling.json.matter;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.matter.internal.Errors;
import dev.legalbilling.json.matter.internal.MatterFileCodec;
import dev.legalbilling.ledes.LedesInvoiceHeader.Party;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.receivables.PaymentTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A matter file: everything needed to bill a matter except the work. It holds the client, the matter (practice
 * area, type, jurisdiction, currency, UTBMS code set, budget, the client's matter number and the fee arrangement of
 * any of the five kinds), the firm's LEDES id, name and address, and the timekeepers who record time on it.
 *
 * <p>Written in JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}):
 * <pre>{@code
 * client: {id: ACME-INS, name: Acme Insurance Company}
 * matter: {id: 2025-0419, name: ..., jurisdiction: US-NY, currency: USD, budget: "250000.00"}
 * lawFirmId: 13-4567890
 * lawFirm: {name: Hale & Whitmore LLP, address: {line1: ..., city: New York, region: NY}}
 * timekeepers:
 *   - {id: TK-101, lastName: Hale, firstName: Margaret, classification: PARTNR, standardRate: "725.00"}
 * arrangement:
 *   type: hourly
 *   rateCard:
 *     - {level: CLIENT_CLASSIFICATION, classification: PARTNR, effectiveFrom: 2026-01-01, hourlyRate: "425.00"}
 * }</pre>
 * Every amount is a decimal in the matter's currency. The full format, with an example of each arrangement, is in
 * {@code docs/invoice-files.md}; the arrangement shapes are those of {@link MatterJsonModule}. Unknown keys are
 * refused, and every problem is reported as a {@link JsonInputException} naming the file, the key path and the line.
 * A rate for a timekeeper the file does not list, or a flat-fee phase outside the matter's code set, is refused too.
 *
 * <p>Names are privileged: {@link #toString()} prints ids only. Immutable and thread-safe.
 *
 * @param matter the matter with its client and fee arrangement
 * @param timekeepers the timekeepers, in file order; ids unique
 * @param lawFirmId the firm's id (LEDES LAW_FIRM_ID, in the US its tax id); not blank
 * @param lawFirm the firm's name and address; {@link Party#NONE} when the file gives none
 * @param client the client's name and billing address as an invoice is addressed; when built with an empty name, the
 *     matter client's name is used
 * @param paymentTerms when an invoice of the matter falls due (key {@code paymentTermsDays}: calendar days from the
 *     invoice date); {@link PaymentTerms#standard() net 30} when null
 */
public record MatterFile(Matter matter, List<Timekeeper> timekeepers, String lawFirmId, Party lawFirm, Party client,
        PaymentTerms paymentTerms) {

    /**
     * A matter file with the standard payment terms (net 30).
     *
     * @param matter the matter with its client and fee arrangement
     * @param timekeepers the timekeepers, ids unique
     * @param lawFirmId the firm's id; not blank
     * @param lawFirm the firm's name and address
     * @param client the client's name and billing address
     */
    public MatterFile(Matter matter, List<Timekeeper> timekeepers, String lawFirmId, Party lawFirm, Party client) {
        this(matter, timekeepers, lawFirmId, lawFirm, client, null);
    }

    /**
     * Validates the matter file.
     *
     * @throws InvalidValueException when a timekeeper id is listed twice or the firm id is blank
     */
    public MatterFile {
        Objects.requireNonNull(matter, "matter");
        timekeepers = List.copyOf(timekeepers);
        Set<TimekeeperId> ids = new HashSet<>();
        for (Timekeeper tk : timekeepers) {
            if (!ids.add(tk.id())) {
                throw new InvalidValueException("timekeepers", tk.id(), "is listed twice");
            }
        }
        if (lawFirmId == null || lawFirmId.isBlank()) {
            throw new InvalidValueException("lawFirmId", lawFirmId, "must not be blank");
        }
        lawFirm = lawFirm == null ? Party.NONE : lawFirm;
        paymentTerms = paymentTerms == null ? PaymentTerms.standard() : paymentTerms;
        if (client == null || client.name().isEmpty()) {
            Party p = client == null ? Party.NONE : client;
            client = new Party(matter.client().name(), p.address1(), p.address2(), p.city(), p.stateOrRegion(),
                    p.postcode(), p.country());
        }
    }

    /**
     * Reads a matter file.
     *
     * @param path a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the matter file
     * @throws JsonInputException when the file is missing, malformed, or holds an unknown key or an invalid value;
     *     the message names the file, the key path and the line
     */
    public static MatterFile read(Path path) {
        return MatterFileCodec.read(path.toString(), Errors.bytesOf(path));
    }

    /**
     * Reads a matter file's text.
     *
     * @param fileName the name to report in errors, whose extension gives the syntax
     * @param text the content
     * @return the matter file
     * @throws JsonInputException as {@link #read(Path)} does
     */
    public static MatterFile parse(String fileName, String text) {
        return MatterFileCodec.read(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a matter on its own, without a firm or timekeepers, as JSON in the shape of a matter file's
     * {@code client}, {@code matter} and {@code arrangement} keys: for handing a matter to another process (the
     * rule engine's worker JVMs) rather than for people to edit.
     *
     * @param matter the matter
     * @return JSON text that {@link #parseMatter} reads back equal
     * @throws CurrencyMismatchException when an amount of the arrangement is not in the matter's currency
     */
    public static String formatMatter(Matter matter) {
        return MatterFileCodec.writeMatter(Objects.requireNonNull(matter, "matter"));
    }

    /**
     * Reads what {@link #formatMatter} wrote.
     *
     * @param source a name for the text in error messages
     * @param json the text
     * @return the matter
     * @throws JsonInputException naming the key path, when anything is missing or invalid
     */
    public static Matter parseMatter(String source, String json) {
        return MatterFileCodec.readMatter(source, json);
    }

    /**
     * @param fileName a name ending in {@code .json}, {@code .yaml} or {@code .yml}
     * @return the text {@link #write(Path)} would write to a file of that name; {@link #parse} reads it back equal
     * @throws JsonInputException when the name has none of those extensions
     * @throws CurrencyMismatchException when an amount of the arrangement is not in the matter's currency
     */
    public String format(String fileName) {
        return MatterFileCodec.write(this, fileName);
    }

    /**
     * Writes the matter file, in the syntax its name's extension gives.
     *
     * @param path the file to create or replace
     * @throws JsonInputException when the name has no known extension
     * @throws CurrencyMismatchException when an amount of the arrangement is not in the matter's currency
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Path path) {
        String text = format(path.getFileName().toString());
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** @return the timekeepers by id, in file order; unmodifiable */
    public Map<TimekeeperId, Timekeeper> timekeeperDirectory() {
        Map<TimekeeperId, Timekeeper> byId = new LinkedHashMap<>();
        timekeepers.forEach(tk -> byId.put(tk.id(), tk));
        return Collections.unmodifiableMap(byId);
    }

    /**
     * @param id a timekeeper id
     * @return the timekeeper with that id, if the file lists one
     */
    public Optional<Timekeeper> timekeeper(TimekeeperId id) {
        return timekeepers.stream().filter(tk -> tk.id().equals(id)).findFirst();
    }

    /**
     * Gives an invoice's timekeepers what this file knows and the invoice could not say: the bar admission year,
     * which LEDES has no field for, so that rules can read a LEDES invoice's timekeepers' experience
     * ({@code TimekeeperFact.yearsOfExperience}). Timekeepers are matched by id; a year the invoice states is kept,
     * and nothing else on the invoice changes (units, rates, totals, status).
     *
     * @param invoice an invoice of this file's matter, e.g. read from LEDES
     * @return the invoice with each line's timekeeper given this file's bar admission year where it has none;
     *     {@code invoice} itself when no timekeeper gains one
     */
    public Invoice withBarAdmissionYears(Invoice invoice) {
        Map<TimekeeperId, Timekeeper> directory = timekeeperDirectory();
        List<InvoiceLine> lines = new ArrayList<>(invoice.lines().size());
        boolean changed = false;
        for (InvoiceLine l : invoice.lines()) {
            Timekeeper tk = l.timekeeper();
            Timekeeper known = tk == null ? null : directory.get(tk.id());
            if (tk == null || tk.barAdmissionYear() != null || known == null || known.barAdmissionYear() == null) {
                lines.add(l);
                continue;
            }
            lines.add(new InvoiceLine(l.lineNumber(), l.type(), l.date(),
                    tk.withBarAdmissionYear(known.barAdmissionYear()), l.units(), l.unitCost(), l.adjustment(),
                    l.total(), l.taskCode(), l.activityCode(), l.expenseCode(), l.narrative(), l.nonWorkingTravel(),
                    l.receipt(), l.actualTime(), l.rateBasis(), l.sourceLine()));
            changed = true;
        }
        if (!changed) {
            return invoice;
        }
        Invoice.Builder b = Invoice.builder(invoice.number(), invoice.client(), invoice.matter())
                .clientMatterId(invoice.clientMatterId().orElse(null)).lawFirmId(invoice.lawFirmId())
                .invoiceDate(invoice.invoiceDate()).period(invoice.periodStart(), invoice.periodEnd())
                .description(invoice.description()).currency(invoice.currency()).lines(lines);
        return invoice.status() == InvoiceStatus.FINAL ? b.buildFinal() : b.build();
    }

    /** @return the matter's ids and classification and the number of timekeepers; no names */
    @Override
    public String toString() {
        return "MatterFile[" + matter + ", firm " + lawFirmId + ", " + timekeepers.size() + " timekeepers]";
    }
}
