package dev.legalbilling.connect.internal;

import dev.legalbilling.connect.CsvLayout;
import dev.legalbilling.connect.ImportQuery;
import dev.legalbilling.connect.ImportResult;
import dev.legalbilling.connect.MappingOptions;
import java.nio.file.Path;
import java.time.Clock;

/** Imports a CSV export the same way as an API download, through the {@link WorkAssembler}. Not API. */
public final class CsvSource {
    private CsvSource() {
    }

    /**
     * @param system the system's name
     * @param file the export
     * @param layout its columns
     * @param query dates, matters and status
     * @param mapping how to map
     * @param clock for the start time
     * @return the result
     */
    public static ImportResult fetch(String system, Path file, CsvLayout layout, ImportQuery query,
            MappingOptions mapping, Clock clock) {
        ExportCsv.Contents c = ExportCsv.read(file, layout);
        WorkAssembler a = new WorkAssembler(system, query, mapping);
        if (!c.entries().isEmpty()) {
            a.warn("a " + system + " CSV export names no client: each matter file's client is 'CLIENT-<matter>';"
                    + " set client.id and client.name before sending the invoice");
        }
        return a.assemble(c.users(), c.matters(), c.entries(), clock.instant());
    }
}
