package dev.legalbilling.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.internal.InvoiceConverters;
import dev.legalbilling.json.internal.MoneyJson;
import dev.legalbilling.json.internal.StringValueJson;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import java.math.BigDecimal;

/**
 * Jackson module that reads and writes every billing-core value type exactly, so domain types carry no
 * annotations.
 *
 * <p>Conventions: amounts and quantities are decimal strings ({@code "1684.45"}, never JSON numbers, so no
 * binary floating point touches them); money is {@code {"amount":"12.50","currency":"USD"}} (the string
 * {@code "USD 12.50"} is also accepted on input); identifiers (client, matter, timekeeper, invoice number,
 * jurisdiction) are plain strings; dates are ISO-8601 ({@code 2026-01-31}) and durations ISO-8601 ({@code PT7M})
 * when the mapper also has {@code JavaTimeModule} with timestamps disabled, which {@link BillingJson#mapper()} sets
 * up. An invoice carries its computed {@code total}; on input a total that differs from the sum of the lines is
 * refused.
 *
 * <p>Thread-safe once registered, like every Jackson module.
 */
public final class BillingJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public BillingJsonModule() {
        super("legal-billing", Version.unknownVersion());
        StringValueJson.register(this, ClientId.class, ClientId::value, ClientId::of);
        StringValueJson.register(this, MatterId.class, MatterId::value, MatterId::of);
        StringValueJson.register(this, TimekeeperId.class, TimekeeperId::value, TimekeeperId::of);
        StringValueJson.register(this, InvoiceNumber.class, InvoiceNumber::value, InvoiceNumber::of);
        StringValueJson.register(this, Jurisdiction.class, Jurisdiction::code, Jurisdiction::of);
        addSerializer(Money.class, new MoneyJson.Serializer());
        addDeserializer(Money.class, new MoneyJson.Deserializer());
        addSerializer(Invoice.class, InvoiceConverters.serializer());
        addDeserializer(Invoice.class, InvoiceConverters.deserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }
}
