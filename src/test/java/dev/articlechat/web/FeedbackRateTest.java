package dev.articlechat.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class FeedbackRateTest {

    private final AtomicLong now = new AtomicLong();
    private final FeedbackRate rate = new FeedbackRate(2, now::get);

    @Test
    void theLimitIsOverAnyMinuteAndEachClientHasItsOwn() {
        rate.take("a");
        now.addAndGet(Duration.ofSeconds(40).toNanos());
        rate.take("a");
        assertThatThrownBy(() -> rate.take("a")).isInstanceOf(ApiException.class)
                .hasMessageContaining("try again in 20 s")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ApiException) e).status()).isEqualTo(429));
        assertThatCode(() -> rate.take("b")).doesNotThrowAnyException();
        // a minute after the first rating, one more is allowed; not two
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        rate.take("a");
        assertThatThrownBy(() -> rate.take("a")).isInstanceOf(ApiException.class);
    }
}
