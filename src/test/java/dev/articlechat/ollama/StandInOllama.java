package dev.articlechat.ollama;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in for Ollama that speaks its HTTP API as documented: {@code /api/chat} streams NDJSON chunks and a
 * final {@code done} line with {@code done_reason}, counts and durations in nanoseconds; {@code stream: false}
 * gives one object; an unknown model is a 404 {@code model "x" not found}. It knows nothing of the article: it
 * answers with the sentence of the passages in its prompt that shares most words with the question, and cites
 * that passage's number ({@code [n]}, or as {@link #citeAs(String)} says). Tests script faults with
 * {@link #script(Fault)}.
 */
public final class StandInOllama {

    /** What the next chat request does instead of answering plainly. */
    public enum Fault {
        /** answers, then cites a passage number that was never offered */
        INVENT_CITATION,
        /** streams a few tokens, then an {@code {"error": ...}} line, as Ollama does when the runner fails */
        ERROR_MID_STREAM,
        /** streams a few tokens, then ends with {@code done_reason: "length"} (num_predict reached) */
        LENGTH,
        /** streams a few tokens, then sends nothing more while keeping the connection open */
        STALL,
        /** streams one token every 200 ms */
        SLOW,
        /** sends the response headers only after {@link #loadDelay(Duration)}, as when a model loads on a CPU */
        SLOW_LOAD,
        /** streams a few tokens, then drops the connection without a last line */
        CUT,
        /** streams a few tokens, then a line that is not JSON */
        MALFORMED,
        /** 404 in the older wording, {@code model 'x' not found} */
        NOT_FOUND_QUOTED,
        /** 500 {@code llama runner process has terminated} */
        SERVER_ERROR,
        /** 503 {@code server busy} (OLLAMA_MAX_QUEUE reached) */
        BUSY,
        /** answers with raw HTML: an image whose onerror runs script, and a script element */
        HTML,
        /**
         * thinks aloud first, in the content: {@link #THOUGHT} between {@code <think>} and {@code </think>}, citing a
         * passage the answer does not, as a reasoning model does on an Ollama older than 0.9
         */
        THINK_IN_CONTENT,
        /** sends {@link #THOUGHT} in {@code message.thinking} chunks before the answer, as Ollama 0.9+ does */
        THINKING_FIELD,
        /** a request carrying {@code think} gets 400 {@code does not support thinking}, as from Ollama 0.12.4 */
        THINK_UNSUPPORTED,
        /** answers as usual, cited, but with a wrong number: the first digit of the first number changed */
        WRONG_NUMBER
    }

    /** What the stand-in thinks, with {@code %d} the number of a passage that its answer does not cite. */
    public static final String THOUGHT = "Let me look at passage [%d] first: it does not answer this.";

    /** The faults a random run may draw: each ends on its own, none waits for a client time-out. */
    private static final List<Fault> RANDOM_FAULTS = List.of(Fault.INVENT_CITATION, Fault.ERROR_MID_STREAM,
            Fault.LENGTH, Fault.CUT, Fault.MALFORMED, Fault.NOT_FOUND_QUOTED, Fault.SERVER_ERROR, Fault.BUSY,
            Fault.HTML);

    private static final int TOKENS_BEFORE_FAULT = 3;

    /**
     * One {@code /api/chat} request as the stand-in served it: the question it answered, the fault it drew (or
     * null), when it arrived and when each token left ({@link System#nanoTime()}). Kept per request, so that
     * benchmarks with many streams at once can match a client's answer to its stream by a unique question.
     */
    public record Served(String question, Fault fault, long receivedNanos, List<Long> tokenNanos) {
        /** The stand-in's own time to first token, or -1 when no token was sent. */
        public long firstTokenNanos() {
            return tokenNanos.isEmpty() ? -1 : tokenNanos.get(0) - receivedNanos;
        }
    }

    private static final Pattern PASSAGE = Pattern.compile("^\\[(\\d+)] \\((.*)\\)\\n", Pattern.MULTILINE);
    private static final Set<String> COMMON = Set.of("the", "and", "for", "are", "was", "were", "what", "when", "who",
            "why", "how", "did", "does", "with", "this", "that", "from", "its", "their", "which", "about", "many",
            "much", "article", "say", "says");

    private volatile Vertx vertx;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private volatile Set<String> models = Set.of("llama3.2");
    private volatile String citeFormat = "[%d]";
    private volatile long tokenDelayMs = 2;
    private volatile long firstTokenDelayMs;
    private volatile long loadDelayMs = 10_000;
    private volatile double faultRate;
    private volatile Random random = new Random(0);
    private final AtomicInteger abandoned = new AtomicInteger();
    private final List<Long> tokenSentNanos = new CopyOnWriteArrayList<>();
    private final List<Served> served = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int parallel = Integer.MAX_VALUE;
    private int active;
    private int maxActive;
    private final Deque<Runnable> pending = new ArrayDeque<>();

    public int start() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    public void stop() {
        vertx.close();
    }

    /** Forgets recorded requests and scripted faults, and puts back the default model. */
    public void reset() {
        requests.clear();
        served.clear();
        faults.clear();
        abandoned.set(0);
        models = Set.of("llama3.2");
        citeFormat = "[%d]";
        tokenDelayMs = 2;
        firstTokenDelayMs = 0;
        loadDelayMs = 10_000;
        faultRate = 0;
        synchronized (this) {
            parallel = Integer.MAX_VALUE;
            maxActive = 0;
        }
    }

    /** A fixed time before the first token and between tokens, so that a client's own overhead can be measured. */
    public void latency(Duration firstToken, Duration perToken) {
        firstTokenDelayMs = firstToken.toMillis();
        tokenDelayMs = perToken.toMillis();
    }

    /** At most this many generations at once, the rest waiting first come, first served (OLLAMA_NUM_PARALLEL). */
    public synchronized void parallel(int generations) {
        parallel = generations;
    }

    /** The most generations that ran at once since the last reset. */
    public synchronized int maxActive() {
        return maxActive;
    }

    /** How long {@link Fault#SLOW_LOAD} keeps the response headers back. */
    public void loadDelay(Duration delay) {
        loadDelayMs = delay.toMillis();
    }

    /** Each request without a scripted fault draws one at random with this probability (seeded: repeatable). */
    public void randomFaults(double rate, long seed) {
        random = new Random(seed);
        faultRate = rate;
    }

    public void script(Fault fault) {
        faults.add(fault);
    }

    /**
     * How answers cite from now on: a format of the passage number, such as {@code "(Source %d)"} or
     * {@code "[^%1$d]\n\n[^%1$d]: the passage"}, put after the quoted sentence in place of {@code [n]}.
     */
    public void citeAs(String format) {
        citeFormat = format;
    }

    /** The models this Ollama has pulled. */
    public void models(String... names) {
        models = Set.of(names);
    }

    /** How many streams the client closed before their last line: a stopped or abandoned generation. */
    public int abandonedStreams() {
        return abandoned.get();
    }

    /** When ({@link System#nanoTime()}) each token of the latest stream was written, in order. */
    public List<Long> tokenSentNanos() {
        return List.copyOf(tokenSentNanos);
    }

    /** Every {@code /api/chat} request served since the last {@link #reset()}, in order of arrival. */
    public List<Served> served() {
        return List.copyOf(served);
    }

    /** The body of every {@code /api/chat} request received, in order. */
    public List<JsonObject> requests() {
        return List.copyOf(requests);
    }

    /** The requests for answers, without those asking to rewrite a follow-up. */
    public List<JsonObject> answerRequests() {
        return requests.stream().filter(r -> !isRewrite(r.getJsonArray("messages"))).toList();
    }

    private static boolean isRewrite(JsonArray messages) {
        return messages.stream().anyMatch(m -> ((JsonObject) m).getString("content", "").contains("<<<CONVERSATION"));
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (request.method().name().equals("GET") && path.equals("/")) {
            request.response().end("Ollama is running");
        } else if (path.equals("/api/version")) {
            json(request.response(), 200, new JsonObject().put("version", "0.5.1"));
        } else if (path.equals("/api/tags")) {
            JsonArray list = new JsonArray();
            models.forEach(m -> list.add(new JsonObject().put("name", m + ":latest").put("model", m + ":latest")));
            json(request.response(), 200, new JsonObject().put("models", list));
        } else if (path.equals("/api/chat") && request.method().name().equals("POST")) {
            request.body().onSuccess(body -> chat(request.response(), body.toJsonObject()));
        } else {
            request.response().setStatusCode(404).end("404 page not found");
        }
    }

    private void chat(HttpServerResponse response, JsonObject body) {
        long received = System.nanoTime();
        requests.add(body);
        Generation generation = new Generation();
        response.closeHandler(v -> {
            if (!response.ended()) {
                abandoned.incrementAndGet();
            }
            generation.end();
        });
        response.endHandler(v -> generation.end());
        String model = body.getString("model", "");
        Fault fault = nextFault();
        Served log = new Served(lastQuestion(body.getJsonArray("messages")), fault, received,
                new CopyOnWriteArrayList<>());
        served.add(log);
        if (!models.contains(model.replace(":latest", ""))) {
            json(response, 404, new JsonObject().put("error", "model \"" + model + "\" not found, try pulling it first"));
        } else if (fault == Fault.NOT_FOUND_QUOTED) {
            json(response, 404, new JsonObject().put("error", "model '" + model + "' not found"));
        } else if (fault == Fault.SERVER_ERROR) {
            json(response, 500, new JsonObject().put("error", "llama runner process has terminated"));
        } else if (fault == Fault.BUSY) {
            json(response, 503,
                    new JsonObject().put("error", "server busy, please try again.  maximum pending requests exceeded"));
        } else if (fault == Fault.THINK_UNSUPPORTED && body.containsKey("think")) {
            json(response, 400, new JsonObject().put("error",
                    "registry.ollama.ai/library/" + model + ":latest does not support thinking"));
        } else {
            generation.start(() -> {
                long delay = fault == Fault.SLOW_LOAD ? loadDelayMs : firstTokenDelayMs;
                if (delay > 0) {
                    vertx.setTimer(delay, t -> answer(response, body, model, fault, log));
                } else {
                    answer(response, body, model, fault, log);
                }
            });
        }
    }

    /**
     * One request's generation: it runs now, or after those ahead of it while {@link #parallel(int)} run, as Ollama
     * does; its end (response ended, or connection closed) lets the next one run.
     */
    private final class Generation {
        private boolean running;
        private boolean ended;

        void start(Runnable generate) {
            synchronized (StandInOllama.this) {
                if (active >= parallel) {
                    pending.add(() -> run(generate));
                    return;
                }
                active++;
                running = true;
                maxActive = Math.max(maxActive, active);
            }
            generate.run();
        }

        /** Called by the one ending before it, holding the slot it gave up. */
        private void run(Runnable generate) {
            synchronized (StandInOllama.this) {
                running = true;
                maxActive = Math.max(maxActive, active);
                if (ended) {
                    running = false;
                    active--;
                }
            }
            if (running) {
                generate.run();
            } else {
                next();
            }
        }

        void end() {
            synchronized (StandInOllama.this) {
                if (ended) {
                    return;
                }
                ended = true;
                if (!running) {
                    return; // still waiting: run() will give the slot on
                }
                active--;
            }
            next();
        }

        private void next() {
            Runnable waiting;
            synchronized (StandInOllama.this) {
                waiting = active < parallel ? pending.poll() : null;
                if (waiting != null) {
                    active++;
                }
            }
            if (waiting != null) {
                waiting.run();
            }
        }
    }

    private Fault nextFault() {
        if (!faults.isEmpty()) {
            return faults.remove(0);
        }
        synchronized (this) {
            return faultRate > 0 && random.nextDouble() < faultRate
                    ? RANDOM_FAULTS.get(random.nextInt(RANDOM_FAULTS.size()))
                    : null;
        }
    }

    private void answer(HttpServerResponse response, JsonObject body, String model, Fault fault, Served log) {
        if (response.closed()) {
            return;
        }
        Reply reply = reply(body.getJsonArray("messages"));
        String answer = reply.text(citeFormat);
        String thought = THOUGHT.formatted(reply.cited() == 1 ? 2 : 1);
        if (fault == Fault.THINK_IN_CONTENT) {
            answer = "<think>\n" + thought + "\n</think>\n\n" + answer;
        } else if (fault == Fault.INVENT_CITATION) {
            answer = answer + " See also [9].";
        } else if (fault == Fault.WRONG_NUMBER) {
            answer = wrongNumber(answer);
        } else if (fault == Fault.HTML) {
            answer = "<img src=x onerror=\"document.body.dataset.xss='img'\"> <script>document.body.dataset.xss='script'"
                    + "</script> **" + answer + "**";
        }
        if (!body.getBoolean("stream", true)) {
            JsonObject whole = chunk(model, answer).put("done", true).put("done_reason", "stop");
            counts(whole, body, answer);
            json(response, 200, whole);
            return;
        }
        response.setChunked(true).putHeader("Content-Type", "application/x-ndjson");
        if (fault == Fault.THINKING_FIELD) {
            for (String piece : tokens(thought)) {
                JsonObject thinking = chunk(model, "").put("done", false);
                thinking.getJsonObject("message").put("thinking", piece);
                response.write(thinking.encode() + "\n");
            }
        }
        tokenSentNanos.clear();
        stream(response, model, body, answer, tokens(answer), 0, fault, log);
    }

    private void stream(HttpServerResponse response, String model, JsonObject body, String answer, List<String> tokens,
            int next, Fault fault, Served log) {
        if (response.closed()) {
            return;
        }
        if (next == TOKENS_BEFORE_FAULT && fault == Fault.STALL) {
            return;
        }
        if (next == TOKENS_BEFORE_FAULT && fault == Fault.ERROR_MID_STREAM) {
            response.end(new JsonObject().put("error", "an error was encountered while running the model").encode()
                    + "\n");
            return;
        }
        if (next == TOKENS_BEFORE_FAULT && fault == Fault.CUT) {
            response.reset();
            return;
        }
        if (next == TOKENS_BEFORE_FAULT && fault == Fault.MALFORMED) {
            response.end("{\"model\":\"" + model + "\",\"message\":{\"role\":\"assist\n");
            return;
        }
        if (next == TOKENS_BEFORE_FAULT && fault == Fault.LENGTH) {
            JsonObject last = chunk(model, "").put("done_reason", "length").put("done", true);
            response.end(counts(last, body, answer).encode() + "\n");
            return;
        }
        if (next == tokens.size()) {
            JsonObject last = chunk(model, "").put("done_reason", "stop").put("done", true);
            response.end(counts(last, body, answer).encode() + "\n");
            return;
        }
        response.write(chunk(model, tokens.get(next)).put("done", false).encode() + "\n");
        long sent = System.nanoTime();
        tokenSentNanos.add(sent);
        log.tokenNanos().add(sent);
        long delay = fault == Fault.SLOW ? 200 : tokenDelayMs;
        vertx.setTimer(Math.max(1, delay), t -> stream(response, model, body, answer, tokens, next + 1, fault, log));
    }

    private static JsonObject chunk(String model, String content) {
        return new JsonObject().put("model", model).put("created_at", Instant.now().toString())
                .put("message", new JsonObject().put("role", "assistant").put("content", content));
    }

    private static JsonObject counts(JsonObject last, JsonObject body, String answer) {
        int promptTokens = body.getJsonArray("messages").stream()
                .mapToInt(m -> ((JsonObject) m).getString("content", "").split("\\s+").length).sum();
        return last.put("total_duration", 4_883_583_458L).put("load_duration", 1_334_875L)
                .put("prompt_eval_count", promptTokens).put("prompt_eval_duration", 342_546_000L)
                .put("eval_count", tokens(answer).size()).put("eval_duration", 4_535_599_000L);
    }

    /** Word pieces as a model streams them: each token carries its leading space. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\s*\\S+").matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** A digit of the answer's text, not of a citation marker. */
    private static final Pattern TEXT_DIGIT = Pattern.compile("\\d(?!\\d*])");

    /** The answer with the first digit of its first number one up (9 down): "11 000" becomes "21 000". */
    static String wrongNumber(String answer) {
        Matcher digit = TEXT_DIGIT.matcher(answer);
        if (!digit.find()) {
            return answer;
        }
        char d = answer.charAt(digit.start());
        return answer.substring(0, digit.start()) + (d == '9' ? '8' : (char) (d + 1)) + answer.substring(digit.end());
    }

    /** The content of the last message with {@code role}, or "" when there is none. */
    private static String last(JsonArray messages, String role) {
        String content = "";
        for (Object o : messages) {
            JsonObject message = (JsonObject) o;
            if (message.getString("role").equals(role)) {
                content = message.getString("content");
            }
        }
        return content;
    }

    private static String lastQuestion(JsonArray messages) {
        return messages == null ? "" : last(messages, "user");
    }

    /** What the stand-in says: its words, and the number of the passage they quote (0: they cite none). */
    record Reply(String words, int cited) {
        /** The words, with their citation written in {@code format}. */
        String text(String format) {
            return cited == 0 ? words : words + " " + format.formatted(cited);
        }
    }

    /**
     * The sentence of the prompt's passages that shares most words with the last question (then with the earlier
     * questions of the conversation, as a model reads "it" from what came before; failing both, the sentence closest
     * in meaning), quoted as the prompt asks and cited; or, asked to rewrite a follow-up, the follow-up with the earlier questions of its conversation after it.
     */
    static Reply reply(JsonArray messages) {
        String system = last(messages, "system");
        String question = last(messages, "user");
        if (question.contains("<<<CONVERSATION")) {
            return new Reply(rewrite(question), 0);
        }
        Set<String> asked = words(question);
        Set<String> askedBefore = words(messages.stream().map(JsonObject.class::cast)
                .filter(m -> "user".equals(m.getString("role"))).map(m -> m.getString("content", ""))
                .collect(Collectors.joining(" ")));
        record Candidate(int n, String sentence, long shared, long sharedBefore) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int open = system.indexOf("<<<PASSAGES\n");
        int close = system.lastIndexOf("PASSAGES>>>");
        if (open >= 0 && close > open) {
            String block = system.substring(open, close);
            Matcher m = PASSAGE.matcher(block);
            List<int[]> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(new int[] { Integer.parseInt(m.group(1)), m.end(), m.start() });
            }
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1)[2] : block.length();
                String text = block.substring(starts.get(i)[1], end).strip();
                for (String sentence : text.split("(?<=[.!?])\\s+")) {
                    Set<String> words = words(sentence);
                    candidates.add(new Candidate(starts.get(i)[0], sentence.replaceAll("\\s+", " "),
                            words.stream().filter(asked::contains).count(),
                            words.stream().filter(askedBefore::contains).count()));
                }
            }
        }
        return candidates.stream()
                .filter(c -> c.sharedBefore() > 0)
                .max(Comparator.comparingLong(Candidate::shared).thenComparingLong(Candidate::sharedBefore)
                        .thenComparing(c -> -c.n()))
                .or(() -> closestInMeaning(question, candidates, Candidate::sentence))
                .map(c -> new Reply("According to the article, \"" + c.sentence() + "\"", c.n()))
                .orElse(new Reply("The article does not say.", 0));
    }

    /** How close in meaning a sentence must be to be read as the answer when it shares no word with the question. */
    private static final double CLOSE_IN_MEANING = 0.5;

    /**
     * With no word in common ("casualties" against "killed or injured"), a model still reads meaning: the sentence
     * closest to the question by the same embedding model the app uses, when it is close at all.
     */
    private static <C> Optional<C> closestInMeaning(String question, List<C> candidates, Function<C, String> text) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Embedding asked = Meaning.MODEL.embed(question).content();
        record Scored<C>(C candidate, double similarity) {
        }
        return candidates.stream()
                .map(c -> new Scored<>(c, CosineSimilarity.between(asked, Meaning.MODEL.embed(text.apply(c)).content())))
                .filter(scored -> scored.similarity() >= CLOSE_IN_MEANING)
                .max(Comparator.comparingDouble(Scored::similarity))
                .map(Scored::candidate);
    }

    /** Loaded on first need: most answers share words with their question. */
    private static final class Meaning {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2EmbeddingModel();
    }

    private static String rewrite(String prompt) {
        String conversation = prompt.substring(prompt.indexOf("<<<CONVERSATION"), prompt.indexOf("CONVERSATION>>>"));
        String earlier = conversation.lines().filter(line -> line.startsWith("User: "))
                .map(line -> line.substring("User: ".length())).collect(Collectors.joining(" "));
        String followUp = prompt.substring(prompt.lastIndexOf("New question:") + "New question:".length()).strip();
        return followUp + " " + earlier;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 2 && !COMMON.contains(w))
                .collect(Collectors.toSet());
    }

    private static void json(HttpServerResponse response, int status, JsonObject body) {
        response.setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.encode());
    }
}
