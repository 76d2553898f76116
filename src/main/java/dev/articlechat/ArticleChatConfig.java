package dev.articlechat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * The settings that are ours. Quarkus and model knobs (Ollama address, model id, temperature) keep the
 * extension's standard keys in {@code application.properties}.
 */
@ConfigMapping(prefix = "article-chat")
public interface ArticleChatConfig {

    /** Folder whose {@code .txt} and {@code .md} files (sub-folders included) are the documents, read at start-up. */
    @WithDefault("documents")
    Path documents();

    /** How documents are read and embedded. */
    Ingest ingest();

    /**
     * The documents' language, for the few word lists that cannot come from the documents themselves (the words
     * of asking, how a refusal is worded): the resources under {@code language/<code>/}. Only {@code en} ships.
     */
    @WithDefault("en")
    String language();

    /** How passages are cut. */
    Splitter splitter();

    /** How passages are found for a question. */
    Retrieval retrieval();

    /** Limits of a chat turn and of conversations. */
    Chat chat();

    /** Our own Ollama stream settings; the address and model come from the extension's keys. */
    Ollama ollama();

    /** How each sentence of an answer is checked against the passages it cites. */
    Grounding grounding();

    /** Who may open the chat WebSocket. */
    Web web();

    /** Where readers' ratings of answers are kept, and how many a client may send. */
    Feedback feedback();

    interface Feedback {
        /**
         * Folder of {@code feedback.jsonl}, one JSON line per rating (appended, never rewritten): the question, the
         * answer, its citations and support, the rating and comment. Created when the first rating arrives. Not used
         * with {@code chat.memory=redis}: ratings then go to Redis, where every instance adds to one list.
         */
        @WithDefault("${user.home}/.local/share/article-chat")
        Path folder();

        /** Ratings one client address may send per minute; beyond this, 429 until the minute has passed. */
        @WithDefault("10")
        int maxPerMinute();

        /** Longest comment accepted with a rating, in characters. */
        @WithDefault("2000")
        int maxCommentLength();
    }

    interface Web {
        /**
         * Pages of other origins (such as {@code https://intranet.example}) allowed to open {@code /ws/chat}; the
         * app's own origin always is, and clients that send no Origin (scripts, not browsers) are not checked.
         */
        Optional<List<String>> allowedOrigins();
    }

    interface Ingest {
        /** A document file larger than this is not served (a log line says so): its embedding would hold start-up. */
        @WithDefault("1M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxFileSize();

        /**
         * Folder of the passage-embedding cache, keyed by the embedding model and each passage's text: a warm start
         * embeds only new or changed passages. Safe to delete; shared by every corpus of this user.
         */
        @WithDefault("${user.home}/.cache/article-chat/embeddings")
        Path embeddingCache();

        /** Entries the cache keeps at most (about 1.5 KB each); those of the documents served now come first. */
        @WithDefault("20000")
        int embeddingCacheEntries();
    }

    interface Splitter {
        /**
         * A passage grows past this many characters only to keep a list item, a table row, a code block or a quote
         * whole with the sentence that introduces it.
         */
        @WithDefault("700")
        int maxChars();

        /** A paragraph shorter than this joins the next one in the same section. */
        @WithDefault("200")
        int minChars();
    }

    interface Retrieval {
        /** How many passages are offered to the model (k). */
        @WithDefault("4")
        int maxResults();

        /**
         * A question is off-topic (refused without asking the model) when its closest passage in meaning scores below
         * this share of generic questions' closest passages (measured at start-up on the documents served), its
         * closest sentence in them likewise, and it shares no distinctive word with them. 0.95: it looks like 95 % of
         * questions about nothing in particular.
         */
        @WithDefault("0.95")
        double offTopicQuantile();

        /**
         * A question is also off-topic when the closest sentence of its passages answers it, as a question-answering
         * model reads them ({@code AnswerMatcher}), less well than this share of generic questions' closest sentences
         * answer them (measured at start-up). 0.75: "What's a good kimchi recipe?" is matched by an article on Korea no
         * better than three generic questions in four.
         */
        @WithDefault("0.75")
        double answerMatchQuantile();

        /**
         * A question word the article does not use stands for the article's words at least this close to it in
         * meaning (cosine of the words' embeddings; "borrowing" for "debt"), in keyword search and in checking that
         * the passages hold the kind of answer asked for.
         */
        @WithDefault("0.65")
        double standInSimilarity();

        /** How many passages each ranking (meaning, keywords) contributes before they are fused. */
        @WithDefault("20")
        int candidates();

        /**
         * The k of reciprocal rank fusion, each ranking giving a passage 1 / (k + its rank). Small, each ranking's
         * first passages stay ahead of those both rankings put in the middle: meaning and keywords find different
         * ones. The usual 60 was chosen for fusing many deep result lists; on the development sets (1 881 answerable
         * turns, four corpora) 60 / 30 / 10 / 5 / 2 / 1 found the evidence among the k passages offered for 1 676 /
         * 1 681 / 1 690 / 1 706 / 1 732 / 1 735, rising on each corpus.
         */
        @WithDefault("2")
        int fusionK();

        /** The largest k a caller of {@code /api/passages} may ask for. */
        @WithDefault("20")
        int maxK();
    }

    interface Chat {
        /** Longest question accepted, in characters. */
        @WithDefault("2000")
        int maxQuestionLength();

        /** Question/answer turns kept per conversation and sent back to the model. */
        @WithDefault("6")
        int memoryTurns();

        /** Conversations kept at once; the least recently used is dropped beyond this. */
        @WithDefault("1000")
        int maxConversations();

        /** A conversation unused for this long is forgotten (a later follow-up starts afresh with a 404). */
        @WithDefault("30m")
        Duration conversationIdleTimeout();

        /**
         * Where conversations are kept between turns: {@code memory} (in this process; nothing to install) or
         * {@code redis} (at {@code quarkus.redis.hosts}, shared by every instance, so that any can continue one).
         */
        @WithDefault("memory")
        Memory memory();

        /**
         * Answered turns of a conversation kept for export and feedback (the oldest are dropped beyond this); a
         * transcript is dropped with its conversation ({@code max-conversations}, {@code conversation-idle-timeout}),
         * and kept where it is ({@code memory}).
         */
        @WithDefault("50")
        int transcriptTurns();

        /** Answers one client address may have in progress at once, over REST, SSE and WebSockets together. */
        @WithDefault("4")
        int maxConcurrentAsksPerClient();

        /** Where conversations are kept: lower case, as written in the setting. */
        enum Memory {
            memory,
            redis
        }
    }

    interface Ollama {
        /**
         * Longest wait between two lines of Ollama's stream once it has started. The wait for the first line
         * (model load, prompt evaluation) is {@code quarkus.langchain4j.ollama.timeout}.
         */
        @WithDefault("30s")
        Duration idleTimeout();

        /** Context window asked of Ollama ({@code num_ctx}); the prompt must fit in it. */
        @WithDefault("4096")
        int numCtx();

        /** How long Ollama keeps the model loaded after a request ({@code keep_alive}). */
        @WithDefault("30m")
        String keepAlive();

        /** Longest wait for the model to rewrite a follow-up into a standalone question before words are added instead. */
        @WithDefault("20s")
        Duration condenseTimeout();

        /**
         * Generations this server has in flight at once (answers and follow-up rewrites); the rest wait their turn,
         * first come, first served. Match Ollama's {@code OLLAMA_NUM_PARALLEL}: more only queue inside Ollama, unseen.
         */
        @WithDefault("4")
        int parallel();

        /** Asks that may wait for a generation slot; beyond this an ask is told the server is busy (503). */
        @WithDefault("1000")
        int maxQueue();
    }

    interface Grounding {
        /**
         * A cited sentence is supported only when at least this share (0..1) of its content words (stemmed, stop
         * words and words about the sources left out) are in its cited passages, besides all its numbers and names.
         */
        @WithDefault("0.5")
        double minWordShare();
    }
}
