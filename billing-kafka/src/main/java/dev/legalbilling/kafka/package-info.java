/**
 * Invoice review as a Kafka Streams application: invoice submissions in, report JSON, adjusted invoices and dead
 * letters out, exactly once, with the ethics pack's cross-invoice checks (double billing, a timekeeper's day over 24
 * hours across matters) kept in a state store keyed by timekeeper and day.
 *
 * <p>{@link dev.legalbilling.kafka.InvoiceReviewApp} is the executable ({@code java -jar billing-kafka.jar --config
 * app.properties}); {@link dev.legalbilling.kafka.ReviewSettings} its configuration;
 * {@link dev.legalbilling.kafka.InvoiceReview} the engine and profiles one instance shares across its stream
 * threads; {@link dev.legalbilling.kafka.ReviewTopology} the topology, for embedding in an application of your own.
 */
package dev.legalbilling.kafka;
