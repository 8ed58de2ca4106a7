package dev.legalbilling.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BillingJsonProperties {
    private final ObjectMapper json = BillingJson.mapper();
    private final ObjectMapper yaml = BillingJson.yamlMapper();

    private <T> void roundTrips(T value, Class<T> type) throws Exception {
        assertThat(json.readValue(json.writeValueAsString(value), type)).isEqualTo(value);
        assertThat(yaml.readValue(yaml.writeValueAsString(value), type)).isEqualTo(value);
    }

    @Provide
    Arbitrary<Money> money() {
        return BillingArbitraries.money();
    }

    @Provide
    Arbitrary<UnitPrice> unitPrices() {
        return BillingArbitraries.unitPrices();
    }

    @Provide
    Arbitrary<Timekeeper> timekeepers() {
        return BillingArbitraries.timekeepers();
    }

    @Provide
    Arbitrary<TimeEntry> timeEntries() {
        return BillingArbitraries.timeEntries();
    }

    @Provide
    Arbitrary<Expense> expenses() {
        return BillingArbitraries.expenses();
    }

    @Provide
    Arbitrary<InvoiceLine> lines() {
        return BillingArbitraries.lines("7");
    }

    @Provide
    Arbitrary<Invoice> invoices() {
        return BillingArbitraries.invoices();
    }

    @Provide
    Arbitrary<Client> clients() {
        return BillingArbitraries.clients();
    }

    @Property
    void moneySurvivesJson(@ForAll("money") Money value) throws Exception {
        roundTrips(value, Money.class);
    }

    @Property
    void unitPriceSurvivesJson(@ForAll("unitPrices") UnitPrice value) throws Exception {
        roundTrips(value, UnitPrice.class);
    }

    @Property
    void clientSurvivesJson(@ForAll("clients") Client value) throws Exception {
        roundTrips(value, Client.class);
    }

    @Property
    void timekeeperSurvivesJson(@ForAll("timekeepers") Timekeeper value) throws Exception {
        roundTrips(value, Timekeeper.class);
    }

    @Property
    void timeEntrySurvivesJson(@ForAll("timeEntries") TimeEntry value) throws Exception {
        roundTrips(value, TimeEntry.class);
    }

    @Property
    void expenseSurvivesJson(@ForAll("expenses") Expense value) throws Exception {
        roundTrips(value, Expense.class);
    }

    @Property
    void invoiceLineSurvivesJson(@ForAll("lines") InvoiceLine value) throws Exception {
        roundTrips(value, InvoiceLine.class);
    }

    @Property(tries = 300)
    void invoiceSurvivesJson(@ForAll("invoices") Invoice value) throws Exception {
        roundTrips(value, Invoice.class);
    }
}
