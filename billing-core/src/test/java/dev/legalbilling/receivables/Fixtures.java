package dev.legalbilling.receivables;

import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.TimekeeperId;
import java.time.LocalDate;

/** Small builders for receivables tests. */
public final class Fixtures {
    public static final ClientId CLIENT_A = ClientId.of("CLIENT-A");
    public static final ClientId CLIENT_B = ClientId.of("CLIENT-B");
    public static final TimekeeperId PARTNER = TimekeeperId.of("P-01");
    public static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private Fixtures() {
    }

    /**
     * @param number invoice number
     * @param client client
     * @param invoiceDate invoice date
     * @param amount USD amount
     * @return a net-30 receivable on matter {@code <client>-M1}, New York, general matter, partner P-01
     */
    public static Receivable receivable(String number, ClientId client, LocalDate invoiceDate, String amount) {
        return receivable(number, client, invoiceDate, 30, Money.of(amount, "USD"));
    }

    /**
     * @param number invoice number
     * @param client client
     * @param invoiceDate invoice date
     * @param netDays payment terms
     * @param amount amount
     * @return a receivable on matter {@code <client>-M1}, New York, general matter, partner P-01
     */
    public static Receivable receivable(String number, ClientId client, LocalDate invoiceDate, int netDays,
            Money amount) {
        return new Receivable(InvoiceNumber.of(number), client, MatterId.of(client.value() + "-M1"), invoiceDate,
                PaymentTerms.net(netDays).dueDate(invoiceDate), amount, InterestTerms.none(),
                Jurisdiction.of("US-NY"), MatterType.GENERAL, PARTNER);
    }

    /**
     * @param amount decimal text
     * @return USD amount
     */
    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /**
     * @param value invoice number text
     * @return the number
     */
    public static InvoiceNumber inv(String value) {
        return InvoiceNumber.of(value);
    }

    /**
     * @param value id text
     * @return payment id
     */
    public static PaymentId pay(String value) {
        return PaymentId.of(value);
    }
}
