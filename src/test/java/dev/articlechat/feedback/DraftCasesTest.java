package dev.articlechat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import dev.articlechat.eval.EvalCase;
import dev.articlechat.eval.EvalSet;

class DraftCasesTest {

    private static final String CITATION = "{\"n\":1,\"id\":\"p05\",\"document\":\"article.txt\","
            + "\"headings\":[\"Article\",\"Military cooperation\"],\"text\":\"In June 2024, the *treaty*.\","
            + "\"plain\":\"In June 2024, the treaty.\",\"start\":0,\"end\":10,\"score\":0.7,\"quotes\":[]}";

    private static String line(String conversation, int turn, String rating, String comment, String question,
            String earlier) {
        return "{\"timestamp\":\"2025-05-01T10:00:00Z\",\"conversationId\":\"" + conversation + "\",\"turn\":" + turn
                + ",\"rating\":\"" + rating + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
                + ",\"question\":\"" + question + "\",\"earlierQuestions\":[" + earlier + "],"
                + "\"answer\":\"It was signed in 2023. [1]\",\"citations\":[" + CITATION + "],\"support\":[],"
                + "\"source\":\"ollama\",\"model\":\"llama3.2\",\"doneReason\":\"stop\"}";
    }

    @TempDir
    Path folder;

    @Test
    void downRatedAnswersBecomeDraftCasesThatTheEvaluationLoaderReads() throws Exception {
        List<String> lines = List.of(
                line("4433df7f-aaaa", 0, "up", null, "Who signed it?", ""),
                line("4433df7f-aaaa", 1, "down", "Wrong year: \\\"2024\\\", not 2023", "When was the treaty signed?",
                        "\"Who signed it?\""),
                "not json at all",
                // rated down, then up: the reader's last word is up, so no draft
                line("9999", 0, "down", null, "Is it ratified?", ""),
                line("9999", 0, "up", null, "Is it ratified?", ""),
                // a question that YAML would misread if it were not quoted
                line("5555", 0, "down", null, "- #1: what's \\\"it\\\"?\\nreally", ""));

        DraftCases.Drafts drafts = new DraftCases().convert(lines, folder.resolve("feedback.jsonl"));
        assertThat(drafts.cases()).isEqualTo(2);
        assertThat(drafts.unreadable()).isEqualTo(1);

        Path file = folder.resolve("drafts.yaml");
        Files.writeString(file, drafts.yaml(), StandardCharsets.UTF_8);
        List<EvalCase> cases = EvalSet.load(file);
        assertThat(cases).extracting(EvalCase::name).containsExactly("feedback-4433df7f-1", "feedback-5555-0");
        assertThat(cases).extracting(EvalCase::category).containsOnly(DraftCases.CATEGORY);

        EvalCase followUp = cases.get(0);
        assertThat(followUp.turns()).extracting(EvalCase.EvalTurn::question)
                .containsExactly("Who signed it?", "When was the treaty signed?");
        EvalCase.EvalTurn rated = followUp.turns().get(1);
        assertThat(rated.facts()).isEmpty();
        assertThat(rated.evidence()).isNull();
        assertThat(cases.get(1).turns().get(0).question()).isEqualTo("- #1: what's \"it\"?\nreally");

        // what the evaluator sees beside the question: the answer, its citation, the reader's comment
        @SuppressWarnings("unchecked")
        Map<String, Object> turn = ((List<Map<String, Object>>) ((List<Map<String, Object>>) new Yaml()
                .load(drafts.yaml())).get(0).get("turns")).get(1);
        assertThat(turn).containsEntry("answer-given", "It was signed in 2023. [1]")
                .containsEntry("comment", "Wrong year: \"2024\", not 2023")
                .containsEntry("facts", List.of());
        assertThat(turn.get("cited")).isEqualTo(List.of(Map.of("n", 1, "document", "article.txt",
                "headings", List.of("Article", "Military cooperation"), "passage", "In June 2024, the treaty.")));
    }

    @Test
    void noDownRatingsMakeAnEmptySet() throws Exception {
        DraftCases.Drafts drafts = new DraftCases().convert(List.of(line("1", 0, "up", null, "Q?", "")),
                folder.resolve("feedback.jsonl"));
        Path file = folder.resolve("drafts.yaml");
        Files.writeString(file, drafts.yaml(), StandardCharsets.UTF_8);
        assertThat(EvalSet.load(file)).isEmpty();
    }
}
