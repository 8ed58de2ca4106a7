package dev.legalbilling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.collection.FeeArbitrationRules;
import dev.legalbilling.receivables.reminder.Reminder;
import dev.legalbilling.receivables.reminder.ReminderLog;
import dev.legalbilling.receivables.reminder.ReminderRun;
import dev.legalbilling.receivables.reminder.ReminderSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderLettersTest {
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 6, 30);
    private static final ReminderLetters.Settings SETTINGS = new ReminderLetters.Settings("Marsh & Lind LLP",
            "Wire to Example Bank, account 000123456.\nReference: the invoice number.",
            FeeArbitrationRules.defaults());
    private static final ReceivablesLedger LEDGER = Samples.receivables();
    private static final ReminderRun RUN = ReminderSchedule.standard().run(LEDGER, ReminderLog.empty(), RUN_DATE);

    @TempDir
    Path temp;

    private static Reminder reminder(String invoice) {
        return RUN.reminders().stream().filter(r -> r.invoice().value().equals(invoice)).findFirst().orElseThrow();
    }

    private static ReminderLetters.Letter letter(String invoice) {
        return ReminderLetters.of(SETTINGS, null).compose(reminder(invoice)).orElseThrow();
    }

    @Test
    void aLetterStatesTheInvoiceAmountsAndHowToPay() {
        ReminderLetters.Letter l = letter("2026-0101");
        Document html = Jsoup.parse(l.html());
        assertThat(html.selectFirst("[data-field=amountDue] data").attr("value")).isEqualTo("3933.00");
        assertThat(html.selectFirst("[data-field=overdue] data").attr("value")).isEqualTo("3933.00");
        assertThat(html.selectFirst("[data-field=invoiced] data").attr("value")).isEqualTo("10933.00");
        assertThat(html.selectFirst("[data-field=daysPastDue]").text()).isEqualTo("146");
        assertThat(html.text()).contains("Wire to Example Bank, account 000123456.", "Reference: the invoice number.");
        assertThat(l.text()).startsWith("Subject: Final notice: invoice 2026-0101 is 146 days past due\n\n")
                .contains("Amount due:        USD 3,933.00", "Days past due:     146");
        assertThat(html.title()).isEqualTo(l.subject());
    }

    @Test
    void theToneFollowsTheStep() {
        assertThat(Jsoup.parse(letter("2026-0101").html()).body().attr("data-tone")).isEqualTo("final");
        ReminderLetters.Letter firm = letter("2026-0402");
        assertThat(Jsoup.parse(firm.html()).body().attr("data-tone")).isEqualTo("firm");
        assertThat(firm.subject()).isEqualTo("Second reminder: invoice 2026-0402 is 41 days past due");
        assertThat(firm.text()).doesNotContain("final notice");
        ReminderRun early = ReminderSchedule.standard().run(LEDGER, ReminderLog.empty(), LocalDate.of(2026, 5, 20));
        Reminder courtesy = early.reminders().stream().filter(r -> r.step().id().equals("BEFORE-DUE-7"))
                .findFirst().orElseThrow();
        ReminderLetters.Letter c = ReminderLetters.of(SETTINGS, null).compose(courtesy).orElseThrow();
        assertThat(Jsoup.parse(c.html()).body().attr("data-tone")).isEqualTo("courtesy");
        assertThat(Jsoup.parse(c.html()).select("[data-field=overdue]")).isEmpty();
    }

    @Test
    void finalLettersCarryTheArbitrationNoticeOfTheMattersJurisdiction() {
        assertThat(Jsoup.parse(letter("2026-0101").html()).select("[data-notice]").eachAttr("data-notice"))
                .containsExactly("NY-137");
        assertThat(letter("2026-0101").text()).contains("NOTICE OF CLIENT'S RIGHT TO ARBITRATE", "30 days");
        assertThat(Jsoup.parse(letter("2026-0401").html()).select("[data-notice]").eachAttr("data-notice"))
                .containsExactly("CA-6201");
        // a New York matter on a step that does not threaten collection: no notice
        assertThat(Jsoup.parse(letter("2026-0402").html()).select("[data-notice]")).isEmpty();
        // without the duty (a firm's table with no rows) the final letter has none either
        ReminderLetters none = ReminderLetters.of(new ReminderLetters.Settings("F", "Pay", new FeeArbitrationRules(
                List.of())), null);
        assertThat(none.compose(reminder("2026-0101")).orElseThrow().html()).doesNotContain("data-notice");
    }

    @Test
    void aLetterNeverNamesAnotherClientsMatterOrInvoice() {
        Map<String, String> matterOf = RUN.reminders().stream().collect(Collectors.toMap(
                r -> r.invoice().value(), r -> r.state().matter().value()));
        for (Reminder r : RUN.reminders()) {
            ReminderLetters.Letter l = ReminderLetters.of(SETTINGS, null).compose(r).orElseThrow();
            for (Reminder other : RUN.reminders()) {
                if (!other.client().equals(r.client())) {
                    assertThat(l.html() + l.text()).doesNotContain(matterOf.get(other.invoice().value()))
                            .doesNotContain(other.invoice().value()).doesNotContain(other.client().value());
                }
            }
        }
        assertThat(RUN.reminders().stream().map(Reminder::client).distinct().count()).as("several clients")
                .isGreaterThan(2);
    }

    @Test
    void disputedInvoicesGetNoLetterAndReRunningTheSameDayWritesNothingNew() throws IOException {
        Path dir = temp.resolve("letters");
        ReminderLetters letters = ReminderLetters.of(SETTINGS, null);
        ReminderLetters.Written first = letters.write(RUN, dir);
        assertThat(first.written()).hasSize(2 * RUN.reminders().size());
        assertThat(RUN.paused()).extracting(p -> p.state().invoice().value()).contains("2026-0103");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("2026-0103"))
                    .noneMatch(n -> n.endsWith(".tmp")).contains("2026-06-30_2026-0101_PAST-DUE-60.html",
                            "2026-06-30_2026-0101_PAST-DUE-60.txt");
        }
        // composed directly, a reminder on a disputed invoice still gets no letter
        Reminder onDisputed = new Reminder(ReminderSchedule.standard().steps().get(4), RUN_DATE, RUN_DATE,
                LEDGER.state(dev.legalbilling.invoice.InvoiceNumber.of("2026-0103"), RUN_DATE), "test");
        assertThat(onDisputed.state().isDisputed()).isTrue();
        assertThat(letters.compose(onDisputed)).isEmpty();
        Path one = dir.resolve("2026-06-30_2026-0101_PAST-DUE-60.txt");
        Files.setLastModifiedTime(one, FileTime.fromMillis(0));
        ReminderLetters.Written again = letters.write(RUN, dir);
        assertThat(again.written()).isEmpty();
        assertThat(again.alreadyThere()).hasSize(first.written().size());
        assertThat(Files.getLastModifiedTime(one).toMillis()).isZero();
    }

    @Test
    void aFirmsTemplatesReplaceTheBundledOnes() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("letter.txt.mustache"), "Subject: {{subject}}\n\n"
                + "{{firm}} asks for {{#amountDue}}{{text}}{{/amountDue}} on {{invoice}}.\n");
        ReminderLetters.Letter l = ReminderLetters.of(SETTINGS, templates).compose(reminder("2026-0101"))
                .orElseThrow();
        assertThat(l.text()).isEqualTo("Subject: Final notice: invoice 2026-0101 is 146 days past due\n\n"
                + "Marsh & Lind LLP asks for USD 3,933.00 on 2026-0101.\n");
        assertThat(l.html()).contains("<title>Final notice").contains("Marsh &amp; Lind LLP");
    }

    @Test
    void aTemplateCannotCallMethodsOrReachOutsideItsDirectory() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("hostile"));
        Files.writeString(templates.resolve("letter.txt.mustache"),
                "[{{firm.class}}][{{firm.class.name}}][{{firm.length}}][{{firm.getBytes}}][{{amountDue.getClass}}]");
        ReminderLetters.Letter l = ReminderLetters.of(SETTINGS, templates).compose(reminder("2026-0101"))
                .orElseThrow();
        assertThat(l.text()).isEqualTo("[][][][][]");
        Files.writeString(templates.resolve("letter.txt.mustache"), "{{> ../../etc/passwd}}");
        assertThatThrownBy(() -> ReminderLetters.of(SETTINGS, templates).compose(reminder("2026-0101")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("is not a template name");
        assertThatThrownBy(() -> ReminderLetters.of(SETTINGS, temp.resolve("missing")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("is not a directory");
    }

    @Test
    void settingsNeedAFirmAndPaymentInstructions() {
        assertThatThrownBy(() -> new ReminderLetters.Settings(" ", "Pay", FeeArbitrationRules.defaults()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ReminderLetters.Settings("F", "", FeeArbitrationRules.defaults()))
                .isInstanceOf(InvalidValueException.class);
    }
}
