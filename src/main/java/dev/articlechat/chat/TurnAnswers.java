package dev.articlechat.chat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.chat.AnswerEvent.Done;
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
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

/**
 * The final answer of a turn, whatever ended it: the model's (citations checked, each sentence's support
 * judged), a refusal, or, without a model, the documents' own sentences.
 */
@Singleton
class TurnAnswers {

    static final String NOT_IN_DOCUMENTS = "The documents do not say.";

    private final CitationChecker checker;
    private final SupportChecker support;
    private final ExtractiveAnswerer extractive;
    private final Answerability answerability;
    private final LanguageData language;
    private final OllamaStreamingChatModel ollama;

    TurnAnswers(CitationChecker checker, SupportChecker support, ExtractiveAnswerer extractive,
            Answerability answerability, LanguageData language, OllamaStreamingChatModel ollama) {
        this.checker = checker;
        this.support = support;
        this.extractive = extractive;
        this.answerability = answerability;
        this.language = language;
        this.ollama = ollama;
    }

    /** The model finished. */
    Done completed(Turn turn, ChatResponse response) {
        FinishReason finish = response.metadata().finishReason();
        String doneReason = finish == null ? "stop" : finish.name().toLowerCase();
        String notice = doneReason.equals("length")
                ? "The answer was cut at the model's length limit (num_predict): ask for less, or raise "
                        + "quarkus.langchain4j.ollama.chat-model.num-predict"
                : null;
        return model(turn, response.aiMessage().text(), doneReason, notice, response.metadata().tokenUsage(),
                response.aiMessage().thinking());
    }

    /** What had streamed when the reader (or the server's shutdown) stopped, checked like any answer. */
    Done stopped(Turn turn) {
        return model(turn, turn.streamedText(), "stopped", turn.stopNotice(), null, null);
    }

    /** Ollama failed mid-answer: what had streamed is kept, checked, and said to be incomplete. */
    Done cutShort(Turn turn, UpstreamException error) {
        return model(turn, turn.streamedText(), "error", "The answer is incomplete. " + error.getMessage(), null,
                null);
    }

    Done refusal(Turn turn, String why) {
        return new Done(new ChatAnswer(turn.conversationId, NOT_IN_DOCUMENTS, List.of(), List.of(), Source.none,
                notice(turn, why), null, "stop", turn.timings(), Usage.NONE, turn.retrievedIds(), null));
    }

    /** Without a model: the documents' own sentences, unless the passages do not mention what is asked. */
    Done extractive(Turn turn, UpstreamException error) {
        // a follow-up ("How much was that?") is about what its standalone query names
        Optional<List<String>> unmentioned = answerability.uncovered(turn.question, turn.query(), turn.passages());
        if (unmentioned.isPresent()) {
            return refusal(turn, error.getMessage() + ". Without a model, only the documents' own sentences can "
                    + "answer, and the passages closest to the question do not mention “"
                    + String.join("”, “", unmentioned.get()) + "”.");
        }
        CheckedAnswer checked = checker.check(extractive.answer(turn.question, turn.query(), turn.passages()),
                turn.passages());
        return new Done(new ChatAnswer(turn.conversationId, checked.text(), checked.citations(),
                sentenceSupport(checked), Source.extractive, notice(turn, error.getMessage()
                        + ". Meanwhile, this answer quotes the documents' own sentences, without a model."),
                null, "stop", turn.timings(), Usage.NONE, turn.retrievedIds(), null));
    }

    private Done model(Turn turn, String text, String doneReason, String notice, TokenUsage usage, String thinking) {
        CheckedAnswer checked = checker.check(text, turn.passages());
        boolean refused = language.isRefusal(checked.text());
        return new Done(new ChatAnswer(turn.conversationId, checked.text(),
                refused ? List.of() : checked.citations(), refused ? List.of() : sentenceSupport(checked),
                refused ? Source.none : Source.ollama, notice(turn, notice), ollama.model(), doneReason, turn.timings(),
                usage == null ? Usage.NONE : new Usage(usage.inputTokenCount(), usage.outputTokenCount()),
                turn.retrievedIds(), thinking));
    }

    /** The answer's own notice (null when none), then what the conversation's memory lacks, if anything. */
    private static String notice(Turn turn, String notice) {
        String memory = turn.memoryNotice();
        return memory == null ? notice : notice == null ? memory : notice + " " + memory;
    }

    private List<SentenceSupport> sentenceSupport(CheckedAnswer checked) {
        return support.check(checked.text(),
                checked.citations().stream().collect(Collectors.toMap(Citation::n, c -> c.plain().text())));
    }
}
