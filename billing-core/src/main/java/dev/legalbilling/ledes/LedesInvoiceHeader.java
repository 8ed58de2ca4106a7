package dev.legalbilling.ledes;

import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * What a LEDES invoice says about itself beyond the domain {@link dev.legalbilling.invoice.Invoice}: the stated
 * INVOICE_TOTAL, the invoice fields the file left blank, and the 98BI V2 invoice fields (purchase order, tax, firm
 * and client names and addresses).
 *
 * <p>Text components are never null (empty when blank); number and currency components are null when blank.
 * Amounts are exactly as written: {@link #taxTotal()} and {@link #netTotal()} are in the invoice currency,
 * {@link #reportedTaxTotal()} in {@link #taxCurrency()}. Matter and client names and addresses are privileged and
 * left out of {@link #toString()}. Immutable and thread-safe.
 *
 * @param statedTotal INVOICE_TOTAL as written on the invoice's first row, or null to write the sum of the lines
 * @param blankFields invoice fields the file left blank and for which the domain invoice holds a derived value
 *     ({@code LAW_FIRM_MATTER_ID}, {@code BILLING_START_DATE}, {@code BILLING_END_DATE}, as some dialects allow);
 *     the writer leaves them blank again as long as the domain value is still the derived one
 * @param poNumber 98BI PO_NUMBER
 * @param clientTaxId 98BI CLIENT_TAX_ID
 * @param matterName 98BI MATTER_NAME (privileged)
 * @param taxTotal 98BI INVOICE_TAX_TOTAL, or null; written only with a stated total (else computed from the lines)
 * @param netTotal 98BI INVOICE_NET_TOTAL, or null; written only with a stated total (else INVOICE_TOTAL less tax)
 * @param accountType 98BI ACCOUNT_TYPE
 * @param lawFirm 98BI LAW_FIRM_NAME and address
 * @param client 98BI CLIENT_NAME and address (privileged)
 * @param reportedTaxTotal 98BI INVOICE_REPORTED_TAX_TOTAL, in the tax currency, or null
 * @param taxCurrency 98BI INVOICE_TAX_CURRENCY, or null
 */
public record LedesInvoiceHeader(Money statedTotal, Set<String> blankFields, String poNumber, String clientTaxId,
        String matterName, BigDecimal taxTotal, BigDecimal netTotal, String accountType, Party lawFirm, Party client,
        BigDecimal reportedTaxTotal, Currency taxCurrency) {

    /** A header with nothing beyond the domain invoice: writing uses the sum of the lines. */
    public static final LedesInvoiceHeader NONE = new LedesInvoiceHeader(null, Set.of(), "", "", "", null, null, "",
            Party.NONE, Party.NONE, null, null);

    /**
     * A name and postal address as 98BI V2 writes them for the law firm and the client. Components are never null.
     *
     * @param name LAW_FIRM_NAME / CLIENT_NAME
     * @param address1 first address line
     * @param address2 second address line
     * @param city city
     * @param stateOrRegion state or region
     * @param postcode postcode
     * @param country country
     */
    public record Party(String name, String address1, String address2, String city, String stateOrRegion,
            String postcode, String country) {
        /** No name and no address. */
        public static final Party NONE = new Party("", "", "", "", "", "", "");

        /**
         * Replaces nulls by empty text. Uses nothing of the enclosing class: a Party built before the header class is
         * initialised must not start that initialisation, or {@link LedesInvoiceHeader#NONE} would see a null
         * {@link #NONE}.
         */
        public Party {
            name = Objects.requireNonNullElse(name, "");
            address1 = Objects.requireNonNullElse(address1, "");
            address2 = Objects.requireNonNullElse(address2, "");
            city = Objects.requireNonNullElse(city, "");
            stateOrRegion = Objects.requireNonNullElse(stateOrRegion, "");
            postcode = Objects.requireNonNullElse(postcode, "");
            country = Objects.requireNonNullElse(country, "");
        }

        /** @return {@code Party[city, country]}; name and street withheld */
        @Override
        public String toString() {
            return "Party[" + city + ", " + country + "]";
        }
    }

    /** Replaces nulls by empty text and copies the set. */
    public LedesInvoiceHeader {
        blankFields = blankFields == null ? Set.of() : Set.copyOf(blankFields);
        poNumber = orEmpty(poNumber);
        clientTaxId = orEmpty(clientTaxId);
        matterName = orEmpty(matterName);
        accountType = orEmpty(accountType);
        lawFirm = lawFirm == null ? Party.NONE : lawFirm;
        client = client == null ? Party.NONE : client;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** @return a builder starting from this header */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.statedTotal = statedTotal;
        b.blankFields = blankFields;
        b.poNumber = poNumber;
        b.clientTaxId = clientTaxId;
        b.matterName = matterName;
        b.taxTotal = taxTotal;
        b.netTotal = netTotal;
        b.accountType = accountType;
        b.lawFirm = lawFirm;
        b.client = client;
        b.reportedTaxTotal = reportedTaxTotal;
        b.taxCurrency = taxCurrency;
        return b;
    }

    /** @return a builder for an empty header */
    public static Builder builder() {
        return NONE.toBuilder();
    }

    /** @return stated total, blank fields, tax figures; no names */
    @Override
    public String toString() {
        return "LedesInvoiceHeader[statedTotal=" + statedTotal + ", blank=" + blankFields + ", tax=" + taxTotal
                + ", net=" + netTotal + ", lawFirm=" + lawFirm + ", client=" + client + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedesInvoiceHeader h && Objects.equals(statedTotal, h.statedTotal)
                && blankFields.equals(h.blankFields) && poNumber.equals(h.poNumber)
                && clientTaxId.equals(h.clientTaxId) && matterName.equals(h.matterName)
                && Objects.equals(taxTotal, h.taxTotal) && Objects.equals(netTotal, h.netTotal)
                && accountType.equals(h.accountType) && lawFirm.equals(h.lawFirm) && client.equals(h.client)
                && Objects.equals(reportedTaxTotal, h.reportedTaxTotal) && Objects.equals(taxCurrency, h.taxCurrency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statedTotal, blankFields, poNumber, clientTaxId, matterName, taxTotal, netTotal,
                accountType, lawFirm, client, reportedTaxTotal, taxCurrency);
    }

    /** Builds a {@link LedesInvoiceHeader}; not thread-safe. */
    public static final class Builder {
        private Money statedTotal;
        private Set<String> blankFields = Set.of();
        private String poNumber;
        private String clientTaxId;
        private String matterName;
        private BigDecimal taxTotal;
        private BigDecimal netTotal;
        private String accountType;
        private Party lawFirm;
        private Party client;
        private BigDecimal reportedTaxTotal;
        private Currency taxCurrency;

        private Builder() {
        }

        /** @param value stated INVOICE_TOTAL, or null @return this builder */
        public Builder statedTotal(Money value) {
            this.statedTotal = value;
            return this;
        }

        /** @param value invoice fields left blank in the file @return this builder */
        public Builder blankFields(Set<String> value) {
            this.blankFields = value;
            return this;
        }

        /** @param value PO_NUMBER @return this builder */
        public Builder poNumber(String value) {
            this.poNumber = value;
            return this;
        }

        /** @param value CLIENT_TAX_ID @return this builder */
        public Builder clientTaxId(String value) {
            this.clientTaxId = value;
            return this;
        }

        /** @param value MATTER_NAME @return this builder */
        public Builder matterName(String value) {
            this.matterName = value;
            return this;
        }

        /** @param tax INVOICE_TAX_TOTAL @param net INVOICE_NET_TOTAL @return this builder */
        public Builder tax(BigDecimal tax, BigDecimal net) {
            this.taxTotal = tax;
            this.netTotal = net;
            return this;
        }

        /** @param value ACCOUNT_TYPE @return this builder */
        public Builder accountType(String value) {
            this.accountType = value;
            return this;
        }

        /** @param value law firm name and address @return this builder */
        public Builder lawFirm(Party value) {
            this.lawFirm = value;
            return this;
        }

        /** @param value client name and address @return this builder */
        public Builder client(Party value) {
            this.client = value;
            return this;
        }

        /** @param total INVOICE_REPORTED_TAX_TOTAL @param currency INVOICE_TAX_CURRENCY @return this builder */
        public Builder reportedTax(BigDecimal total, Currency currency) {
            this.reportedTaxTotal = total;
            this.taxCurrency = currency;
            return this;
        }

        /** @return the header */
        public LedesInvoiceHeader build() {
            return new LedesInvoiceHeader(statedTotal, blankFields, poNumber, clientTaxId, matterName, taxTotal,
                    netTotal, accountType, lawFirm, client, reportedTaxTotal, taxCurrency);
        }
    }
}
