package dev.legalbilling.rules.profile;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.money.Money;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleEngine;
import java.nio.file.Path;

/**
 * Prints the guideline report of the realistic month ({@link DefenseMonth}) as a bill reviewer reads it, with the
 * profile picked from the test catalogue the way a host picks it for a LEDES invoice. Not a test; run with the test
 * classpath from {@code billing-rules}: {@code java -cp <test classpath> dev.legalbilling.rules.profile.DefenseMonthReport}.
 */
public final class DefenseMonthReport {
    private DefenseMonthReport() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        try (RuleEngine engine = RuleEngine.builder().addBundled("guideline").build()) {
            ProfileSelector selector = ProfileSelector.of(ProfileCatalog.load(Path.of("src/test/resources/profiles"
                    + "/catalog.yaml"), ProfileReader.forEngine(engine)));
            Invoice invoice = DefenseMonth.invoice();
            ProfileSelection selection = selector.select(invoice);
            ComplianceReport report = engine.check(new CheckRequest(invoice, DefenseMonth.MATTER,
                    selection.profile().profile(), DefenseMonth.FEES_BEFORE));
            System.out.printf("Invoice %s, matter %s, %d lines, total %s%n", invoice.number(), invoice.matter(),
                    invoice.lines().size(), invoice.total());
            System.out.printf("Profile %s (%s)%n%n", selection.profile().id(), selection.reason());
            for (Finding f : report.findings()) {
                System.out.printf("%-4s %-26s %-7s %-6s %10s  %-22s%n     %s%n     [%s]%n",
                        f.lineItemNumber() == null ? "-" : f.lineItemNumber(), f.ruleId(), f.severity(), f.action(),
                        f.amountAtStake().amount().toPlainString(), f.adjustment() == null ? ""
                                : f.adjustment().describe(), f.message(), f.citation());
            }
            Invoice adjusted = report.applyTo(invoice);
            Money down = invoice.total().minus(adjusted.total());
            System.out.printf("%n%d findings, %s at stake; applying ADJUST and REJECT findings adds %d adjustment"
                    + " lines and writes the invoice down by %s to %s%n", report.findings().size(),
                    report.amountAtStake(), adjusted.lines().size() - invoice.lines().size(), down, adjusted.total());
        }
    }
}
