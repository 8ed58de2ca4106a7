package dev.legalbilling.rules.harness;

import java.math.BigDecimal;
import dev.legalbilling.rules.GuidelineProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One rule test case, read from a {@code *.test.yaml} or {@code *.test.json} file: check this invoice under this
 * profile and expect exactly these findings (rule id and line item), no more and no fewer.
 *
 * @param name a readable name (the file name when the file gives none)
 * @param file the test case file
 * @param invoiceFile the invoice file, resolved against the test case's folder
 * @param matter the matter's fields ({@code practiceArea}, {@code matterType}, {@code jurisdiction},
 *     {@code budget}); empty when the case gives no matter (rules then see only the invoice's ids); unmodifiable
 * @param profile the profile in force
 * @param priorFees fees billed on the matter before the invoice, in the invoice currency, or null
 * @param expected the expected findings; unmodifiable
 */
public record RuleTestCase(String name, Path file, Path invoiceFile, Map<String, String> matter,
        GuidelineProfile profile, BigDecimal priorFees, Set<ExpectedFinding> expected) {
    /** Validates and copies. */
    public RuleTestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(invoiceFile, "invoiceFile");
        Objects.requireNonNull(profile, "profile");
        matter = matter == null ? Map.of() : Map.copyOf(matter);
        expected = Set.copyOf(expected);
    }
}
