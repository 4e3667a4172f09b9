package fi.kuopas.cctv.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.cctv.recorder.FakeVideoRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The recorder's answers recorded on video_deletion_batch rows (V13): a row answered alike is one
 * UPDATE; segments answered differently, or a row sent only in part, split so every segment keeps
 * its own status, attempts and confirmation in the per-segment view, each listed exactly once.
 */
@QuarkusTest
class VideoDeletionsTest {

    @Inject
    VideoDeletions videos;

    @Inject
    FakeVideoRecorder recorder;

    @Inject
    EntityManager em;

    /** Segment ids above every id the other tests' segments get. */
    private static long base() {
        return 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 100;
    }

    private void request(long[] ids, String[] refs) {
        StringBuilder idList = new StringBuilder();
        StringBuilder cams = new StringBuilder();
        StringBuilder times = new StringBuilder();
        StringBuilder refList = new StringBuilder();
        String t = "\"" + Instant.now().minus(2, ChronoUnit.DAYS) + "\"";
        for (int i = 0; i < ids.length; i++) {
            String sep = i == 0 ? "" : ",";
            idList.append(sep).append(ids[i]);
            cams.append(sep).append(UUID.randomUUID());
            times.append(sep).append(t);
            refList.append(sep).append('"').append(refs[i]).append('"');
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO video_deletion_batch (reason, requested_at, "
                + "segment_ids, camera_ids, segment_froms, segment_tos, storage_refs, status) VALUES ('ERASURE', :at, "
                + "'{" + idList + "}', '{" + cams + "}', '{" + times + "}', '{" + times + "}', '{" + refList + "}', 'REQUESTED')")
                .setParameter("at", Instant.now().minus(1, ChronoUnit.HOURS)).executeUpdate());
    }

    /** This test's requests only (another test's may have higher ids). */
    private static List<VideoDeletions.Pending> mine(List<VideoDeletions.Pending> pending, long base) {
        return pending.stream().filter(p -> p.segmentId() < base + 100).toList();
    }

    /** "id status attempts confirmed? detail" per segment of the view, by segment id. */
    private List<String> evidence(long from, long to) {
        List<String> out = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object row : em.createNativeQuery("SELECT segment_id, status, attempts, confirmed_at IS NOT NULL, last_error "
                    + "FROM video_deletion WHERE segment_id BETWEEN :from AND :to ORDER BY segment_id")
                    .setParameter("from", from).setParameter("to", to).getResultList()) {
                Object[] r = (Object[]) row;
                out.add((((Number) r[0]).longValue() - from) + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4]);
            }
        });
        return out;
    }

    @Test
    void shouldKeepEachSegmentsAnswerWhenARowIsSentInPartOrAnsweredDifferently() {
        long base = base();
        String down = "nvr-part-" + UUID.randomUUID().toString().substring(0, 8);
        request(new long[] {base + 1, base + 2, base + 3}, new String[] {down + "/1.mkv", "nvr-ok/2.mkv", "nvr-ok/3.mkv"});
        recorder.takeOffline(down);
        try {
            // A retry batch that ends inside the row: two of its three segments sent, answered differently.
            List<VideoDeletions.Pending> first = videos.outstanding(Instant.now(), base, 2);
            assertThat(first).extracting(VideoDeletions.Pending::segmentId).containsExactly(base + 1, base + 2);
            VideoDeletions.Tally tally = videos.send(first);
            assertThat(tally.confirmed).isEqualTo(1);
            assertThat(tally.unconfirmed).isEqualTo(1);
            assertThat(evidence(base, base + 3)).containsExactly(
                    "1 UNCONFIRMED 1 false recorder " + down + " did not answer",
                    "2 CONFIRMED 1 true null",
                    "3 REQUESTED 0 false null");

            recorder.bringOnline(down);
            List<VideoDeletions.Pending> second = mine(videos.outstanding(Instant.now(), base, 10), base);
            assertThat(second).extracting(VideoDeletions.Pending::segmentId).containsExactly(base + 1, base + 3);
            assertThat(videos.send(second).confirmed).isEqualTo(2);
            assertThat(evidence(base, base + 3)).containsExactly(
                    "1 CONFIRMED 2 true null",
                    "2 CONFIRMED 1 true null",
                    "3 CONFIRMED 1 true null");
        } finally {
            recorder.bringOnline(down);
        }
    }

    @Test
    void shouldKeepARowWhoseSegmentsTheRecorderAllLeftUnconfirmedAsOneRow() {
        long base = base();
        String down = "nvr-down-" + UUID.randomUUID().toString().substring(0, 8);
        request(new long[] {base + 1, base + 2}, new String[] {down + "/1.mkv", down + "/2.mkv"});
        recorder.takeOffline(down);
        try {
            List<VideoDeletions.Pending> sent = mine(videos.outstanding(Instant.now(), base, 10), base);
            assertThat(videos.send(sent).unconfirmed).isEqualTo(2);
            assertThat(evidence(base, base + 2)).containsExactly(
                    "1 UNCONFIRMED 1 false recorder " + down + " did not answer",
                    "2 UNCONFIRMED 1 false recorder " + down + " did not answer");
            long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(DISTINCT batch_id) FROM video_deletion WHERE segment_id BETWEEN :from AND :to")
                    .setParameter("from", base).setParameter("to", base + 2).getSingleResult()).longValue());
            assertThat(rows).isEqualTo(1);
        } finally {
            recorder.bringOnline(down);
        }
    }
}
