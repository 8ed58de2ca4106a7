package dev.legalbilling.json.trust;

import static dev.legalbilling.json.trust.SampleFirm.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.StatementItem;
import dev.legalbilling.trust.TrustAccountId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BankStatementReaderTest {
    private static final String MINIMAL = "{\"account\":\"IOLTA-0001\",\"periodStart\":\"2025-03-01\","
            + "\"statementDate\":\"2025-03-31\",\"currency\":\"USD\",\"endingBalance\":\"52000.00\","
            + "\"depositsInTransit\":[{\"date\":\"2025-03-31\",\"reference\":\"DEP-0331\",\"amount\":\"3000.00\"}],"
            + "\"outstandingChecks\":[{\"date\":\"2025-03-28\",\"reference\":\"1047\",\"amount\":5500.00}]}";

    private static BankStatement read(String json) {
        return BankStatementReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "statement.json");
    }

    private static BankStatementFormatException failure(String json) {
        return catchThrowableOfType(BankStatementFormatException.class, () -> read(json));
    }

    @Test
    void readsTheSampleFirmStatement() {
        BankStatement st = BankStatementReader.read(SampleFirmFixtureTest.resource(SampleFirm.STATEMENT_RESOURCE));

        assertThat(st.account()).isEqualTo(TrustAccountId.of("IOLTA-0001"));
        assertThat(st.endingBalance()).isEqualTo(usd("43275.00"));
        assertThat(st.outstandingChecks()).extracting(StatementItem::reference).containsExactly("1044", "1045", "1046");
        assertThat(st.bankCharges()).containsExactly(new StatementItem(SampleFirm.march(31), "SVC-0331",
                usd("25.00")));
        assertThat(st.adjustedBalance()).isEqualTo(usd("14135.00"));
    }

    @Test
    void readsTheReferenceWorkedExampleWithNumbersOrStrings() {
        BankStatement st = read(MINIMAL);

        assertThat(st.adjustedBalance()).isEqualTo(usd("49500.00"));
        assertThat(st.bankCharges()).isEmpty();
        assertThat(st.interestCredits()).isEmpty();
    }

    @Test
    void refusesAnAmountMoreExactThanTheCurrency() {
        BankStatementFormatException e = failure(MINIMAL.replace("\"3000.00\"", "\"3000.001\""));

        assertThat(e.code()).isEqualTo("TRUST_STATEMENT_INVALID");
        assertThat(e.location()).isEqualTo("/depositsInTransit/0/amount");
        assertThat(e.getMessage()).startsWith("statement.json: /depositsInTransit/0/amount: ");
    }

    @Test
    void refusesUnknownFieldsSoATypoCannotDropAnItem() {
        BankStatementFormatException e = failure(MINIMAL.replace("\"outstandingChecks\"", "\"outstandingCheques\""));

        assertThat(e.location()).isEqualTo("/outstandingCheques");
    }

    @Test
    void refusesMissingFieldsAndBadDates() {
        assertThat(failure(MINIMAL.replace("\"endingBalance\":\"52000.00\",", "")).location())
                .isEqualTo("/endingBalance");
        assertThat(failure(MINIMAL.replace("2025-03-28", "28/03/2025")).location())
                .isEqualTo("/outstandingChecks/0/date");
        assertThat(failure(MINIMAL.replace("\"2025-03-31\",\"currency\"", "\"2025-02-01\",\"currency\""))
                .getMessage()).contains("statementDate");
    }

    @Test
    void reportsSyntaxErrorsWithLineAndColumn() {
        BankStatementFormatException e = failure("{\n  \"account\": \"IOLTA-0001\",,\n}");

        assertThat(e.location()).isEqualTo("line 2, column 27");
    }

    @Test
    void refusesItemsAfterTheStatementDate() {
        assertThat(failure(MINIMAL.replace("\"date\":\"2025-03-28\"", "\"date\":\"2025-04-02\"")).getMessage())
                .contains("1047", "after the statement date");
    }
}
