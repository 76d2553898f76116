package dev.articlechat.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.articlechat.grounding.ExtractiveAnswerer;
import dev.articlechat.retrieval.ScoredPassage;
import dev.langchain4j.data.segment.TextSegment;

/**
 * JMH measurements of the parts that run in our process for every question (and once at start-up), sampled so
 * that p50 and p99 can be read. Run by {@link InProcessBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InProcessMeasurements {

    static final List<String> QUESTIONS = List.of("When was the treaty signed?",
            "How many soldiers did North Korea send to Kursk?", "What does the rail bridge over the Tumen River aim at?",
            "What share of North Korea's Cold War debt did Russia cancel?", "Is Putin open to peace talks?",
            "Which city are North Korean deminers helping to rebuild?", "What did the U.S. announce about military aid?");

    private InProcessApp app;
    private List<TextSegment> passages;
    private List<List<ScoredPassage>> offered;
    private int next;

    @Setup(Level.Trial)
    public void start() {
        app = InProcessApp.start();
        passages = app.index().passages().stream().map(p -> TextSegment.from(p.section() + "\n" + p.text())).toList();
        offered = QUESTIONS.stream().map(q -> app.retriever().retrieve(q)).toList();
    }

    private int nextQuestion() {
        next = (next + 1) % QUESTIONS.size();
        return next;
    }

    /** All passages of the article in one call, as at start-up. */
    @Benchmark
    public Object embedPassages() {
        return app.embeddingModel().embedAll(passages).content();
    }

    @Benchmark
    public Object embedQuery() {
        return app.embeddingModel().embed(QUESTIONS.get(nextQuestion())).content();
    }

    /** Query embedding, embedding search, BM25 search and fusion: all the work before the model is asked. */
    @Benchmark
    public Object retrieve() {
        return app.retriever().retrieve(QUESTIONS.get(nextQuestion()));
    }

    /** The answer without a model, once its sentence embeddings are cached (every answer after the first few). */
    @Benchmark
    public Object extractiveAnswer() {
        int q = nextQuestion();
        return app.extractive().answer(QUESTIONS.get(q), QUESTIONS.get(q), offered.get(q));
    }

    /** The same with a fresh answerer: the first extractive answer after start-up pays its sentence embeddings. */
    @Benchmark
    public Object extractiveAnswerCold() {
        int q = nextQuestion();
        return app.extractive().answer(QUESTIONS.get(q), QUESTIONS.get(q), offered.get(q));
    }
}
