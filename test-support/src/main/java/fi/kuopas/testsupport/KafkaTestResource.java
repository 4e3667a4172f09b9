package fi.kuopas.testsupport;

import fi.kuopas.privacy.kafka.KafkaTopology;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) inside the test JVM,
 * from Apache Kafka's own test kit on Maven Central. Started once per test JVM (a module's test
 * run) and shared by every Quarkus start in it, test profiles included — a second SASL cluster
 * in one JVM would fight the first over the JVM-wide JAAS configuration — and stopped when the
 * JVM exits.
 *
 * <p>As in production the broker authenticates every client and authorises it by ACLs: its only
 * client listener speaks SASL (SCRAM-SHA-512 for the services and the test), the
 * StandardAuthorizer denies what no ACL allows, and {@link KafkaTopology} creates one principal
 * per service (password {@code <service>-test-secret}, the kit's test-profile value), the
 * topics and the ACLs. Tests act as the super user {@value #ADMIN} through
 * {@link #adminClientProperties()}; {@link #clientProperties(String)} logs in as a service.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN = "kuopas-test-admin";
    private static final String ADMIN_PASSWORD = "kuopas-test-admin-secret";
    /** The test kit's own inter-broker principal (PLAIN); a super user too. */
    private static final String KIT_BROKER_PRINCIPAL = "plain-admin";

    private static KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        synchronized (KafkaTestResource.class) {
            // Another Quarkus start may have loaded this class in another class loader: the
            // system property (JVM-wide) tells that the broker already runs.
            if (cluster == null && System.getProperty("kuopas.test.kafka-bootstrap") == null) {
                cluster = startCluster();
                Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::shutdown, "kafka-test-resource-stop"));
            }
        }
        return Map.of("kafka.bootstrap.servers", bootstrap(), "%test.kuopas.outbox.relay.enabled", "true");
    }

    private static KafkaClusterTestKit startCluster() {
        KafkaClusterTestKit cluster;
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBrokerListenerName(ListenerName.normalised("EXTERNAL"))
                    .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .build();
            cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512")
                    .setConfigProp("listener.name.external.scram-sha-512.sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                    .setConfigProp("allow.everyone.if.no.acl.found", "false")
                    .setConfigProp("super.users", "User:" + KIT_BROKER_PRINCIPAL + ";User:" + ADMIN)
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
        String bootstrap = cluster.bootstrapServers();
        Properties kitAdmin = new Properties();
        kitAdmin.put("bootstrap.servers", bootstrap);
        kitAdmin.put("security.protocol", "SASL_PLAINTEXT");
        kitAdmin.put("sasl.mechanism", "PLAIN");
        kitAdmin.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + KIT_BROKER_PRINCIPAL + "\" password=\"plain-admin-secret\";");
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(ADMIN, ADMIN_PASSWORD);
        for (String service : KafkaTopology.principals()) {
            passwords.put(service, password(service));
        }
        try (Admin admin = Admin.create(kitAdmin)) {
            KafkaTopology.apply(admin, passwords);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka principals, topics and ACLs not created", e);
        }
        System.setProperty("kuopas.test.kafka-bootstrap", bootstrap);
        // A JVM-wide handle (a test may see this class from another class loader than the one that
        // started the broker): an MBean, invoked by name.
        // Kafka loads plugins (the authorizer) through the thread's context class loader: the
        // broker restarts in the loader that loaded it, not in the calling test's.
        var broker = cluster.brokers().values().iterator().next();
        ClassLoader brokerLoader = broker.getClass().getClassLoader();
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(new StandardMBean(new BrokerControl() {
                @Override
                public void stop() {
                    inLoader(brokerLoader, () -> {
                        broker.shutdown();
                        broker.awaitShutdown();
                    });
                }

                @Override
                public void start() {
                    inLoader(brokerLoader, broker::startup);
                }
            }, BrokerControl.class), new ObjectName(BROKER_CONTROL));
        } catch (Exception e) {
            throw new IllegalStateException("broker control not registered", e);
        }
        return cluster;
    }

    private static void inLoader(ClassLoader loader, Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static final String BROKER_CONTROL = "fi.kuopas.testsupport:type=KafkaTestBroker";

    /** Stops and starts the test broker (as a JMX MBean, the same in every class loader). */
    public interface BrokerControl {
        void stop();

        void start();
    }

    /**
     * Stops the broker as an outage would: clients get no answer until {@link #startBroker()}
     * (the KRaft controller keeps running; the log and the listener's port are kept).
     */
    public static void stopBroker() {
        control("stop");
    }

    /** Starts the broker stopped by {@link #stopBroker()} again, on the same port, with the same data. */
    public static void startBroker() {
        control("start");
    }

    private static void control(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(BROKER_CONTROL), operation, null, null);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka test broker " + operation + " failed", e);
        }
    }

    /** The test profile's password of a service principal (the kit's %test.kuopas.kafka.password). */
    public static String password(String service) {
        return service + "-test-secret";
    }

    /** Client settings of the test's super user: may do anything, as a test harness must. */
    public static Properties adminClientProperties() {
        return KafkaTopology.clientProperties(bootstrap(), ADMIN, ADMIN_PASSWORD);
    }

    /** Client settings of one service principal, e.g. to prove what its ACLs refuse. */
    public static Properties clientProperties(String service) {
        return KafkaTopology.clientProperties(bootstrap(), service, password(service));
    }

    public static String bootstrap() {
        String bootstrap = System.getProperty("kuopas.test.kafka-bootstrap");
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new IllegalStateException("KafkaTestResource has not started");
        }
        return bootstrap;
    }

    /** The broker outlives one Quarkus start: it is shared by the whole test JVM. */
    @Override
    public void stop() {
    }

    /**
     * At JVM exit: Kafka must not halt the JVM with a non-zero code while it shuts down (its fault
     * handlers call Exit.halt), and closing may take at most 15 s, well inside the test runner's
     * exit timeout.
     */
    private static void shutdown() {
        KafkaClusterTestKit running;
        synchronized (KafkaTestResource.class) {
            running = cluster;
            cluster = null;
        }
        if (running == null) {
            return;
        }
        Exit.setExitProcedure((code, message) -> {
        });
        Exit.setHaltProcedure((code, message) -> {
        });
        Thread closer = new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                // the JVM is exiting
            }
        }, "kafka-test-resource-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
