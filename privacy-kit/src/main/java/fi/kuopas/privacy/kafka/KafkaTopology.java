package fi.kuopas.privacy.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The suite's Kafka principals, topics and ACLs — one definition used by the test broker
 * (test-support), the local launcher (bin/suite) and docker-compose (its kafka-setup step):
 * <ul>
 * <li>consent-service alone writes {@value #CONSENT_EVENTS};</li>
 * <li>each register reads it with its own consumer group (its application name) and writes only
 * its own dead-letter topic {@code consent-events.dlq.<register>};</li>
 * <li>every service writes {@value #AUDIT_SEALS}; only the gateway reads it (group
 * {@value #AUDIT_SEALS_GROUP}).</li>
 * </ul>
 * Only kafka-clients is used, so the class runs on the launcher's plain classpath too
 * ({@link #main}).
 */
public final class KafkaTopology {

    public static final String CONSENT_EVENTS = "consent-events";
    public static final String AUDIT_SEALS = "audit-seals";
    public static final String AUDIT_SEALS_GROUP = "gateway-audit-seals";
    public static final String PRODUCER = "consent-service";
    public static final List<String> REGISTERS = List.of("customer-register-service", "personnel-register-service",
            "stakeholder-register-service", "cctv-register-service");
    public static final String GATEWAY = "gateway";
    public static final int CONSENT_EVENT_PARTITIONS = 3;

    private KafkaTopology() {
    }

    /** Every service principal: consent-service, the four registers and the gateway. */
    public static List<String> principals() {
        List<String> all = new ArrayList<>();
        all.add(PRODUCER);
        all.addAll(REGISTERS);
        all.add(GATEWAY);
        return all;
    }

    /** The dead-letter topic of one consuming register. */
    public static String deadLetterTopic(String register) {
        return CONSENT_EVENTS + ".dlq." + register;
    }

    public static List<NewTopic> topics() {
        List<NewTopic> topics = new ArrayList<>();
        topics.add(new NewTopic(CONSENT_EVENTS, CONSENT_EVENT_PARTITIONS, (short) 1));
        topics.add(new NewTopic(AUDIT_SEALS, 1, (short) 1));
        for (String register : REGISTERS) {
            topics.add(new NewTopic(deadLetterTopic(register), 1, (short) 1));
        }
        return topics;
    }

    public static List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        topic(acls, PRODUCER, CONSENT_EVENTS, AclOperation.WRITE, AclOperation.DESCRIBE);
        for (String register : REGISTERS) {
            topic(acls, register, CONSENT_EVENTS, AclOperation.READ, AclOperation.DESCRIBE);
            group(acls, register, register);
            topic(acls, register, deadLetterTopic(register), AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        for (String service : principals()) {
            topic(acls, service, AUDIT_SEALS, AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        topic(acls, GATEWAY, AUDIT_SEALS, AclOperation.READ);
        group(acls, GATEWAY, AUDIT_SEALS_GROUP);
        return acls;
    }

    /**
     * Creates (or updates) the SCRAM-SHA-512 credentials of the given principals, the topics and
     * the ACLs. Idempotent: run again on an existing broker it changes nothing but passwords.
     */
    public static void apply(Admin admin, Map<String, String> passwords) throws ExecutionException, InterruptedException {
        List<UserScramCredentialAlteration> users = new ArrayList<>();
        passwords.forEach((user, password) -> users.add(new UserScramCredentialUpsertion(user,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)));
        try {
            admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
            for (NewTopic topic : topics()) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            admin.createAcls(acls()).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not accept the topology within 30 s", e);
        }
    }

    /** Client settings of a SCRAM-SHA-512 principal. */
    public static Properties clientProperties(String bootstrap, String user, String password) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        return p;
    }

    /**
     * {@code KafkaTopology BOOTSTRAP}: logs in with the super user in KAFKA_ADMIN_USER /
     * KAFKA_ADMIN_PASSWORD (SCRAM-SHA-512, or PLAIN when KAFKA_ADMIN_MECHANISM=PLAIN, as in
     * docker-compose) and gives each service principal the password in
     * KAFKA_PASSWORD_&lt;NAME&gt; (e.g. KAFKA_PASSWORD_CONSENT_SERVICE).
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: KafkaTopology BOOTSTRAP");
        }
        String adminUser = env("KAFKA_ADMIN_USER");
        String adminPassword = env("KAFKA_ADMIN_PASSWORD");
        Properties p = clientProperties(args[0], adminUser, adminPassword);
        if ("PLAIN".equals(System.getenv("KAFKA_ADMIN_MECHANISM"))) {
            p.put("sasl.mechanism", "PLAIN");
            p.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                    + adminUser + "\" password=\"" + adminPassword + "\";");
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String service : principals()) {
            passwords.put(service, env("KAFKA_PASSWORD_" + service.toUpperCase().replace('-', '_')));
        }
        try (Admin admin = Admin.create(p)) {
            apply(admin, passwords);
        }
        System.out.println("Kafka topology applied: " + passwords.keySet().size() + " principals, "
                + topics().size() + " topics, " + acls().size() + " ACLs");
    }

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return v;
    }

    private static void topic(Collection<AclBinding> acls, String principal, String topic, AclOperation... ops) {
        for (AclOperation op : ops) {
            acls.add(new AclBinding(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                    new AccessControlEntry("User:" + principal, "*", op, AclPermissionType.ALLOW)));
        }
    }

    private static void group(Collection<AclBinding> acls, String principal, String group) {
        acls.add(new AclBinding(new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL),
                new AccessControlEntry("User:" + principal, "*", AclOperation.READ, AclPermissionType.ALLOW)));
    }
}
