package dev.legalbilling.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.work.Receipt;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written invoice file: a roster referred to by id, amounts in the invoice's currency, derived totals. */
class InvoiceFileFormatTest {
    private static final String HEADER = """
            {
              "number": "H-100", "client": "ACME", "matter": "M-100",
              "invoiceDate": "2026-03-31", "periodStart": "2026-03-01", "periodEnd": "2026-03-31", "currency": "USD",
            """;
    private static final String ROSTER = """
              "timekeepers": [
                { "id": "TK1", "lastName": "Marsh", "firstName": "Ada", "classification": "PARTNR",
                  "standardRate": "450.00", "barAdmissionYear": 2001 },
                { "id": "TK2", "lastName": "Lind", "classification": "AS", "standardRate": "300" }
              ],
            """;
    private final ObjectMapper json = BillingJson.mapper();

    private Invoice read(String text) {
        return BillingJson.read(json, "invoice.json", text, Invoice.class);
    }

    @Test
    void linesReferToTheRosterAndTakeTheirRateAndTotalFromIt() {
        Invoice invoice = read(HEADER + ROSTER + """
                  "lines": [
                    { "lineNumber": "1", "type": "F", "date": "2026-03-02", "timekeeper": "TK1", "units": 6.5,
                      "taskCode": "L110", "activityCode": "A104", "narrative": "Review production documents" },
                    { "lineNumber": "2", "type": "FEE", "date": "2026-03-03", "timekeeper": "TK2", "units": "2.0",
                      "unitCost": "275.00", "adjustment": "-50", "taskCode": "L120", "activityCode": "A106",
                      "narrative": "Travel to Newark", "nonWorkingTravel": true, "sourceLine": 97 },
                    { "lineNumber": "3", "type": "E", "date": "2026-03-04", "units": "100", "unitCost": "0.10",
                      "expenseCode": "E101", "narrative": "Copies", "receipt": "MISSING" }
                  ]
                }
                """);
        InvoiceLine first = invoice.lines().get(0);
        assertThat(first.type()).isEqualTo(LineType.FEE);
        assertThat(first.timekeeper().lastName()).isEqualTo("Marsh");
        assertThat(first.timekeeper().barAdmissionYear()).isEqualTo(2001);
        assertThat(first.unitCost()).isEqualTo(UnitPrice.of("450.00", "USD"));
        assertThat(first.total()).isEqualTo(Money.of("2925.00", "USD"));
        assertThat(first.sourceLine()).isEqualTo(10);
        InvoiceLine second = invoice.lines().get(1);
        assertThat(second.timekeeper().classification()).isEqualTo(TimekeeperClassification.ASSOC);
        assertThat(second.unitCost()).isEqualTo(UnitPrice.of("275.00", "USD"));
        assertThat(second.total()).isEqualTo(Money.of("500.00", "USD"));
        assertThat(second.nonWorkingTravel()).isTrue();
        assertThat(second.sourceLine()).isEqualTo(97);
        InvoiceLine third = invoice.lines().get(2);
        assertThat(third.receipt()).isEqualTo(Receipt.MISSING);
        assertThat(third.total()).isEqualTo(Money.of("10.00", "USD"));
        assertThat(third.nonWorkingTravel()).isFalse();
        assertThat(invoice.total()).isEqualTo(Money.of("3435.00", "USD"));
    }

    @Test
    void yamlLinesStartAtTheirFirstKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("invoice.yaml");
        Files.writeString(file, """
                number: H-200
                client: ACME
                matter: M-100
                invoiceDate: 2026-03-31
                periodStart: 2026-03-01
                periodEnd: 2026-03-31
                currency: USD
                timekeepers:
                  - {id: TK1, lastName: Marsh, classification: PARTNR, standardRate: "450"}
                lines:
                  - lineNumber: "1"
                    type: F
                    date: 2026-03-02
                    timekeeper: TK1
                    units: "3"
                    narrative: Review production documents
                """);
        Invoice invoice = BillingJson.read(file, Invoice.class);
        assertThat(invoice.lines()).singleElement().satisfies(l -> {
            assertThat(l.sourceLine()).isEqualTo(11);
            assertThat(l.total().amount()).isEqualByComparingTo(new BigDecimal("1350.00"));
        });
    }

    @Test
    void whatIsWrittenReadsBackEqualWithItsSourceLines() throws Exception {
        Invoice invoice = read(HEADER + ROSTER + """
                  "lines": [
                    { "lineNumber": "1", "type": "F", "date": "2026-03-02", "timekeeper": "TK1", "units": "1.0",
                      "narrative": "Call" }
                  ]
                }
                """);
        assertThat(read(json.writeValueAsString(invoice))).isEqualTo(invoice);
    }

    @Test
    void anUnknownKeyOfALineIsRefusedAtItsLineAndColumnWithTheClosestKey() {
        assertThatThrownBy(() -> read(HEADER + ROSTER + """
                  "lines": [
                    { "lineNumber": "1", "type": "F", "date": "2026-03-02", "timekeeper": "TK1", "units": "1.0",
                      "nonWorkingTravle": true, "narrative": "Call" }
                  ]
                }
                """)).isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("invoice.json:11:7: lines[0].nonWorkingTravle: unknown"
                            + " key; did you mean nonWorkingTravel?");
                });
    }

    @Test
    void anUnknownKeyOfTheRosterIsRefusedToo() {
        assertThatThrownBy(() -> read(HEADER + """
                  "timekeepers": [ { "id": "TK1", "lastName": "Marsh", "classification": "PARTNR", "rate": "450" } ],
                  "lines": []
                }
                """)).isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("timekeepers[0].rate");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.problem()).startsWith("unknown key; known keys: barAdmissionYear, classification");
                });
    }

    @Test
    void aTimekeeperMissingFromTheRosterIsNamedWithTheRoster() {
        assertThatThrownBy(() -> read(HEADER + ROSTER + """
                  "lines": [
                    { "lineNumber": "1", "type": "F", "date": "2026-03-02", "timekeeper": "TK9", "units": "1.0" }
                  ]
                }
                """)).isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("invoice.json:10:5: lines[0].timekeeper: 'TK9' is not in the invoice's"
                                + " timekeepers (TK1, TK2)"));
    }

    @Test
    void aFeeLineWithoutARateAnywhereIsRefused() {
        assertThatThrownBy(() -> read(HEADER + """
                  "timekeepers": [ { "id": "TK1", "lastName": "Marsh", "classification": "PARTNR" } ],
                  "lines": [
                    { "lineNumber": "1", "type": "F", "date": "2026-03-02", "timekeeper": "TK1", "units": "1.0" }
                  ]
                }
                """)).isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("lines[0].unitCost");
                    assertThat(e.problem()).isEqualTo("is required on FEE lines whose timekeeper has no standardRate");
                    assertThat(e.line()).isEqualTo(6);
                });
    }

    @Test
    void anUnknownLineTypeNamesTheAllowedOnes() {
        assertThatThrownBy(() -> read(HEADER + """
                  "lines": [ { "lineNumber": "1", "type": "X", "date": "2026-03-02", "adjustment": "-10" } ]
                }
                """)).isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("lines[0].type");
                    assertThat(e.problem()).contains("'X' is not one of FEE, EXPENSE").contains("F, E, IF, IE")
                            .doesNotContain("LineType");
                });
    }

    @Test
    void anAmountThatIsNotADecimalIsRefusedWithoutAJavaTypeName() {
        assertThatThrownBy(() -> read(HEADER + """
                  "lines": [ { "lineNumber": "1", "type": "E", "date": "2026-03-02", "units": "1",
                               "unitCost": "ten dollars", "expenseCode": "E101" } ]
                }
                """)).isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("lines[0].unitCost");
                    assertThat(e.problem()).isEqualTo("'ten dollars' is not an amount (write a decimal such as"
                            + " \"450.00\")");
                });
    }

    @Test
    void aBarAdmissionYearMustBeAWholeYear() {
        assertThatThrownBy(() -> read(HEADER + """
                  "timekeepers": [ { "id": "TK1", "lastName": "Marsh", "classification": "PARTNR",
                                     "barAdmissionYear": 2025.5 } ],
                  "lines": []
                }
                """)).isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("timekeepers[0]");
                    assertThat(e.problem()).isEqualTo("barAdmissionYear must be a whole year, was '2025.5'");
                });
    }

    @Test
    void aLineTheDomainRefusesIsNamedWithItsLine() {
        assertThatThrownBy(() -> read(HEADER + ROSTER + """
                  "lines": [
                    { "lineNumber": "1", "type": "F", "date": "2026-03-02", "timekeeper": "TK1", "units": "-1" }
                  ]
                }
                """)).isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("invoice.json:10:5: lines[0]: units must not be negative, was '-1'"));
    }
}
