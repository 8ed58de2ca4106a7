package dev.legalbilling.json.matter;

import java.nio.file.Files;
import java.nio.file.Path;

/** Matter-file text for tests: a small matter with a partner and an associate, and one arrangement of each kind. */
final class MatterFixtures {
    static final String HEADER = """
            client: {id: C-1, name: Pemberton Holdings}
            matter:
              id: M-1
              name: Pemberton v. Quill
              jurisdiction: US-NY
              currency: USD
            lawFirmId: "12-3456789"
            timekeepers:
              - {id: P1, lastName: Park, firstName: Pat, classification: PARTNR, standardRate: "500.00"}
              - {id: A1, lastName: Ames, firstName: Ann, classification: AS, standardRate: "300.00"}
            """;

    static final String HOURLY = """
            arrangement:
              type: hourly
              billingIncrement: {hours: "0.25", direction: down}
              rateCard:
                - {level: CLIENT_CLASSIFICATION, classification: PARTNR, effectiveFrom: 2026-01-01, hourlyRate: "450.00"}
                - {level: MATTER_TIMEKEEPER, timekeeper: A1, effectiveFrom: 2026-03-16, hourlyRate: "310.00"}
            """;

    static final String FLAT = """
            arrangement:
              type: flat
              charges:
                - {due: 2026-03-31, amount: "10000.00", taskCode: L200}
                - {due: 2026-04-30, amount: "5000.00"}
            """;

    static final String CONTINGENCY = """
            arrangement:
              type: contingency
              basis: GROSS
              schedules:
                PRE_SUIT: "1/3"
                TRIAL: "40%"
            """;

    static final String CUSTOM = """
            arrangement:
              type: custom
              blendedRate: "400.00"
              discount: "5%"
              volumeDiscounts: [{upTo: "100000.00", rate: "0%"}, {rate: "10%"}]
              notToExceed: "150000.00"
            """;

    static final String HYBRID = """
            arrangement:
              type: hybrid
              rateCard:
                - {level: CLASSIFICATION_DEFAULT, classification: PARTNR, effectiveFrom: 2026-01-01, hourlyRate: "350.00"}
                - {level: CLASSIFICATION_DEFAULT, classification: ASSOC, effectiveFrom: 2026-01-01, hourlyRate: "250.00"}
              discount: "20%"
              successFee: {shareOfRecovery: "10%"}
            """;

    private MatterFixtures() {
    }

    /** @return a matter file with the header and the arrangement */
    static MatterFile matter(String arrangement) {
        return MatterFile.parse("matter.yaml", HEADER + arrangement);
    }

    /** @return the repository's root directory, found from the module the tests run in */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples").resolve("data"))) {
                return p;
            }
        }
        throw new IllegalStateException("no samples/data above " + Path.of("").toAbsolutePath());
    }

    /** @return a sample data file, e.g. {@code matters/acme-v-globex.yaml} */
    static Path sample(String relative) {
        return repositoryRoot().resolve("samples").resolve("data").resolve(relative);
    }
}
