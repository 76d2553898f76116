package dev.articlechat.chat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import dev.articlechat.metrics.ChatMeters;
import dev.articlechat.ollama.GenerationQueue;
import dev.articlechat.ollama.UpstreamException;
import dev.articlechat.retrieval.PassageRetriever;
import dev.articlechat.retrieval.ScoredPassage;
import io.quarkiverse.langchain4j.runtime.aiservice.ChatEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * One question, answered: retrieve passages, wait for a model slot, ask the model with them, stream its tokens.
 * An off-topic question is refused without a model call (and without queueing); a near-topic one goes to the model,
 * whose "the documents do not say" is recognised. When Ollama fails before the first token it answers from the
 * documents alone, and says why, unless the passages do not mention what is asked.
 */
@Singleton
public class ChatService {

    static final String NOTHING_CLOSE = "No passage of the documents is close enough to the question.";

    private final PassageRetriever retriever;
    private final ArticleAssistant assistant;
    private final FollowUpQueries followUps;
    private final ConversationMemories memories;
    private final EmbeddingWork embeddingWork;
    private final GenerationQueue queue;
    private final TurnAnswers answers;
    private final ChatMeters meters;
    private final AnswersInProgress inProgress;
    private final Transcripts transcripts;

    public ChatService(PassageRetriever retriever, ArticleAssistant assistant, FollowUpQueries followUps,
            ConversationMemories memories, EmbeddingWork embeddingWork, GenerationQueue queue, TurnAnswers answers,
            ChatMeters meters, AnswersInProgress inProgress, Transcripts transcripts) {
        this.memories = memories;
        this.inProgress = inProgress;
        this.meters = meters;
        this.transcripts = transcripts;
        this.retriever = retriever;
        this.assistant = assistant;
        this.followUps = followUps;
        this.embeddingWork = embeddingWork;
        this.queue = queue;
        this.answers = answers;
    }

    /** Starts answering {@code question} in conversation {@code conversationId}; nothing runs until subscribed. */
    public Ask ask(String conversationId, String question) {
        return ask(conversationId, question, Set.of());
    }

    /** Likewise, with retrieval limited to {@code documents} (all when it is empty). */
    public Ask ask(String conversationId, String question, Set<String> documents) {
        Turn turn = new Turn(conversationId, question);
        // a follow-up's rewrite waits for the model (a worker thread); embedding is CPU work (threads of its own)
        Multi<AnswerEvent> answer = memories.recall(conversationId, question)
                .invoke(recalled -> recalled.notice().ifPresent(turn::memoryFailed))
                .chain(recalled -> followUps.standalone(conversationId, question, recalled.previousQuestion(),
                        () -> slot(turn)))
                .chain(standalone -> embeddingWork.run(() -> {
                    List<ScoredPassage> passages = passages(standalone, documents);
                    turn.retrieved(standalone.query(), passages);
                    return passages;
                }))
                .onItem().transformToMulti(passages -> passages.isEmpty() ? offTopic(turn) : generate(turn));
        Multi<AnswerEvent> events = Stoppable.events(answer, turn, () -> answers.stopped(turn))
                // concatenated: the done waits for its index, and nothing overtakes it
                .onItem().transformToUniAndConcatenate(event -> event instanceof AnswerEvent.Done done
                        ? finished(turn, done)
                        : Uni.createFrom().item(event))
                .onSubscription().invoke(() -> inProgress.add(turn))
                .onTermination().invoke(() -> inProgress.remove(turn));
        return new Ask(events, turn::stop);
    }

    /**
     * A turn's done, counted and kept in its transcript (a turn that fails ends in an error, with no done); one that
     * could not be kept goes out without a {@code turn}, as it cannot be exported or rated.
     */
    private Uni<AnswerEvent> finished(Turn turn, AnswerEvent.Done done) {
        ChatAnswer answered = done.answer();
        meters.answered(answered.source().name(), answered.doneReason(), answered.timings().firstTokenMs(),
                answered.timings().totalMs());
        return transcripts.record(turn.conversationId, new TranscriptTurn(turn.question, answered))
                .<AnswerEvent>map(index -> new AnswerEvent.Done(
                        index.isPresent() ? answered.withTurn(index.getAsInt()) : answered));
    }

    /**
     * The passages for a question, or none when it is off-topic. Only what is off-topic is refused before the
     * model; a follow-up in a conversation whose last question was on topic never is (its rewrite may be poor).
     */
    private List<ScoredPassage> passages(FollowUpQueries.Standalone standalone, Set<String> documents) {
        PassageRetriever.Found found = retriever.search(standalone.query(), standalone.alsoSearched(),
                retriever.maxResults(), documents);
        boolean onTopic = found.onTopic() || standalone.previous()
                .map(previous -> retriever.search(previous, retriever.maxResults(), documents).onTopic())
                .orElse(false);
        return onTopic ? found.passages() : List.of();
    }

    private Multi<AnswerEvent> offTopic(Turn turn) {
        meters.refusedBeforeModel();
        return Multi.createFrom().item(answers.refusal(turn, NOTHING_CLOSE));
    }

    /** A model slot for this turn; while it waits, the turn hears its place in the queue. */
    private Uni<GenerationQueue.Slot> slot(Turn turn) {
        long asked = System.nanoTime();
        return queue.slot(turn::queued)
                .onItem().invoke(() -> meters.queueWait(Duration.ofNanos(System.nanoTime() - asked)))
                .onFailure(GenerationQueue.Busy.class).invoke(() -> meters.rejected("queue.full"))
                .onTermination().invoke(turn::dequeued);
    }

    private Multi<AnswerEvent> generate(Turn turn) {
        return slot(turn).onItem().transformToMulti(slot -> assistant
                .answer(turn.conversationId, PromptPassages.format(turn.passages()), turn.question)
                .onTermination().invoke(slot::release))
                .onItem().transformToUniAndConcatenate(event -> onEvent(turn, event))
                .onFailure(UpstreamException.class).recoverWithMulti(error -> turn.streamed()
                        ? Multi.createFrom().item(answers.cutShort(turn, (UpstreamException) error))
                        // a failure arrives on an event loop: the extractive answer embeds, so it runs elsewhere
                        : embeddingWork.run(() -> answers.extractive(turn, (UpstreamException) error)).toMulti());
    }

    /** A token, or the done once the conversation is kept (a follow-up on another instance may come at once). */
    private Uni<AnswerEvent> onEvent(Turn turn, ChatEvent event) {
        if (event instanceof ChatEvent.PartialResponseEvent partial && !partial.getChunk().isEmpty()) {
            return Uni.createFrom().item(turn.token(partial.getChunk()));
        }
        if (event instanceof ChatEvent.ChatCompletedEvent completed) {
            // a turn that started without its history must not overwrite the history kept
            Uni<Optional<String>> kept = turn.memoryNotice() == null ? memories.remember(turn.conversationId)
                    : Uni.createFrom().item(Optional.empty());
            return kept.map(notice -> {
                notice.ifPresent(turn::memoryFailed);
                return answers.completed(turn, completed.getChatResponse());
            });
        }
        return Uni.createFrom().nullItem(); // dropped from the stream
    }
}
