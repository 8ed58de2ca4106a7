package dev.legalbilling.connect;

/**
 * A practice-management system to bring work in from: an API client ({@code ClioClient},
 * {@code PracticePantherClient}, {@code MyCaseClient}) or a CSV export reader.
 *
 * <p>An import either returns everything it was asked for or throws: a failed page fails the whole import, so a
 * caller never writes a partial download.
 */
public interface WorkSource {
    /** @return the system's name: {@code clio}, {@code practicepanther} or {@code mycase} */
    String system();

    /**
     * Brings the work in.
     *
     * @param query what to bring in
     * @param mapping how records become billing-core values
     * @return the matters with their work, and what was skipped and why
     * @throws ApiCallException when a call fails after the allowed retries
     * @throws dev.legalbilling.BillingException for any other invalid input
     */
    ImportResult fetch(ImportQuery query, MappingOptions mapping);
}
