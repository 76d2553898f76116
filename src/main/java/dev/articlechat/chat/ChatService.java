package dev.articlechat.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.chat.AnswerEvent.Done;
import dev.articlechat.chat.AnswerEvent.Token;
import dev.articlechat.chat.ChatAnswer.Source;
import dev.articlechat.grounding.Answerability;
import dev.articlechat.grounding.CheckedAnswer;
import dev.articlechat.grounding.Citation;
import dev.articlechat.grounding.CitationChecker;
import dev.articlechat.grounding.ExtractiveAnswerer;
import dev.articlechat.grounding.SentenceSupport;
import dev.articlechat.grounding.SupportChecker;
import dev.articlechat.ollama.OllamaStreamingChatModel;
import dev.articlechat.ollama.UpstreamException;
import dev.articlechat.retrieval.LanguageData;
import dev.articlechat.retrieval.PassageRetriever;
import dev.articlechat.retrieval.ScoredPassage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.quarkiverse.langchain4j.runtime.aiservice.ChatEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * One question, answered: retrieve passages, ask the model with them, stream its tokens, check its citations.
 * An off-topic question is refused without a model call; a near-topic one goes to the model, whose "the documents
 * do not say" is recognised. When Ollama fails before the first token it answers from the documents alone, and says
 * why, unless the passages do not mention what is asked.
 */
@Singleton
public class ChatService {

    static final String NOT_IN_DOCUMENTS = "The documents do not say.";
    private static final String NOTHING_CLOSE = "No passage of the documents is close enough to the question.";

    private final PassageRetriever retriever;
    private final ArticleAssistant assistant;
    private final CitationChecker checker;
    private final ExtractiveAnswerer extractive;
    private final OllamaStreamingChatModel ollama;
    private final FollowUpQueries followUps;
    private final EmbeddingWork embeddingWork;
    private final Answerability answerability;
    private final LanguageData language;
    private final SupportChecker support;

    public ChatService(PassageRetriever retriever, ArticleAssistant assistant, CitationChecker checker,
            ExtractiveAnswerer extractive, OllamaStreamingChatModel ollama, FollowUpQueries followUps,
            EmbeddingWork embeddingWork, Answerability answerability, LanguageData language, SupportChecker support) {
        this.retriever = retriever;
        this.assistant = assistant;
        this.checker = checker;
        this.extractive = extractive;
        this.ollama = ollama;
        this.followUps = followUps;
        this.embeddingWork = embeddingWork;
        this.answerability = answerability;
        this.language = language;
        this.support = support;
    }

    /** Starts answering {@code question} in conversation {@code conversationId}; nothing runs until subscribed. */
    public Ask ask(String conversationId, String question) {
        return ask(conversationId, question, Set.of());
    }

    /** Likewise, with retrieval limited to {@code documents} (all when it is empty). */
    public Ask ask(String conversationId, String question, Set<String> documents) {
        Turn turn = new Turn(conversationId, question);
        // a follow-up's rewrite waits for the model (a worker thread); embedding is CPU work (threads of its own)
        Multi<AnswerEvent> answer = followUps.standalone(conversationId, question)
                .chain(standalone -> embeddingWork.run(() -> {
                    turn.query = standalone.query();
                    return passages(standalone, documents);
                }))
                .onItem().transformToMulti(passages -> {
                    turn.retrieved(passages);
                    return passages.isEmpty() ? Multi.createFrom().item(turn.refusal(NOTHING_CLOSE)) : generate(turn);
                });
        return new Ask(stoppable(answer, turn), turn::stop);
    }

    /**
     * The passages for a question, or none when it is off-topic. Only what is off-topic is refused before the
     * model; a follow-up in a conversation whose last question was on topic never is (its rewrite may be poor).
     */
    private List<ScoredPassage> passages(FollowUpQueries.Standalone standalone, Set<String> documents) {
        PassageRetriever.Found found = retriever.search(standalone.query(), retriever.maxResults(), documents);
        boolean onTopic = found.onTopic() || standalone.previous()
                .map(previous -> retriever.search(previous, retriever.maxResults(), documents).onTopic())
                .orElse(false);
        return onTopic ? found.passages() : List.of();
    }

    private Multi<AnswerEvent> generate(Turn turn) {
        return assistant.answer(turn.conversationId, PromptPassages.format(turn.passages), turn.question)
                .onItem().transformToIterable(turn::onEvent)
                .onFailure(UpstreamException.class).recoverWithMulti(error -> turn.streamed()
                        ? Multi.createFrom().item(turn.cutShort((UpstreamException) error))
                        // a failure arrives on an event loop: the extractive answer embeds, so it runs elsewhere
                        : embeddingWork.run(() -> turn.extractive((UpstreamException) error)).toMulti());
    }

    /** The answer's events, cut short by {@link Turn#stop()}: upstream cancelled, then a stopped done. */
    private static Multi<AnswerEvent> stoppable(Multi<AnswerEvent> answer, Turn turn) {
        return Multi.createFrom().emitter(emitter -> {
            // The stop action is registered before upstream runs. This lambda may run on an event loop that holds
            // its connection's lock (RESTEasy subscribes from a write listener), while an upstream thread that
            // holds the turn's lock (emitUnlessStopped) writes to that same connection: taking the turn's lock
            // here once upstream runs deadlocked both (found by the soak, SoakBenchmark).
            AtomicReference<Cancellable> upstream = new AtomicReference<>();
            turn.onStop(() -> {
                cancel(upstream);
                emitter.emit(turn.stopped());
                emitter.complete();
            });
            emitter.onTermination(() -> cancel(upstream));
            upstream.set(answer.subscribe().with(
                    event -> turn.emitUnlessStopped(() -> emitter.emit(event)),
                    error -> turn.emitUnlessStopped(() -> emitter.fail(error)),
                    () -> turn.emitUnlessStopped(emitter::complete)));
            if (emitter.isCancelled()) {
                cancel(upstream); // terminated while subscribing
            }
        });
    }

    private static void cancel(AtomicReference<Cancellable> upstream) {
        Cancellable current = upstream.get();
        if (current != null) {
            current.cancel();
        }
    }

    /** The state of one ask while it streams. */
    private final class Turn {
        private final String conversationId;
        private final String question;
        private final long started = System.nanoTime();
        private final StringBuilder streamedText = new StringBuilder();
        private volatile String query;
        private List<ScoredPassage> passages = List.of();
        private long retrievalMs;
        private volatile Long firstTokenMs;
        private boolean stopped;
        private Runnable onStop;

        Turn(String conversationId, String question) {
            this.conversationId = conversationId;
            this.question = question;
        }

        void retrieved(List<ScoredPassage> found) {
            passages = found;
            retrievalMs = elapsedMs();
        }

        synchronized void onStop(Runnable action) {
            onStop = action;
        }

        /** Stops once: later events from upstream are dropped. */
        void stop() {
            Runnable action;
            synchronized (this) {
                if (stopped || onStop == null) {
                    return;
                }
                stopped = true;
                action = onStop;
            }
            action.run();
        }

        synchronized void emitUnlessStopped(Runnable emission) {
            if (!stopped) {
                emission.run();
            }
        }

        boolean streamed() {
            return firstTokenMs != null;
        }

        List<AnswerEvent> onEvent(ChatEvent event) {
            if (event instanceof ChatEvent.PartialResponseEvent partial && !partial.getChunk().isEmpty()) {
                if (firstTokenMs == null) {
                    firstTokenMs = elapsedMs();
                }
                synchronized (this) {
                    streamedText.append(partial.getChunk());
                }
                return List.of(new Token(partial.getChunk()));
            }
            if (event instanceof ChatEvent.ChatCompletedEvent completed) {
                return List.of(done(completed.getChatResponse()));
            }
            return List.of();
        }

        private Done done(ChatResponse response) {
            FinishReason finish = response.metadata().finishReason();
            String doneReason = finish == null ? "stop" : finish.name().toLowerCase();
            String notice = doneReason.equals("length")
                    ? "The answer was cut at the model's length limit (num_predict): ask for less, or raise "
                            + "quarkus.langchain4j.ollama.chat-model.num-predict"
                    : null;
            return modelAnswer(response.aiMessage().text(), doneReason, notice, response.metadata().tokenUsage(),
                    response.aiMessage().thinking());
        }

        /** What had streamed when the user stopped, checked like any answer. */
        synchronized Done stopped() {
            return modelAnswer(streamedText.toString(), "stopped", null, null, null);
        }

        /** Ollama failed mid-answer: what had streamed is kept, checked, and said to be incomplete. */
        synchronized Done cutShort(UpstreamException error) {
            return modelAnswer(streamedText.toString(), "error",
                    "The answer is incomplete. " + error.getMessage(), null, null);
        }

        private Done modelAnswer(String text, String doneReason, String notice, TokenUsage usage, String thinking) {
            CheckedAnswer checked = checker.check(text, passages);
            boolean refused = language.isRefusal(checked.text());
            return new Done(new ChatAnswer(conversationId, checked.text(), refused ? List.of() : checked.citations(),
                    refused ? List.of() : sentenceSupport(checked), refused ? Source.none : Source.ollama, notice,
                    ollama.model(), doneReason, timings(),
                    usage == null ? Usage.NONE : new Usage(usage.inputTokenCount(), usage.outputTokenCount()),
                    retrievedIds(), thinking));
        }

        Done refusal(String why) {
            return new Done(new ChatAnswer(conversationId, NOT_IN_DOCUMENTS, List.of(), List.of(), Source.none, why,
                    null, "stop", timings(), Usage.NONE, retrievedIds(), null));
        }

        /** Without a model: the documents' own sentences, unless the passages do not mention what is asked. */
        Done extractive(UpstreamException error) {
            // a follow-up ("How much was that?") is about what its standalone query names
            Optional<List<String>> unmentioned = answerability.uncovered(query, passages);
            if (unmentioned.isPresent()) {
                return refusal(error.getMessage() + ". Without a model, only the documents' own sentences can answer, "
                        + "and the passages closest to the question do not mention “"
                        + String.join("”, “", unmentioned.get()) + "”.");
            }
            CheckedAnswer checked = checker.check(extractive.answer(question, query, passages), passages);
            return new Done(new ChatAnswer(conversationId, checked.text(), checked.citations(),
                    sentenceSupport(checked), Source.extractive,
                    error.getMessage() + ". Meanwhile, this answer quotes the documents' own sentences, without a model.",
                    null, "stop", timings(), Usage.NONE, retrievedIds(), null));
        }

        private List<SentenceSupport> sentenceSupport(CheckedAnswer checked) {
            return support.check(checked.text(),
                    checked.citations().stream().collect(Collectors.toMap(Citation::n, c -> c.plain().text())));
        }

        private List<String> retrievedIds() {
            return passages.stream().map(p -> p.passage().id()).toList();
        }

        private Timings timings() {
            return new Timings(retrievalMs, firstTokenMs, elapsedMs());
        }

        private long elapsedMs() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }
    }
}
