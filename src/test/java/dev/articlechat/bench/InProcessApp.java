package dev.articlechat.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.corpus.Corpora;
import dev.articlechat.grounding.ExtractiveAnswerer;
import dev.articlechat.grounding.SentenceRanker;
import dev.articlechat.grounding.WordWeights;
import dev.articlechat.ingest.ArticleIndex;
import dev.articlechat.ingest.DocumentLoader;
import dev.articlechat.ingest.EmbeddingCache;
import dev.articlechat.ingest.PassageSplitter;
import dev.articlechat.retrieval.AnswerMatcher;
import dev.articlechat.retrieval.ArticleWords;
import dev.articlechat.retrieval.LanguageData;
import dev.articlechat.retrieval.PassageRetriever;
import dev.articlechat.retrieval.SalientTerms;
import dev.articlechat.retrieval.SentenceVectors;
import dev.articlechat.retrieval.TopicGate;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The app's in-process parts, built as CDI builds them but without Quarkus, so that JMH can measure them alone:
 * the real index, retriever and extractive answerer over the real article, with the configuration's defaults.
 */
record InProcessApp(EmbeddingModel embeddingModel, ArticleIndex index, PassageRetriever retriever,
        ExtractiveAnswerer extractive) {

    static InProcessApp start() {
        ArticleChatConfig config = new SmallRyeConfigBuilder().withMapping(ArticleChatConfig.class)
                // Quarkus's own converters for the value forms application.properties uses ("30s", a folder)
                .withConverter(Path.class, 100, Path::of)
                .withConverter(Duration.class, 100, new DurationConverter())
                .addSystemSources()
                .withDefaultValue("article-chat.documents", Corpora.ARTICLE_FOLDER.toString())
                .withDefaultValue("article-chat.ingest.embedding-cache", "target/embedding-cache")
                .build().getConfigMapping(ArticleChatConfig.class);
        EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        ArticleIndex index = new ArticleIndex();
        // the start-up observers are package-private (not API): call them as CDI does, in the same order
        EmbeddingCache cache = new EmbeddingCache(model, config);
        observe(index, config, new DocumentLoader(config), new PassageSplitter(config), cache);
        ArticleWords words = new ArticleWords(index, model, cache, config);
        LanguageData language = new LanguageData(config);
        SalientTerms salient = new SalientTerms(words, language);
        SentenceVectors sentences = new SentenceVectors(model, cache);
        AnswerMatcher answers = new AnswerMatcher(config);
        TopicGate gate = new TopicGate(index, words, salient, language, cache, sentences, answers, config);
        observe(gate);
        PassageRetriever retriever = new PassageRetriever(index, model, config, words, gate);
        observe(retriever);
        WordWeights weights = new WordWeights(index, language);
        return new InProcessApp(model, index, retriever,
                new ExtractiveAnswerer(new SentenceRanker(model, sentences, salient, weights), language, weights));
    }

    private static void observe(Object bean, Object... beans) {
        try {
            Method onStart = java.util.Arrays.stream(bean.getClass().getDeclaredMethods())
                    .filter(m -> m.getName().equals("onStart")).findFirst().orElseThrow();
            onStart.setAccessible(true);
            Object[] arguments = new Object[beans.length + 1];
            arguments[0] = new StartupEvent();
            System.arraycopy(beans, 0, arguments, 1, beans.length);
            onStart.invoke(bean, arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot start " + bean.getClass().getSimpleName(), e);
        }
    }
}
