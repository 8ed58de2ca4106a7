package dev.legalbilling.ledes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class LedesInvoiceHeaderTest {

    /**
     * Regression: when {@code Party} was initialised first, its constructor started the header's initialisation,
     * and {@code NONE} was built while {@code Party.NONE} was still null, so writing 98BI failed with a
     * NullPointerException that depended on which class a program touched first.
     */
    @Test
    void headerNoneHasPartiesWhicheverClassIsInitialisedFirst() throws Exception {
        URL classes = LedesInvoiceHeader.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> party = Class.forName(LedesInvoiceHeader.Party.class.getName(), true, fresh);
            assertThat(party.getClassLoader()).isSameAs(fresh);
            Class<?> header = Class.forName(LedesInvoiceHeader.class.getName(), true, fresh);
            Object none = header.getField("NONE").get(null);
            assertThat(header.getMethod("lawFirm").invoke(none)).isNotNull();
            assertThat(header.getMethod("client").invoke(none)).isNotNull();
        }
    }

    @Test
    void nullPartyComponentsBecomeEmptyText() {
        LedesInvoiceHeader.Party p = new LedesInvoiceHeader.Party("Firm LLP", null, null, "Boston", null, null, "US");
        assertThat(p.address1()).isEmpty();
        assertThat(p.postcode()).isEmpty();
        assertThat(LedesInvoiceHeader.builder().lawFirm(null).build().lawFirm()).isEqualTo(
                LedesInvoiceHeader.Party.NONE);
    }
}
