package fi.kuopas.cctv.recorder;

import fi.kuopas.cctv.service.CctvConfig;
import io.quarkus.arc.DefaultBean;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the recorders until a real client is configured (a bean implementing
 * {@link VideoRecorder} replaces it). Deterministic, and as unreliable as a recorder network is:
 * <ul>
 * <li>every call takes {@code kuopas.cctv.recorder.fake.latency};</li>
 * <li>a recorder listed in {@code kuopas.cctv.recorder.fake.offline-recorders} (the storage
 * reference up to its first '/', e.g. {@code nvr-koivukuja}) does not answer: its segments stay
 * unconfirmed until it is back ({@link #bringOnline});</li>
 * <li>with {@code kuopas.cctv.recorder.fake.unconfirmed-one-in} = n &gt; 0, every n-th answer
 * (counted over all calls) is a timeout, so a retry of that segment normally succeeds.</li>
 * </ul>
 */
@DefaultBean
@ApplicationScoped
public class FakeVideoRecorder implements VideoRecorder {

    private final Duration latency;
    private final int unconfirmedOneIn;
    private final Set<String> offline = ConcurrentHashMap.newKeySet();
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();

    public FakeVideoRecorder(CctvConfig config) {
        CctvConfig.Recorder.Fake fake = config.recorder().fake();
        this.latency = fake.latency();
        this.unconfirmedOneIn = fake.unconfirmedOneIn();
        fake.offlineRecorders().ifPresent(offline::addAll);
        Log.infof("video deletions go to the fake recorder (latency %s, offline %s, one in %d unconfirmed)", latency, offline,
                unconfirmedOneIn);
    }

    @Override
    public List<DeletionAnswer> requestDeletion(List<Video> videos) {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the recorder", e);
            }
        }
        List<DeletionAnswer> result = new ArrayList<>(videos.size());
        for (Video v : videos) {
            String recorder = recorderOf(v.storageRef());
            long n = answers.incrementAndGet();
            if (offline.contains(recorder)) {
                result.add(DeletionAnswer.unconfirmed(v.segmentId(), "recorder " + recorder + " did not answer"));
            } else if (unconfirmedOneIn > 0 && n % unconfirmedOneIn == 0) {
                result.add(DeletionAnswer.unconfirmed(v.segmentId(), "recorder " + recorder + " timed out"));
            } else {
                deleted.incrementAndGet();
                result.add(DeletionAnswer.confirmed(v.segmentId()));
            }
        }
        return result;
    }

    /** The recorder of a storage reference: the part before the first '/'. */
    public static String recorderOf(String storageRef) {
        int slash = storageRef.indexOf('/');
        return slash < 0 ? storageRef : storageRef.substring(0, slash);
    }

    /** Simulates a recorder going down: its deletions stay unconfirmed. */
    public void takeOffline(String recorder) {
        offline.add(recorder);
    }

    /** Simulates a recorder coming back: the next sweep's retry is confirmed. */
    public void bringOnline(String recorder) {
        offline.remove(recorder);
    }

    /** Videos this fake has confirmed deleted since start. */
    public long deletedCount() {
        return deleted.get();
    }
}
