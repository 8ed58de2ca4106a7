package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.legalbilling.ledes.LedesInvoiceHeader.Party;

/**
 * A postal address in a matter file, as LEDES 98BI writes it for the firm and the client. Every key is optional.
 * Not API.
 *
 * @param line1 first address line
 * @param line2 second address line
 * @param city city
 * @param region state or region
 * @param postcode postcode
 * @param country country
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddressJson(String line1, String line2, String city, String region, String postcode, String country) {

    /**
     * @param name the party's name
     * @param address the address, or null
     * @return the party
     */
    static Party party(String name, AddressJson address) {
        return address == null ? new Party(name, "", "", "", "", "", "")
                : new Party(name, address.line1, address.line2, address.city, address.region, address.postcode,
                        address.country);
    }

    /**
     * @param party a party
     * @return its address, or null when it has none
     */
    static AddressJson of(Party party) {
        AddressJson a = new AddressJson(blankToNull(party.address1()), blankToNull(party.address2()),
                blankToNull(party.city()), blankToNull(party.stateOrRegion()), blankToNull(party.postcode()),
                blankToNull(party.country()));
        return a.equals(new AddressJson(null, null, null, null, null, null)) ? null : a;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
