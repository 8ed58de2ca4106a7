package dev.legalbilling.rules.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.testkit.InvoiceGenerator;
import dev.legalbilling.testkit.InvoiceGenerator.Generated;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine reuses the parameter facts of the profile it last checked with: a check with another profile must see
 * that profile's values, and going back must see the first profile's again.
 */
class ProfileSwitchTest {

    @Test
    void eachCheckSeesItsOwnProfilesParameters() {
        Generated g = InvoiceGenerator.builder(5L).build().next(300);
        GuidelineProfile roster = GeneratedInvoiceTest.rosterProfile(g);
        GuidelineProfile strict = GuidelineProfile.builder("strict")
                .parameter("OCG-LONG-ENTRY", "maxHours", ParameterValue.decimal("0.5")).build();

        List<String> first = ids(Guideline.engine().check(g.invoice(), null, roster).findings());
        List<String> withStrict = ids(Guideline.engine().check(g.invoice(), null, strict).findings());
        List<String> again = ids(Guideline.engine().check(g.invoice(), null, roster).findings());
        List<String> equalButNotSame = ids(Guideline.engine().check(g.invoice(), null,
                GeneratedInvoiceTest.rosterProfile(g)).findings());

        assertThat(withStrict.stream().filter(id -> id.startsWith("OCG-LONG-ENTRY@")).count())
                .isGreaterThan(first.stream().filter(id -> id.startsWith("OCG-LONG-ENTRY@")).count());
        assertThat(again).isEqualTo(first);
        assertThat(equalButNotSame).isEqualTo(first);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.lineItemNumber()).toList();
    }
}
