package dev.articlechat.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.quarkus.logging.Log;

/**
 * Something kept per conversation in this process, bounded as conversations are: at most {@code max-conversations}
 * (the least recently used dropped first), each forgotten once unused for {@code conversation-idle-timeout}.
 * Thread-safe; what is kept guards its own state.
 */
final class KeptConversations<V> {

    private static final class Entry<V> {
        final V value;
        volatile long lastUsed;

        Entry(V value, long now) {
            this.value = value;
            this.lastUsed = now;
        }
    }

    private final long idleNanos;
    private final LongSupplier clock;
    private final Consumer<Object> onForget;
    private final Map<Object, Entry<V>> entries;
    /** Conversations dropped under the map's lock, told to {@code onForget} once it is released. */
    private final List<Object> forgotten = new ArrayList<>();
    private long nextSweep;

    KeptConversations(int maxConversations, Duration idleTimeout, LongSupplier clock) {
        this(maxConversations, idleTimeout, clock, conversationId -> {
        });
    }

    /** Likewise, telling {@code onForget} each conversation dropped (idle, or the least recently used). */
    KeptConversations(int maxConversations, Duration idleTimeout, LongSupplier clock, Consumer<Object> onForget) {
        this.idleNanos = idleTimeout.toNanos();
        this.clock = clock;
        this.onForget = onForget;
        this.nextSweep = clock.getAsLong() + idleNanos;
        // access order: the least recently used comes first, and is dropped when one too many is added
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry<V>> eldest) {
                boolean drop = size() > maxConversations;
                if (drop) {
                    forgotten.add(eldest.getKey());
                }
                return drop;
            }
        });
    }

    /** What is kept for the conversation, made afresh when there is none (or it was idle too long); used now. */
    V use(Object conversationId, Supplier<V> make) {
        long now = forgetIdle();
        V value;
        synchronized (entries) {
            Entry<V> entry = entries.get(conversationId);
            if (entry == null || isIdle(entry, now)) {
                entry = new Entry<>(make.get(), now);
                entries.put(conversationId, entry);
            }
            entry.lastUsed = now;
            value = entry.value;
        }
        tellForgotten();
        return value;
    }

    /** What is kept for the conversation, if it was used within the idle time-out; used now. */
    Optional<V> find(Object conversationId) {
        long now = forgetIdle();
        Entry<V> entry = entries.get(conversationId);
        if (entry == null || isIdle(entry, now)) {
            return Optional.empty();
        }
        entry.lastUsed = now;
        return Optional.of(entry.value);
    }

    /** Whether the conversation is kept, without counting this as a use. */
    boolean contains(Object conversationId) {
        long now = forgetIdle();
        Entry<V> entry = entries.get(conversationId);
        return entry != null && !isIdle(entry, now);
    }

    int size() {
        return entries.size();
    }

    private boolean isIdle(Entry<V> entry, long now) {
        return now - entry.lastUsed >= idleNanos;
    }

    /** Sweeps at most once per tenth of the idle period: the map is in access order, so the idle ones come first. */
    private long forgetIdle() {
        long now = clock.getAsLong();
        synchronized (entries) {
            if (now - nextSweep >= 0) {
                nextSweep = now + Math.max(idleNanos / 10, 1);
                entries.entrySet().removeIf(entry -> {
                    boolean idle = isIdle(entry.getValue(), now);
                    if (idle) {
                        forgotten.add(entry.getKey());
                    }
                    return idle;
                });
            }
        }
        tellForgotten();
        return now;
    }

    /** Outside the map's lock: what {@code onForget} does may come back here. */
    private void tellForgotten() {
        List<Object> told;
        synchronized (entries) {
            if (forgotten.isEmpty()) {
                return;
            }
            told = List.copyOf(forgotten);
            forgotten.clear();
        }
        Log.debugf("Forgot %d conversation(s)", told.size());
        told.forEach(onForget);
    }
}
