package dev.articlechat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class KeptConversationsTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Object> forgotten = new CopyOnWriteArrayList<>();
    private final KeptConversations<StringBuilder> kept = new KeptConversations<>(2, Duration.ofMinutes(30), now::get,
            forgotten::add);

    @Test
    void theLeastRecentlyUsedIsDroppedAndToldOnce() {
        kept.use("a", StringBuilder::new).append("kept");
        kept.use("b", StringBuilder::new);
        kept.use("a", StringBuilder::new);
        kept.use("c", StringBuilder::new);

        assertThat(forgotten).containsExactly("b");
        assertThat(kept.find("a")).hasValueSatisfying(value -> assertThat(value).hasToString("kept"));
        assertThat(kept.contains("b")).isFalse();
    }

    @Test
    void anIdleConversationIsSweptAndToldAndAStaleOneIsMadeAfresh() {
        kept.use("a", StringBuilder::new).append("old");
        now.addAndGet(Duration.ofMinutes(31).toNanos());

        assertThat(kept.find("a")).isEmpty();
        assertThat(forgotten).containsExactly("a");
        assertThat(kept.use("a", StringBuilder::new)).isEmpty();
        assertThat(kept.size()).isEqualTo(1);
    }
}
