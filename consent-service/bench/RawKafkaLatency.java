import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Raw produce → consume latency on the suite's broker (the baseline for withdrawal-latency.sh):
 * one record at a time (acks=all, idempotent, linger 0, like the outbox relay), each timed from
 * send to receipt by a consumer in the same process. Prints "raw p50 p99 max n" in ms.
 * Usage: java -cp <kafka-clients> RawKafkaLatency.java BOOTSTRAP USER PASSWORD N
 */
public class RawKafkaLatency {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int n = Integer.parseInt(args[3]);
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + args[1] + "\" password=\"" + args[2] + "\";");
        String topic = "bench-raw-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Properties pp = new Properties();
        pp.putAll(p);
        pp.put("acks", "all");
        pp.put("enable.idempotence", "true");
        pp.put("linger.ms", "0");
        Properties cp = new Properties();
        cp.putAll(p);
        cp.put("group.id", topic);
        cp.put("auto.offset.reset", "earliest");
        List<Double> ms = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp, new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            for (int i = 0; i < n + 20; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "k", Long.toString(sent)));
                boolean got = false;
                while (!got) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(1))) {
                        if (Long.parseLong(r.value()) == sent) {
                            got = true;
                        }
                    }
                }
                if (i >= 20) { // the first 20 warm up
                    ms.add((System.nanoTime() - sent) / 1e6);
                }
                Thread.sleep(5);
            }
        }
        try (Admin admin = Admin.create(p)) {
            admin.deleteTopics(List.of(topic)).all().get();
        }
        Collections.sort(ms);
        System.out.printf("raw %.1f %.1f %.1f %d%n", pct(ms, 50), pct(ms, 99), ms.get(ms.size() - 1), ms.size());
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
