package dev.articlechat.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;

class GenerationQueueTest {

    private final GenerationQueue queue = new GenerationQueue(2, 3);

    @Test
    void slotsAreGivenAtOnceUpToParallelThenFirstComeFirstServed() {
        UniAssertSubscriber<GenerationQueue.Slot> first = wait(queue, new CopyOnWriteArrayList<>());
        UniAssertSubscriber<GenerationQueue.Slot> second = wait(queue, new CopyOnWriteArrayList<>());
        List<Integer> thirdHeard = new CopyOnWriteArrayList<>();
        List<Integer> fourthHeard = new CopyOnWriteArrayList<>();
        UniAssertSubscriber<GenerationQueue.Slot> third = wait(queue, thirdHeard);
        UniAssertSubscriber<GenerationQueue.Slot> fourth = wait(queue, fourthHeard);

        first.assertCompleted();
        second.assertCompleted();
        third.assertNotTerminated();
        fourth.assertNotTerminated();
        assertThat(queue.inFlight()).isEqualTo(2);
        assertThat(queue.waiting()).isEqualTo(2);

        first.getItem().release();
        third.assertCompleted();
        fourth.assertNotTerminated();
        first.getItem().release(); // a second release gives nothing back
        fourth.assertNotTerminated();
        second.getItem().release();
        fourth.assertCompleted();

        assertThat(thirdHeard).containsExactly(0);
        assertThat(fourthHeard).containsExactly(1, 0);
    }

    @Test
    void aWaitCancelledLeavesTheQueueAndThoseBehindMoveUp() {
        wait(queue, new CopyOnWriteArrayList<>());
        wait(queue, new CopyOnWriteArrayList<>());
        UniAssertSubscriber<GenerationQueue.Slot> third = wait(queue, new CopyOnWriteArrayList<>());
        List<Integer> fourthHeard = new CopyOnWriteArrayList<>();
        wait(queue, fourthHeard);

        third.cancel();

        assertThat(queue.waiting()).isEqualTo(1);
        assertThat(fourthHeard).containsExactly(1, 0);
    }

    @Test
    void beyondMaxQueueASlotIsRefusedAsBusyAndNothingWaits() {
        for (int i = 0; i < 5; i++) {
            wait(queue, new CopyOnWriteArrayList<>());
        }
        UniAssertSubscriber<GenerationQueue.Slot> sixth = wait(queue, new CopyOnWriteArrayList<>());

        sixth.assertFailedWith(GenerationQueue.Busy.class, "busy");
        assertThat(queue.waiting()).isEqualTo(3);
    }

    private static UniAssertSubscriber<GenerationQueue.Slot> wait(GenerationQueue queue, List<Integer> heard) {
        return queue.slot(heard::add).subscribe().withSubscriber(UniAssertSubscriber.create());
    }
}
