package dev.articlechat.chat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.articlechat.retrieval.ScoredPassage;

/** The state of one ask while it is answered: what it found, what has streamed, where its time went, and stop. */
final class Turn {

    final String conversationId;
    final String question;
    private final long started = System.nanoTime();
    private final StringBuilder streamed = new StringBuilder();
    private volatile String query;
    private volatile List<ScoredPassage> passages = List.of();
    private volatile long retrievalMs;
    private volatile Long firstTokenMs;
    private long queuedNanos;
    private long queuedSince;
    private boolean stopped;
    private String stopNotice;
    private volatile String memoryNotice;
    private Runnable onStop;
    private Consumer<AnswerEvent> sideEvents = event -> {
    };

    Turn(String conversationId, String question) {
        this.conversationId = conversationId;
        this.question = question;
    }

    /** The conversation's memory failed this turn (its earlier turns, or saving this one): the answer says so. */
    void memoryFailed(String notice) {
        memoryNotice = notice;
    }

    /** Why this turn's answer lacks the conversation's history or will be missing from it; null when it is not. */
    String memoryNotice() {
        return memoryNotice;
    }

    /** The query retrieval used: the question itself, or a follow-up's standalone rewrite. */
    String query() {
        return query;
    }

    void retrieved(String usedQuery, List<ScoredPassage> found) {
        query = usedQuery;
        passages = found;
        retrievalMs = elapsedMs();
    }

    List<ScoredPassage> passages() {
        return passages;
    }

    List<String> retrievedIds() {
        return passages.stream().map(p -> p.passage().id()).toList();
    }

    /** Wires the turn to its event stream: what stopping does, and where queue positions go. */
    synchronized void attach(Runnable stopAction, Consumer<AnswerEvent> events) {
        onStop = stopAction;
        sideEvents = events;
    }

    /** Stops once, as the reader asked: later events from upstream are dropped. */
    void stop() {
        stop(null);
    }

    /** Stops once, with {@code notice} saying why when it was not the reader's choice. */
    void stop(String notice) {
        Runnable action;
        synchronized (this) {
            if (stopped || onStop == null) {
                return;
            }
            stopped = true;
            stopNotice = notice;
            action = onStop;
        }
        action.run();
    }

    synchronized String stopNotice() {
        return stopNotice;
    }

    synchronized void emitUnlessStopped(Runnable emission) {
        if (!stopped) {
            emission.run();
        }
    }

    /** The ask waits for a model slot with {@code position} ahead of it. */
    void queued(int position) {
        synchronized (this) {
            if (queuedSince == 0) {
                queuedSince = System.nanoTime();
            }
        }
        emitUnlessStopped(() -> sideEvents.accept(new AnswerEvent.Queued(position)));
    }

    /** The wait for a model slot is over (it got one, or gave up). */
    synchronized void dequeued() {
        if (queuedSince != 0) {
            queuedNanos += System.nanoTime() - queuedSince;
            queuedSince = 0;
        }
    }

    AnswerEvent.Token token(String text) {
        if (firstTokenMs == null) {
            firstTokenMs = elapsedMs();
        }
        synchronized (this) {
            streamed.append(text);
        }
        return new AnswerEvent.Token(text);
    }

    boolean streamed() {
        return firstTokenMs != null;
    }

    synchronized String streamedText() {
        return streamed.toString();
    }

    Timings timings() {
        dequeued();
        long queuedMs;
        synchronized (this) {
            queuedMs = TimeUnit.NANOSECONDS.toMillis(queuedNanos);
        }
        return new Timings(retrievalMs, firstTokenMs, elapsedMs(), queuedMs);
    }

    private long elapsedMs() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
