package fi.kuopas.cctv.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** CCTV rules as configuration (docs/domain-rules.md; [A] = our choice where the law leaves one). */
@ConfigMapping(prefix = "kuopas.cctv")
public interface CctvConfig {

    Retention retention();

    /** Longest time window of a footage request or a segment search: a person, not a trawl, reviews it [A]. */
    @WithDefault("PT24H")
    Duration maxWindow();

    /** Longest time range one legal hold may cover [A]. */
    @WithDefault("P31D")
    Duration maxHoldWindow();

    /** Most segment rows accepted in one ingestion call. */
    @WithDefault("10000")
    int maxIngestBatch();

    /**
     * Segments deleted per transaction by the retention sweep, and video deletions per call to the
     * recorder (50,000: a fifth of the chunks, calls and commits of 10,000; docs/benchmarks.md).
     */
    @WithDefault("50000")
    int sweepChunk();

    /** The recorders that hold the video; see {@link fi.kuopas.cctv.recorder.VideoRecorder}. */
    Recorder recorder();

    interface Recorder {

        /** The stand-in recorder used until a real client is configured. */
        Fake fake();

        interface Fake {
            /** Time one deletion call takes. */
            @WithDefault("PT0.05S")
            Duration latency();

            /** Recorders (storage reference up to the first '/') that do not answer. */
            Optional<Set<String>> offlineRecorders();

            /** Every n-th answer is a timeout (unconfirmed); 0 = never. */
            @WithDefault("0")
            int unconfirmedOneIn();
        }
    }

    interface Retention {
        /** Days a segment is kept when the camera does not say otherwise [A]. */
        @WithDefault("14")
        int defaultDays();

        /** Upper limit where no employees are filmed: "a few days to at most three weeks" [G/P]. */
        @WithDefault("21")
        int maxDays();

        /** Upper limit where employees are filmed (Act 759/2004 §17: at most one year). */
        @WithDefault("365")
        int maxDaysEmployees();
    }
}
