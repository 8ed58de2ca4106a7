package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.ledes.LedesInvoiceHeader.Party;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;

/**
 * The matter-file and work-file shapes of timekeepers, time entries, expenses, recoveries and the client, matter and
 * firm sections. Registered only on the private mappers of this package: these shapes write amounts without their
 * currency, unlike the invoice JSON of {@code BillingJsonModule}, so they must not reach a general-purpose mapper.
 * Not API.
 */
public final class FileModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public FileModule() {
        super("legal-billing-matter-files", Version.unknownVersion());
        addDeserializer(Timekeeper.class, new TimekeeperJson.Deserializer());
        addSerializer(Timekeeper.class, new TimekeeperJson.Serializer());
        addDeserializer(TimeEntry.class, new TimeEntryJson.Deserializer());
        addSerializer(TimeEntry.class, new TimeEntryJson.Serializer());
        addDeserializer(Expense.class, new ExpenseJson.Deserializer());
        addSerializer(Expense.class, new ExpenseJson.Serializer());
        addDeserializer(Recovery.class, new RecoveryJson.Deserializer());
        addSerializer(Recovery.class, new RecoveryJson.Serializer());
        addDeserializer(Party.class, new LawFirmJson.Deserializer());
        addSerializer(Party.class, new LawFirmJson.Serializer());
        addDeserializer(ClientJson.Section.class, new ClientJson.Deserializer());
        addSerializer(ClientJson.Section.class, new ClientJson.Serializer());
        addDeserializer(MatterJson.Section.class, new MatterJson.Deserializer());
        addSerializer(MatterJson.Section.class, new MatterJson.Serializer());
    }
}
