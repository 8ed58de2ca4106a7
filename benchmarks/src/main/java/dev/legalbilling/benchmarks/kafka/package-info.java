/**
 * A throughput harness for the billing-kafka topology: {@link dev.legalbilling.benchmarks.kafka.KafkaThroughput}
 * checks the same generated invoices with the in-process engine and through the topology on a real Kafka broker
 * started in the same JVM, in the same run, and prints invoices/s, lines/s and their ratio. Not JMH: what is timed
 * is a whole pipeline with a broker, end to end.
 */
package dev.legalbilling.benchmarks.kafka;
