package dev.articlechat.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;

/** At most {@code max-per-minute} ratings per client address in any minute, so that no script fills the disk. */
@Singleton
public class FeedbackRate {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final int maxPerMinute;
    private final LongSupplier clock;
    /** Per client, when its ratings of the last minute came, oldest first. */
    private final Map<String, Deque<Long>> recent = new HashMap<>();
    private long nextSweep;

    @Inject
    public FeedbackRate(ArticleChatConfig config) {
        this(config.feedback().maxPerMinute(), System::nanoTime);
    }

    FeedbackRate(int maxPerMinute, LongSupplier clock) {
        this.maxPerMinute = maxPerMinute;
        this.clock = clock;
        this.nextSweep = clock.getAsLong() + MINUTE;
    }

    /** Counts one rating from {@code client}; an {@link ApiException} 429 when it has sent its share this minute. */
    public synchronized void take(String client) {
        long now = clock.getAsLong();
        if (now - nextSweep >= 0) {
            // clients silent for a minute are forgotten, so that the map holds only the recent ones
            recent.values().removeIf(times -> times.isEmpty() || now - times.peekLast() >= MINUTE);
            nextSweep = now + MINUTE;
        }
        Deque<Long> times = recent.computeIfAbsent(client, address -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= MINUTE) {
            times.removeFirst();
        }
        if (times.size() >= maxPerMinute) {
            long waitSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(MINUTE - (now - times.peekFirst())));
            throw new ApiException(429, "Too many ratings from your address (the limit is " + maxPerMinute
                    + " a minute): try again in " + waitSeconds + " s");
        }
        times.addLast(now);
    }
}
