package dev.legalbilling.kafka;

import dev.legalbilling.kafka.internal.CheckStep;
import dev.legalbilling.kafka.internal.DayStep;
import dev.legalbilling.kafka.internal.Message;
import dev.legalbilling.kafka.internal.MessageSerde;
import dev.legalbilling.kafka.internal.ReadStep;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The invoice-review topology:
 *
 * <ol>
 * <li>{@code read} (partitioned like the input topic): each record is read as LEDES or JSON; an unreadable one goes
 *     to the dead-letter topic. A readable one goes on keyed by its submission id ({@code topic-partition@offset}),
 *     and its fee lines are cut into one slice per invoice, timekeeper and day.</li>
 * <li>{@code day} (repartitioned by {@code timekeeper|date}, store {@value DayStep#STORE}): each slice is answered
 *     with what other invoices billed for that timekeeper and day, across all instances and months of input, and
 *     is remembered.</li>
 * <li>{@code check} (repartitioned by submission id, store {@value CheckStep#STORE}): once every answer is in, the
 *     invoices are checked by the shared engine, the other invoices' entries serving as the ethics pack's
 *     cross-invoice context (double billing, a day over 24 hours across matters); the report JSON goes to the
 *     reports topic, the adjusted invoices (when an adjustment applies) to the adjusted topic, and a record whose
 *     check fails (a rule limit, say) to the dead letters.</li>
 * </ol>
 *
 * Every output is keyed by the input record's key and names the input record in its
 * {@link SubmissionHeaders#SUBMISSION} header. Stateless.
 */
public final class ReviewTopology {
    private ReviewTopology() {
    }

    /**
     * @param settings topics and limits
     * @param review the instance's shared engine and profiles
     * @return the topology
     */
    public static Topology build(ReviewSettings settings, InvoiceReview review) {
        Objects.requireNonNull(review, "review");
        MessageSerde messages = new MessageSerde();
        int maxBytes = settings.maxRecordBytes();
        int maxEntries = settings.maxDayEntries();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DayStep.STORE),
                Serdes.String(), messages));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CheckStep.STORE),
                Serdes.String(), messages));

        Map<String, KStream<String, Message>> read = builder.stream(settings.submissionsTopic(),
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("submissions"))
                .process(() -> new ReadStep(review, maxBytes), Named.as("read"))
                .split(Named.as("read-"))
                .branch((k, m) -> m.kind() == Message.Kind.DEAD_LETTER, Branched.as("unreadable"))
                .branch((k, m) -> m.kind() == Message.Kind.SLICE, Branched.as("slices"))
                .defaultBranch(Branched.as("read"));
        toTopic(read.get("read-unreadable"), settings.deadLettersTopic(), "unreadable-dead-letters");

        KStream<String, Message> contexts = read.get("read-slices")
                .repartition(Repartitioned.with(Serdes.String(), messages).withName("by-timekeeper-day"))
                .process(() -> new DayStep(maxEntries), Named.as("day"), DayStep.STORE);

        Map<String, KStream<String, Message>> checked = read.get("read-read").merge(contexts, Named.as("gather"))
                .repartition(Repartitioned.with(Serdes.String(), messages).withName("by-submission"))
                .process(() -> new CheckStep(review, maxBytes), Named.as("check"), CheckStep.STORE)
                .split(Named.as("checked-"))
                .branch((k, m) -> m.kind() == Message.Kind.REPORT, Branched.as("reports"))
                .branch((k, m) -> m.kind() == Message.Kind.ADJUSTED, Branched.as("adjusted"))
                .defaultBranch(Branched.as("failed"));
        toTopic(checked.get("checked-reports"), settings.reportsTopic(), "reports");
        toTopic(checked.get("checked-adjusted"), settings.adjustedTopic(), "adjusted");
        toTopic(checked.get("checked-failed"), settings.deadLettersTopic(), "failed-dead-letters");
        return builder.build();
    }

    private static void toTopic(KStream<String, Message> stream, String topic, String name) {
        stream.map((k, m) -> KeyValue.pair(m.key(), m.value()), Named.as(name + "-values"))
                .to(topic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(name));
    }
}
