package dev.articlechat.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns down-rated answers of {@code feedback.jsonl} into draft cases of the evaluation suite (the YAML of
 * {@code src/test/resources/eval/questions.yaml}): the question (after the questions asked before it, for a
 * follow-up), the answer given, its citations, the reader's comment, and an empty {@code facts} for an evaluator
 * to fill in. A reader who rated the same answer again counts with their last rating. Runs without the server:
 * <pre>java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' dev.articlechat.feedback.DraftCases \
 *     [feedback.jsonl] [drafts.yaml]</pre>
 */
public final class DraftCases {

    static final String CATEGORY = "from-feedback";
    private static final Path DEFAULT_FEEDBACK =
            Path.of(System.getProperty("user.home"), ".local/share/article-chat", FeedbackLog.FILE_NAME);
    private static final Path DEFAULT_DRAFTS = Path.of("drafts-from-feedback.yaml");

    /** What a feedback file held: the drafts, and how many lines could not be read. */
    record Drafts(String yaml, int cases, int unreadable) {
    }

    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        Path feedback = args.length > 0 ? Path.of(args[0]) : DEFAULT_FEEDBACK;
        Path out = args.length > 1 ? Path.of(args[1]) : DEFAULT_DRAFTS;
        if (!Files.isRegularFile(feedback)) {
            System.err.println("No feedback file at " + feedback + ": name it as the first argument (the server "
                    + "writes it to article-chat.feedback.folder, by default ~/.local/share/article-chat)");
            System.exit(2);
        }
        Drafts drafts = new DraftCases().convert(Files.readAllLines(feedback, StandardCharsets.UTF_8), feedback);
        Files.writeString(out, drafts.yaml(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + drafts.cases() + " draft case(s) from down-rated answers to " + out
                + (drafts.unreadable() > 0 ? " (" + drafts.unreadable() + " unreadable line(s) passed over)" : ""));
    }

    /** The drafts made of {@code lines}, the lines of the feedback file {@code source} (named in the header). */
    Drafts convert(List<String> lines, Path source) {
        // the last rating of each answer is the reader's final word on it
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        int unreadable = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = read(line);
            if (record == null || !record.path("conversationId").isTextual() || !record.path("turn").isInt()) {
                unreadable++;
                continue;
            }
            String key = record.get("conversationId").asText() + "#" + record.get("turn").asInt();
            latest.remove(key);
            latest.put(key, record);
        }
        List<JsonNode> down = latest.values().stream().filter(r -> r.path("rating").asText().equals("down")).toList();
        StringBuilder yaml = new StringBuilder()
                .append("# Draft evaluation cases from down-rated answers in ").append(source.toAbsolutePath())
                .append(",\n# written ").append(Instant.now()).append(". For each case: fill in `facts` (what a right "
                        + "answer states, alternatives\n# separated by \"|\") and `evidence` (a substring of the "
                        + "passage a right answer cites), or set\n# `answerable: false` when the documents do not say; "
                        + "then paste it into a set in src/test/resources/eval.\n# `answer-given`, `cited` and "
                        + "`comment` are what the reader saw and said: delete them once the case is done.\n");
        if (down.isEmpty()) {
            yaml.append("[]\n");
        }
        for (JsonNode record : down) {
            draft(yaml, record);
        }
        return new Drafts(yaml.toString(), down.size(), unreadable);
    }

    private JsonNode read(String line) {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private void draft(StringBuilder yaml, JsonNode record) {
        String conversation = record.get("conversationId").asText();
        String shortId = conversation.replaceAll("[^A-Za-z0-9]", "");
        shortId = shortId.substring(0, Math.min(8, shortId.length()));
        yaml.append("\n- name: ").append(quoted("feedback-" + shortId + "-" + record.get("turn").asInt()))
                .append("\n  category: ").append(CATEGORY)
                .append("\n  # rated down at ").append(record.path("timestamp").asText("an unknown time"))
                .append(" in conversation ").append(conversation).append(", turn ").append(record.get("turn").asInt())
                .append("\n  turns:\n");
        for (JsonNode earlier : record.path("earlierQuestions")) {
            yaml.append("    - question: ").append(quoted(earlier.asText()))
                    .append("   # asked before: the rated question follows it\n");
        }
        yaml.append("    - question: ").append(quoted(record.path("question").asText()))
                .append("\n      facts: []\n")
                .append("      answer-given: ").append(quoted(record.path("answer").asText())).append('\n');
        if (record.hasNonNull("comment")) {
            yaml.append("      comment: ").append(quoted(record.get("comment").asText())).append('\n');
        }
        yaml.append("      cited:");
        List<Map<String, Object>> cited = new ArrayList<>();
        for (JsonNode citation : record.path("citations")) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("n", citation.path("n").asInt());
            entry.put("document", citation.path("document").asText());
            entry.put("headings", citation.path("headings"));
            entry.put("passage", citation.path("plain").asText(citation.path("text").asText()));
            cited.add(entry);
        }
        if (cited.isEmpty()) {
            yaml.append(" []\n");
        } else {
            yaml.append('\n');
            cited.forEach(entry -> yaml.append("        - ").append(quoted(entry)).append('\n'));
        }
    }

    /**
     * {@code value} as YAML, written as JSON: a string in double quotes (JSON's escapes are all YAML's too, so any
     * text, with quotes, line breaks or a leading "-" or "#", stays exactly what it was), a map as a flow mapping.
     */
    private String quoted(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
