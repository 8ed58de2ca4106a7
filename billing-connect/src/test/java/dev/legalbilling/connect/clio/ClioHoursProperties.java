package dev.legalbilling.connect.clio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Whatever Clio sends for an entry of h hours, the import reads h hours: never the seconds. */
class ClioHoursProperties {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property
    void hoursAreReadAsHoursWhateverTheQuantityHolds(
            @ForAll @BigRange(min = "0.01", max = "24") @Scale(2) BigDecimal hours) {
        BigDecimal seconds = hours.multiply(BigDecimal.valueOf(3600));
        ObjectNode both = JSON.createObjectNode().put("quantity", seconds)
                .put("quantity_in_hours", hours.toPlainString());
        ObjectNode secondsOnly = JSON.createObjectNode().put("quantity", seconds);
        ObjectNode oldVersion = JSON.createObjectNode().put("quantity", hours);

        assertThat(ClioClient.hours(both, null)).isEqualByComparingTo(hours);
        assertThat(ClioClient.hours(both, "4.0.3")).isEqualByComparingTo(hours);
        assertThat(ClioClient.hours(secondsOnly, null)).isEqualByComparingTo(hours);
        assertThat(ClioClient.hours(secondsOnly, "4.0.13")).isEqualByComparingTo(hours);
        assertThat(ClioClient.hours(oldVersion, "4.0.3")).isEqualByComparingTo(hours);
    }
}
