package dev.articlechat.retrieval;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.EmbeddingCache;
import dev.articlechat.ingest.Passage;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether a question is about the documents at all, from the documents' own statistics: at start-up, generic questions
 * (about nothing in particular, {@link LanguageData#genericQuestions()}) are matched against the passages, and where
 * their best scores fall is what "off-topic" looks like for this corpus. A question is off-topic only when its best
 * passage scores below that baseline's configured quantile, at least half of its salient words (those not of asking,
 * nor found all over the documents, nor lacking from them but said in other words) are not distinctive words of the
 * documents ("a good recipe for pancakes" shares "good" with an article on trade goods, and is still off-topic), and
 * the closest sentence of its passages also scores below the same quantile of the generic questions' closest sentences.
 * A passage on several things matches a question on one of them weakly: "are there links in education, like students
 * going back and forth?" is about one sentence ("The two countries also started student exchange programs.") of a
 * passage on diplomatic and economic ties. A near-topic question is left to the model (or, without one, to the
 * answerability check). Whatever those say, a question is also off-topic when its closest sentence answers it, as the
 * question-answering model reads it ({@link AnswerMatcher}), no better than most generic questions' closest sentences
 * answer them. Without generic questions for the language, no question is off-topic by meaning.
 */
@Singleton
public class TopicGate {

    private final ArticleIndex index;
    private final ArticleWords words;
    private final SalientTerms salientTerms;
    private final LanguageData language;
    private final EmbeddingCache embeddings;
    private final SentenceVectors sentences;
    private final AnswerMatcher answers;
    private final double quantile;
    private final double answerQuantile;
    private final int k;
    private volatile double threshold;
    private volatile double sentenceThreshold;
    private volatile double ceiling;
    private volatile double answerThreshold;

    public TopicGate(ArticleIndex index, ArticleWords words, SalientTerms salientTerms, LanguageData language,
            EmbeddingCache embeddings, SentenceVectors sentences, AnswerMatcher answers, ArticleChatConfig config) {
        this.index = index;
        this.words = words;
        this.salientTerms = salientTerms;
        this.language = language;
        this.embeddings = embeddings;
        this.sentences = sentences;
        this.answers = answers;
        this.quantile = config.retrieval().offTopicQuantile();
        this.answerQuantile = config.retrieval().answerMatchQuantile();
        this.k = config.retrieval().maxResults();
    }

    /** After the documents are embedded: the baseline, from the generic questions' best scores. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        List<String> generic = language.genericQuestions();
        if (generic.isEmpty() || index.passages().isEmpty()) {
            return;
        }
        List<Embedding> questions = embeddings.embedAll(generic);
        List<List<EmbeddingMatch<Passage>>> closest = questions.stream().map(this::closestPassages).toList();
        sentences.embedAll(closest.stream().flatMap(List::stream).map(EmbeddingMatch::embedded).distinct().toList());
        double[] best = closest.stream().mapToDouble(m -> m.isEmpty() ? 0 : m.get(0).score()).sorted().toArray();
        double[] bestSentence = new double[questions.size()];
        for (int i = 0; i < bestSentence.length; i++) {
            bestSentence[i] = sentences.closest(questions.get(i), passages(closest.get(i)));
        }
        Arrays.sort(bestSentence);
        double[] bestAnswer = answers.closest(generic, closest.stream().map(TopicGate::passages).toList());
        Arrays.sort(bestAnswer);
        threshold = atQuantile(best, quantile);
        sentenceThreshold = atQuantile(bestSentence, quantile);
        answerThreshold = atQuantile(bestAnswer, answerQuantile);
        ceiling = best[best.length - 1];
        Log.infof("Off-topic baseline: %d generic questions score %.3f to %.3f against the documents; below %.3f "
                + "(quantile %.2f), and below %.3f for their closest sentence, a question with no distinctive word of "
                + "theirs is off-topic; so is one whose closest sentence answers it less than %.3f (quantile %.2f)",
                best.length, best[0], best[best.length - 1], threshold, quantile, sentenceThreshold, answerThreshold,
                answerQuantile);
    }

    /**
     * Whether {@code query} is about the documents: its vector, and its closest passages in meaning, best first, with
     * their scores.
     */
    public boolean onTopic(String query, Embedding vector, List<EmbeddingMatch<Passage>> closest) {
        double best = closest.isEmpty() ? 0 : closest.get(0).score();
        List<Passage> offered = passages(closest.subList(0, Math.min(k, closest.size())));
        boolean likeTheDocuments = best >= threshold || mostlyDistinctiveWords(query)
                || sentences.closest(vector, offered) >= sentenceThreshold;
        return likeTheDocuments && (answerThreshold == 0 || answers.closest(query, offered) >= answerThreshold);
    }

    /**
     * The best score any generic question reaches: a question whose passages score above it is about the documents
     * beyond doubt, whatever words it uses.
     */
    public double ceiling() {
        return ceiling;
    }

    /**
     * Whether most of the question's salient words, more than half, are distinctive words of the documents. One such
     * word beside one the documents lack is not most: "capital" (of capitalisation, in a writing guide) does not make
     * "What is the capital of Australia?" about the guide, nor "home" (a project directory) "how do I make kimchi at
     * home?" about a programming book. A word the documents lack but say in other words, one close to it in meaning,
     * counts neither way: it shows the question no more off their subject than on it ("can i ever say leverage?" of
     * the guide that lists "leverage" among words to avoid).
     */
    private boolean mostlyDistinctiveWords(String query) {
        Set<String> said = words.saidInOtherWords(query);
        List<String> salient = salientTerms.of(query).stream()
                .filter(term -> words.uses(term) || !said.contains(term))
                .toList();
        long distinctive = salient.stream().filter(words::distinctive).count();
        return distinctive * 2 > salient.size();
    }

    private List<EmbeddingMatch<Passage>> closestPassages(Embedding question) {
        return index.store().search(EmbeddingSearchRequest.builder().queryEmbedding(question).maxResults(k).build())
                .matches();
    }

    private static List<Passage> passages(List<EmbeddingMatch<Passage>> matches) {
        return matches.stream().map(EmbeddingMatch::embedded).toList();
    }

    private static double atQuantile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }
}
