package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.PARALEGAL;
import static dev.legalbilling.rules.guideline.Guideline.TRAINEE;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.fee;
import static dev.legalbilling.rules.guideline.Guideline.findings;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static dev.legalbilling.rules.guideline.Guideline.lines;
import static dev.legalbilling.rules.guideline.Guideline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

@RuleFile("overhead.drl")
class OverheadRulesTest {
    private static final String CLERICAL = "OCG-CLERICAL";
    private static final String TRAINING = "OCG-TRAINING";

    @Test
    @Fires(CLERICAL)
    void disallowsClericalWorkWhateverTheCaseAndPunctuation() {
        Invoice invoice = invoice()
                .add(fee(PARALEGAL, MARCH_2, "2.5").narrative("Bates-stamp and Bates stamping of second production"
                        + " volume").activity("A110"))
                .add(fee(PARALEGAL, MARCH_2, "0.3").narrative("Calendaring of expert discovery deadlines"))
                .add(fee(ASSOCIATE, MARCH_2, "0.2").narrative("Prepare transmittal letter to court clerk"))
                .add(fee(PARALEGAL, MARCH_2, "0.4").narrative("E-filing of opposition to motion for summary"
                        + " judgment"))
                .add(fee(PARALEGAL, MARCH_2, "1.0").narrative("Scanning and indexing of medical records"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, CLERICAL)).containsExactly("1", "2", "3", "4", "5");
        Finding first = findings(report, CLERICAL).get(0);
        assertThat(first.message()).isEqualTo("Entry 1 (2.5 h on 2026-03-02 by TK-L1) describes clerical work"
                + " ('bates stamping'), which is overhead included in the rates.");
        assertThat(first.adjustment()).isEqualTo(new Adjustment.Disallow());
        assertThat(first.amountAtStake()).isEqualTo(usd("375.00"));
    }

    @Test
    @NearMiss(CLERICAL)
    void substantiveWorkThatMentionsFilingsScansOrIndexesIsNotClerical() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "0.3").narrative("Reviewed filing deadline for opposition to summary"
                        + " judgment motion"))
                .add(fee(ASSOCIATE, MARCH_2, "1.1").narrative("Analyze electronically filed docket entries in"
                        + " related federal action"))
                .add(fee(ASSOCIATE, MARCH_2, "2.0").narrative("Review plaintiff's scanned medical records for"
                        + " pre-existing conditions"))
                .add(fee(ASSOCIATE, MARCH_2, "0.8").narrative("Review Bates-numbered documents cited in opposition"))
                .add(fee(ASSOCIATE, MARCH_2, "0.9").narrative("Prepare index of deposition exhibits for trial"))
                .add(fee(ASSOCIATE, MARCH_2, "1.4").narrative("Draft motion to quash photocopy-only subpoena"
                        + " response"))
                .build();
        assertThat(findings(check(invoice), CLERICAL)).isEmpty();
    }

    @Test
    @Fires(CLERICAL)
    void readsThePhrasesFromTheProfile() {
        Invoice invoice = invoice().add(fee(PARALEGAL, MARCH_2, "0.5").narrative("Organize binders for hearing"))
                .build();
        assertThat(findings(check(invoice), CLERICAL)).isEmpty();
        ComplianceReport report = check(invoice, Guideline.profile(CLERICAL, "clericalPhrases",
                ParameterValue.strings(List.of("organize binders"))));
        assertThat(lines(report, CLERICAL)).containsExactly("1");
    }

    @Test
    @Fires(TRAINING)
    void disallowsTrainingAndTheTimeOfTrainees() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "3.0").narrative("Review background materials to become familiar with"
                        + " the file"))
                .add(fee(TRAINEE, MARCH_2, "2.0").narrative("Draft chronology of plaintiff's treatment"))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").narrative("Meet with new associate to get up to speed on"
                        + " discovery"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, TRAINING)).containsExactly("1", "2", "3");
        List<Finding> found = findings(report, TRAINING);
        assertThat(found.get(0).message()).isEqualTo("Entry 1 (3.0 h on 2026-03-02 by TK-A1) describes training or"
                + " familiarisation ('familiar with the file'), which the guidelines do not pay.");
        assertThat(found.get(1).message()).isEqualTo("Entry 2 (2.0 h on 2026-03-02 by TK-T1) is time of a trainee,"
                + " which the guidelines do not pay.");
        assertThat(found.get(1).amountAtStake()).isEqualTo(usd("240.00"));
        assertThat(found.get(1).adjustment()).isEqualTo(new Adjustment.Disallow());
    }

    @Test
    @NearMiss(TRAINING)
    void wordsThatOnlyContainATrainingPhraseDoNotCount() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "1.5").narrative("Analyze plaintiff's retraining history and"
                        + " vocational records"))
                .add(fee(ASSOCIATE, MARCH_2, "0.7").narrative("Review defendant's orientation-week attendance"
                        + " logs"))
                .add(fee(PARALEGAL, MARCH_2, "1.0").narrative("Summarize deposition transcript of plant manager"))
                .build();
        assertThat(findings(check(invoice), TRAINING)).isEmpty();
    }
}
