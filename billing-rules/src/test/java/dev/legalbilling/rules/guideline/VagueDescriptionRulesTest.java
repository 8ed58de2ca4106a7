package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.PARTNER;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.fee;
import static dev.legalbilling.rules.guideline.Guideline.findings;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static dev.legalbilling.rules.guideline.Guideline.lines;
import static dev.legalbilling.rules.guideline.Guideline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

@RuleFile("vague-description.drl")
class VagueDescriptionRulesTest {
    private static final String RULE = "OCG-VAGUE-DESCRIPTION";

    @Test
    @Fires(RULE)
    void flagsVaguePhrasesAndShortDescriptions() {
        Invoice invoice = invoice()
                .add(fee(PARTNER, MARCH_2, "0.8").narrative("Attention to matter."))
                .add(fee(ASSOCIATE, MARCH_2, "1.2").narrative("Review file and correspondence from client"))
                .add(fee(ASSOCIATE, MARCH_2, "0.3").narrative("Emails"))
                .add(fee(ASSOCIATE, MARCH_2, "0.5").narrative("Draft motion papers"))
                .add(fee(ASSOCIATE, MARCH_2, "0.5").narrative(""))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, RULE)).containsExactly("1", "2", "3", "4", "5");
        List<Finding> found = findings(report, RULE);
        assertThat(found.get(0).message()).isEqualTo("Entry 1 (0.8 h on 2026-03-02 by TK-P1) is described only as"
                + " 'attention to matter', which does not say what was done.");
        assertThat(found.get(2).message()).isEqualTo("Entry 3 (0.3 h on 2026-03-02 by TK-A1) has a description of"
                + " 1 words, fewer than the 4 the guidelines require.");
        assertThat(found.get(0).amountAtStake()).isEqualTo(usd("360.00"));
        assertThat(found.get(0).adjustment()).isNull();
    }

    @Test
    @NearMiss(RULE)
    void specificNarrativesAndLookAlikesPass() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "0.4").narrative("Draft motion to compel"))
                .add(fee(ASSOCIATE, MARCH_2, "0.4").narrative("Review file-stamped complaint and summons"))
                .add(fee(PARTNER, MARCH_2, "0.6").narrative("Telephone conference with client regarding mediation"))
                .add(fee(PARTNER, MARCH_2, "0.6").narrative("Analyze reviewer's notes on files produced by insurer"))
                .build();
        assertThat(findings(check(invoice), RULE)).isEmpty();
    }

    @Test
    @Fires(RULE)
    void readsWordCountAndPhrasesFromTheProfile() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "0.4").narrative("Draft motion to compel"))
                .add(fee(ASSOCIATE, MARCH_2, "0.4").narrative("Legal research regarding various issues"))
                .build();
        ComplianceReport report = check(invoice, Guideline.profile()
                .parameter(RULE, "minWords", ParameterValue.integer(5))
                .parameter(RULE, "vaguePhrases", ParameterValue.strings(List.of("Various Issues"))).build());
        assertThat(lines(report, RULE)).containsExactly("1", "2");
    }
}
