package dev.legalbilling.report;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.receivables.collection.CollectionActionType;
import dev.legalbilling.receivables.collection.FeeArbitrationRule;
import dev.legalbilling.receivables.collection.FeeArbitrationRules;
import dev.legalbilling.receivables.collection.SourceOfFunds;
import dev.legalbilling.receivables.reminder.Reminder;
import dev.legalbilling.receivables.reminder.ReminderRun;
import dev.legalbilling.report.internal.PageValues;
import dev.legalbilling.internal.AtomicFiles;
import dev.legalbilling.report.internal.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Payment reminder letters: for each reminder of a {@link ReminderRun}, a letter as HTML and a plain-text e-mail
 * body whose first line is {@code Subject: ...}, from the templates {@code letter.html} and {@code letter.txt}
 * (bundled; a firm replaces them with its own {@code letter.html.mustache} and {@code letter.txt.mustache} in a
 * template directory: templates are logic-less data, see {@link #of(Settings, Path)}).
 *
 * <p>A letter is about one invoice of one client: its number, matter, dates, the amount invoiced, the amount due,
 * the part overdue and the days past due, the firm's payment instructions, and a tone set by the schedule step:
 * {@code courtesy} (before the due date), {@code due} (on it), {@code reminder} (up to 29 days after), {@code firm}
 * (30 days or more) and {@code final} (a step that escalates to the responsible partner). A final letter warns of
 * further collection steps, so it carries the notice of the client's right to fee arbitration wherever a
 * {@link FeeArbitrationRules} row applies to a lawsuit for that balance (by default New York Part 137 and California
 * §6201, Mandatory Fee Arbitration Act), or says when that notice was served. The letter names no other invoice,
 * matter or client. A disputed invoice gets no letter.
 *
 * <p>{@link #write} names files {@code DATE_INVOICE_STEP.html} and {@code .txt} and writes each atomically; a file
 * already there is left as it is (it may have been sent), so running again on the same day writes nothing new.
 * Immutable and thread-safe.
 */
public final class ReminderLetters {
    private final Settings settings;
    private final Templates templates;

    /**
     * What the firm puts in every letter.
     *
     * @param firm the firm's name as it signs letters; not blank
     * @param paymentInstructions how to pay (bank, reference, address), one paragraph per line; not blank
     * @param arbitration the fee-arbitration notice duties; {@link FeeArbitrationRules#defaults()} by default
     */
    public record Settings(String firm, String paymentInstructions, FeeArbitrationRules arbitration) {
        /**
         * Validates.
         *
         * @throws InvalidValueException when the firm or the payment instructions are blank
         */
        public Settings {
            if (firm == null || firm.isBlank()) {
                throw new InvalidValueException("firm", firm, "must name the firm that sends the letters");
            }
            if (paymentInstructions == null || paymentInstructions.isBlank()) {
                throw new InvalidValueException("paymentInstructions", paymentInstructions,
                        "must say how the client pays");
            }
            Objects.requireNonNull(arbitration, "arbitration");
        }
    }

    /**
     * One letter, rendered.
     *
     * @param fileStem the file name without extension, {@code DATE_INVOICE_STEP}
     * @param subject the e-mail subject line
     * @param html the letter as a self-contained HTML page
     * @param text the e-mail body, starting with {@code Subject: } and a blank line
     */
    public record Letter(String fileStem, String subject, String html, String text) {
    }

    /**
     * What {@link #write} did.
     *
     * @param written files written by this call
     * @param alreadyThere files left as they were (written by an earlier run)
     * @param disputed reminders that got no letter because their invoice is disputed, by invoice number
     */
    public record Written(List<Path> written, List<Path> alreadyThere, List<String> disputed) {
        /** Copies. */
        public Written {
            written = List.copyOf(written);
            alreadyThere = List.copyOf(alreadyThere);
            disputed = List.copyOf(disputed);
        }
    }

    private ReminderLetters(Settings settings, Templates templates) {
        this.settings = settings;
        this.templates = templates;
    }

    /**
     * @param settings what every letter says about the firm
     * @param templateDirectory a directory whose {@code letter.html.mustache} and {@code letter.txt.mustache} (and
     *     any partial) replace the bundled ones, or null for the bundled templates
     * @return the letter writer
     * @throws TemplateException when the directory is not a directory
     */
    public static ReminderLetters of(Settings settings, Path templateDirectory) {
        return new ReminderLetters(Objects.requireNonNull(settings, "settings"),
                Templates.withOverrides(templateDirectory));
    }

    /**
     * @param reminder a reminder to send
     * @return its letter, or empty when the invoice is disputed
     * @throws TemplateException when a template cannot be used
     */
    public Optional<Letter> compose(Reminder reminder) {
        ReceivableState state = reminder.state();
        if (state.isDisputed()) {
            return Optional.empty();
        }
        Map<String, Object> model = model(reminder);
        String html = templates.html("letter.html", model);
        String text = templates.text("letter.txt", model);
        return Optional.of(new Letter(fileStem(reminder), (String) model.get("subject"), html, text));
    }

    /**
     * Writes the letters of a run into a directory (created when missing), each file atomically; files already
     * there are left alone.
     *
     * @param run the reminder run
     * @param directory where the letters go
     * @return what was written, left alone or skipped
     * @throws ReportWriteException when a file or the directory cannot be written
     * @throws TemplateException when a template cannot be used (nothing is written then)
     */
    public Written write(ReminderRun run, Path directory) {
        List<Letter> letters = new ArrayList<>();
        List<String> disputed = new ArrayList<>();
        for (Reminder r : run.reminders()) {
            compose(r).ifPresentOrElse(letters::add, () -> disputed.add(r.invoice().value()));
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ReportWriteException(directory, "the directory cannot be created: " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        List<Path> there = new ArrayList<>();
        for (Letter l : letters) {
            for (String[] file : List.of(new String[] {".html", l.html()}, new String[] {".txt", l.text()})) {
                Path p = directory.resolve(l.fileStem() + file[0]);
                if (Files.exists(p)) {
                    there.add(p);
                } else {
                    try {
                        AtomicFiles.writeString(p, file[1]);
                    } catch (IOException e) {
                        throw new ReportWriteException(p, e.getMessage() == null ? e.getClass().getSimpleName()
                                : e.getMessage(), e);
                    }
                    written.add(p);
                }
            }
        }
        return new Written(written, there, disputed);
    }

    private Map<String, Object> model(Reminder reminder) {
        ReceivableState s = reminder.state();
        long days = s.daysPastDue();
        String tone = reminder.escalates() ? "final" : days < 0 ? "courtesy" : days == 0 ? "due"
                : days < 30 ? "reminder" : "firm";
        String invoice = s.invoice().value();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firm", settings.firm());
        m.put("paymentInstructions", settings.paymentInstructions().lines().filter(l -> !l.isBlank()).toList());
        m.put("date", reminder.date().toString());
        m.put("client", s.client().value());
        m.put("matter", s.matter().value());
        m.put("invoice", invoice);
        m.put("invoiceDate", s.receivable().invoiceDate().toString());
        m.put("dueDate", s.dueDate().toString());
        m.put("invoiced", PageValues.money(s.invoiced()));
        m.put("amountDue", PageValues.money(s.balance()));
        m.put("overdue", PageValues.money(days > 0 ? s.balance() : Money.zero(s.currency())));
        m.put("isOverdue", days > 0);
        m.put("paidSoFar", s.paid().isPositive() || s.credited().isPositive());
        m.put("paid", PageValues.money(s.paid().plus(s.credited())));
        m.put("interestCharged", s.interestCharged().isPositive());
        m.put("interest", PageValues.money(s.interestCharged()));
        m.put("daysPastDue", days);
        m.put("daysUntilDue", -days);
        m.put("step", reminder.step().id());
        m.put("tone", tone);
        m.put(tone + "Tone", true);
        m.put("subject", switch (tone) {
            case "courtesy" -> "Invoice " + invoice + ": payment due on " + s.dueDate();
            case "due" -> "Invoice " + invoice + " is due today";
            case "reminder" -> "Reminder: invoice " + invoice + " is " + plural(days, "day") + " past due";
            case "firm" -> "Second reminder: invoice " + invoice + " is " + plural(days, "day") + " past due";
            default -> "Final notice: invoice " + invoice + " is " + plural(days, "day") + " past due";
        });
        List<Map<String, Object>> notices = new ArrayList<>();
        if (reminder.escalates()) {
            CollectionAction lawsuit = CollectionAction.of(CollectionActionType.LAWSUIT, reminder.date(), List.of(s),
                    SourceOfFunds.CLIENT_PAYMENT);
            for (FeeArbitrationRule rule : settings.arbitration().applicableTo(lawsuit)) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("id", rule.id());
                n.put("citation", rule.citation());
                n.put("days", rule.daysBetweenNoticeAndLawsuit());
                n.put("hasDays", rule.daysBetweenNoticeAndLawsuit() > 0);
                n.put("newYork", rule.id().equals("NY-137"));
                n.put("california", rule.id().equals("CA-6201"));
                n.put("other", !rule.id().equals("NY-137") && !rule.id().equals("CA-6201"));
                s.arbitrationNoticeServedIfAny().ifPresent(d -> n.put("servedOn", d.toString()));
                n.put("served", s.arbitrationNoticeServedIfAny().isPresent());
                notices.add(n);
            }
        }
        m.put("notices", notices);
        m.put("hasNotices", !notices.isEmpty());
        return m;
    }

    /** {@code DATE_INVOICE_STEP}, with characters unsafe in file names replaced and a hash to keep it unique. */
    static String fileStem(Reminder r) {
        String raw = r.invoice().value() + "_" + r.step().id();
        String safe = raw.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!safe.equals(raw) || safe.startsWith(".")) {
            safe = safe.replace('.', '_') + "_" + shortHash(raw);
        }
        return r.date() + "_" + safe;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String plural(long n, String noun) {
        return Pages.plural(n, noun);
    }
}
