package dev.articlechat.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

import io.quarkiverse.langchain4j.testing.evaluation.EvaluationSample;
import io.quarkiverse.langchain4j.testing.evaluation.Parameters;
import io.quarkiverse.langchain4j.testing.evaluation.Samples;

/**
 * Reads {@code src/test/resources/eval/questions.yaml} and the held-out sets beside it. The extension's YAML loader knows only strings; our cases
 * carry facts, evidence and several turns, so they are read here and handed to the scorer as samples whose one
 * parameter is the case.
 */
public final class EvalSet {

    public static final Path QUESTIONS = Path.of("src/test/resources/eval/questions.yaml");

    /** Questions written apart from the code, to see how the figures of the suite hold on questions nobody tuned for. */
    public static final List<Path> HELD_OUT = List.of(Path.of("src/test/resources/eval/held-out-1.yaml"),
            Path.of("src/test/resources/eval/held-out-2.yaml"), Path.of("src/test/resources/eval/held-out-3.yaml"),
            Path.of("src/test/resources/eval/held-out-4.yaml"), Path.of("src/test/resources/eval/held-out-5.yaml"),
            Path.of("src/test/resources/eval/held-out-6.yaml"), Path.of("src/test/resources/eval/held-out-7.yaml"),
            Path.of("src/test/resources/eval/held-out-8.yaml"), Path.of("src/test/resources/eval/held-out-9.yaml"),
            Path.of("src/test/resources/eval/held-out-10.yaml"), Path.of("src/test/resources/eval/held-out-11.yaml"),
            Path.of("src/test/resources/eval/held-out-12.yaml"), Path.of("src/test/resources/eval/held-out-13.yaml"),
            Path.of("src/test/resources/eval/held-out-14.yaml"), Path.of("src/test/resources/eval/held-out-15.yaml"),
            Path.of("src/test/resources/eval/held-out-16.yaml"), Path.of("src/test/resources/eval/held-out-17.yaml"),
            Path.of("src/test/resources/eval/held-out-18.yaml"),
            Path.of("src/test/resources/eval/held-out-19.yaml"),
            Path.of("src/test/resources/eval/held-out-20.yaml"),
            Path.of("src/test/resources/eval/held-out-21.yaml"),
            Path.of("src/test/resources/eval/held-out-22.yaml"));

    /** Over the Markdown corpus (Ollama's docs): a development set, and a held-out set written apart from it. */
    public static final Path OLLAMA_DOCS = Path.of("src/test/resources/eval/ollama-docs.yaml");
    public static final Path OLLAMA_DOCS_HELD_OUT = Path.of("src/test/resources/eval/ollama-docs-held-out.yaml");
    /** A second held-out set over the Markdown corpus, written before the second pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_2 = Path.of("src/test/resources/eval/ollama-docs-held-out-2.yaml");
    /** A third held-out set over the Markdown corpus, written before the third pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_3 = Path.of("src/test/resources/eval/ollama-docs-held-out-3.yaml");
    /** A fourth held-out set over the Markdown corpus, written before the fourth pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_4 = Path.of("src/test/resources/eval/ollama-docs-held-out-4.yaml");
    /** A fifth held-out set over the Markdown corpus, written before the fifth pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_5 = Path.of("src/test/resources/eval/ollama-docs-held-out-5.yaml");
    /** A sixth held-out set over the Markdown corpus, written before the sixth pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_6 = Path.of("src/test/resources/eval/ollama-docs-held-out-6.yaml");
    /** A seventh held-out set over the Markdown corpus, written before the seventh pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_7 = Path.of("src/test/resources/eval/ollama-docs-held-out-7.yaml");
    /** An eighth held-out set over the Markdown corpus, written before the eighth pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_8 = Path.of("src/test/resources/eval/ollama-docs-held-out-8.yaml");
    /** A ninth held-out set over the Markdown corpus, written before the ninth pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_9 = Path.of("src/test/resources/eval/ollama-docs-held-out-9.yaml");
    /** A tenth held-out set over the Markdown corpus, written before the tenth pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_10 = Path.of("src/test/resources/eval/ollama-docs-held-out-10.yaml");
    /** An eleventh held-out set over the Markdown corpus, written after the tenth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_11 = Path.of("src/test/resources/eval/ollama-docs-held-out-11.yaml");
    /** A twelfth held-out set over the Markdown corpus, written before the twelfth pass on issue 15. */
    public static final Path OLLAMA_DOCS_HELD_OUT_12 = Path.of("src/test/resources/eval/ollama-docs-held-out-12.yaml");
    /** A thirteenth held-out set over the Markdown corpus, written after the twelfth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_13 = Path.of("src/test/resources/eval/ollama-docs-held-out-13.yaml");
    /** A fourteenth held-out set over the Markdown corpus, written to judge the twelfth pass on issue 15 again. */
    public static final Path OLLAMA_DOCS_HELD_OUT_14 = Path.of("src/test/resources/eval/ollama-docs-held-out-14.yaml");
    /** A fifteenth held-out set over the Markdown corpus, written before the thirteenth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_15 = Path.of("src/test/resources/eval/ollama-docs-held-out-15.yaml");
    /** A sixteenth held-out set over the Markdown corpus, written before the fourteenth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_16 = Path.of("src/test/resources/eval/ollama-docs-held-out-16.yaml");
    /** A seventeenth held-out set over the Markdown corpus, written before the fifteenth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_17 = Path.of("src/test/resources/eval/ollama-docs-held-out-17.yaml");
    /** An eighteenth held-out set over the Markdown corpus, written before the sixteenth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_18 = Path.of("src/test/resources/eval/ollama-docs-held-out-18.yaml");
    /** A nineteenth held-out set over the Markdown corpus, written before the seventeenth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_19 = Path.of("src/test/resources/eval/ollama-docs-held-out-19.yaml");
    /** A twentieth held-out set over the Markdown corpus, written before the eighteenth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_20 = Path.of("src/test/resources/eval/ollama-docs-held-out-20.yaml");
    /** A twenty-first held-out set over the Markdown corpus, written before the nineteenth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_21 = Path.of("src/test/resources/eval/ollama-docs-held-out-21.yaml");
    /** A twenty-second held-out set over the Markdown corpus, written before the twentieth pass on issue 15 to judge it. */
    public static final Path OLLAMA_DOCS_HELD_OUT_22 = Path.of("src/test/resources/eval/ollama-docs-held-out-22.yaml");
    /** Over a third corpus (18F's content guide): a development set, written apart from the held-out one. */
    public static final Path CONTENT_GUIDE = Path.of("src/test/resources/eval/18f-content-guide.yaml");
    /** Over the third corpus, written before the third pass on issue 15 and before its development set. */
    public static final Path CONTENT_GUIDE_HELD_OUT = Path.of("src/test/resources/eval/18f-content-guide-held-out.yaml");

    /** A second held-out set over the third corpus, written before the fourth pass on issue 15. */
    public static final Path CONTENT_GUIDE_HELD_OUT_2 = Path.of("src/test/resources/eval/18f-content-guide-held-out-2.yaml");
    /** A third held-out set over the third corpus, written before the fifth pass on issue 15. */
    public static final Path CONTENT_GUIDE_HELD_OUT_3 = Path.of("src/test/resources/eval/18f-content-guide-held-out-3.yaml");
    /** A fourth held-out set over the third corpus, written before the sixth pass on issue 15. */
    public static final Path CONTENT_GUIDE_HELD_OUT_4 = Path.of("src/test/resources/eval/18f-content-guide-held-out-4.yaml");
    /** A fifth held-out set over the third corpus, written before the seventh pass on issue 15. */
    public static final Path CONTENT_GUIDE_HELD_OUT_5 = Path.of("src/test/resources/eval/18f-content-guide-held-out-5.yaml");
    /** A sixth held-out set over the third corpus, written before the eighth pass on issue 15. */
    public static final Path CONTENT_GUIDE_HELD_OUT_6 = Path.of("src/test/resources/eval/18f-content-guide-held-out-6.yaml");
    /** A seventh held-out set over the third corpus, written before the ninth pass on issue 15. */
    public static final Path CONTENT_GUIDE_HELD_OUT_7 = Path.of("src/test/resources/eval/18f-content-guide-held-out-7.yaml");
    /** An eighth held-out set over the third corpus, written before the tenth pass on issue 15. */
    public static final Path CONTENT_GUIDE_HELD_OUT_8 = Path.of("src/test/resources/eval/18f-content-guide-held-out-8.yaml");
    /** A ninth held-out set over the third corpus, written after the tenth pass on issue 15 to judge it. */
    public static final Path CONTENT_GUIDE_HELD_OUT_9 = Path.of("src/test/resources/eval/18f-content-guide-held-out-9.yaml");
    /** A tenth held-out set over the third corpus, written before the twelfth pass on issue 15. */
    public static final Path CONTENT_GUIDE_HELD_OUT_10 = Path.of("src/test/resources/eval/18f-content-guide-held-out-10.yaml");
    /** An eleventh held-out set over the third corpus, written after the twelfth pass on issue 15 to judge it. */
    public static final Path CONTENT_GUIDE_HELD_OUT_11 = Path.of("src/test/resources/eval/18f-content-guide-held-out-11.yaml");
    /** A twelfth held-out set over the third corpus, written to judge the twelfth pass on issue 15 again. */
    public static final Path CONTENT_GUIDE_HELD_OUT_12 = Path.of("src/test/resources/eval/18f-content-guide-held-out-12.yaml");
    /** A thirteenth held-out set over the third corpus, written before the thirteenth pass on issue 15 to judge it. */
    public static final Path CONTENT_GUIDE_HELD_OUT_13 = Path.of("src/test/resources/eval/18f-content-guide-held-out-13.yaml");
    /** A fourteenth held-out set over the third corpus, written before the fourteenth pass on issue 15 to judge it. */
    public static final Path CONTENT_GUIDE_HELD_OUT_14 = Path.of("src/test/resources/eval/18f-content-guide-held-out-14.yaml");
    /** A fifteenth held-out set over the third corpus, written before the fifteenth pass on issue 15 to judge it. */
    public static final Path CONTENT_GUIDE_HELD_OUT_15 = Path.of("src/test/resources/eval/18f-content-guide-held-out-15.yaml");
    /** A sixteenth held-out set over the third corpus, written before the sixteenth pass on issue 15 to judge it. */
    public static final Path CONTENT_GUIDE_HELD_OUT_16 = Path.of("src/test/resources/eval/18f-content-guide-held-out-16.yaml");
    /** A seventeenth held-out set over the third corpus, written before the seventeenth pass on issue 15 to judge it. */
    public static final Path CONTENT_GUIDE_HELD_OUT_17 = Path.of("src/test/resources/eval/18f-content-guide-held-out-17.yaml");
    /** An eighteenth held-out set over the third corpus, written before the nineteenth pass on issue 15 to judge it. */
    public static final Path CONTENT_GUIDE_HELD_OUT_18 = Path.of("src/test/resources/eval/18f-content-guide-held-out-18.yaml");
    /** A nineteenth held-out set over the third corpus, written before the twentieth pass on issue 15 to judge it. */
    public static final Path CONTENT_GUIDE_HELD_OUT_19 = Path.of("src/test/resources/eval/18f-content-guide-held-out-19.yaml");
    /** Over a fourth corpus (GitHub's site policies): held out only, written before the fourth pass on issue 15. */
    public static final Path SITE_POLICY_HELD_OUT = Path.of("src/test/resources/eval/github-site-policy-held-out.yaml");

    /** A second held-out set over the fourth corpus, written before the fifth pass on issue 15. */
    public static final Path SITE_POLICY_HELD_OUT_2 = Path.of("src/test/resources/eval/github-site-policy-held-out-2.yaml");
    /** A third held-out set over the fourth corpus, written before the sixth pass on issue 15. */
    public static final Path SITE_POLICY_HELD_OUT_3 = Path.of("src/test/resources/eval/github-site-policy-held-out-3.yaml");
    /** A fourth held-out set over the fourth corpus, written before the seventh pass on issue 15. */
    public static final Path SITE_POLICY_HELD_OUT_4 = Path.of("src/test/resources/eval/github-site-policy-held-out-4.yaml");
    /** A fifth held-out set over the fourth corpus, written before the eighth pass on issue 15. */
    public static final Path SITE_POLICY_HELD_OUT_5 = Path.of("src/test/resources/eval/github-site-policy-held-out-5.yaml");
    /** A sixth held-out set over the fourth corpus, written before the ninth pass on issue 15. */
    public static final Path SITE_POLICY_HELD_OUT_6 = Path.of("src/test/resources/eval/github-site-policy-held-out-6.yaml");
    /** A seventh held-out set over the fourth corpus, written before the tenth pass on issue 15. */
    public static final Path SITE_POLICY_HELD_OUT_7 = Path.of("src/test/resources/eval/github-site-policy-held-out-7.yaml");
    /** An eighth held-out set over the fourth corpus, written after the tenth pass on issue 15 to judge it. */
    public static final Path SITE_POLICY_HELD_OUT_8 = Path.of("src/test/resources/eval/github-site-policy-held-out-8.yaml");
    /** A ninth held-out set over the fourth corpus, written before the twelfth pass on issue 15. */
    public static final Path SITE_POLICY_HELD_OUT_9 = Path.of("src/test/resources/eval/github-site-policy-held-out-9.yaml");
    /** A tenth held-out set over the fourth corpus, written after the twelfth pass on issue 15 to judge it. */
    public static final Path SITE_POLICY_HELD_OUT_10 = Path.of("src/test/resources/eval/github-site-policy-held-out-10.yaml");
    /** An eleventh held-out set over the fourth corpus, written to judge the twelfth pass on issue 15 again. */
    public static final Path SITE_POLICY_HELD_OUT_11 = Path.of("src/test/resources/eval/github-site-policy-held-out-11.yaml");
    /** A twelfth held-out set over the fourth corpus, written before the thirteenth pass on issue 15 to judge it. */
    public static final Path SITE_POLICY_HELD_OUT_12 = Path.of("src/test/resources/eval/github-site-policy-held-out-12.yaml");
    /** A thirteenth held-out set over the fourth corpus, written before the fourteenth pass on issue 15 to judge it. */
    public static final Path SITE_POLICY_HELD_OUT_13 = Path.of("src/test/resources/eval/github-site-policy-held-out-13.yaml");
    /** A fourteenth held-out set over the fourth corpus, written before the fifteenth pass on issue 15 to judge it. */
    public static final Path SITE_POLICY_HELD_OUT_14 = Path.of("src/test/resources/eval/github-site-policy-held-out-14.yaml");
    /** A fifteenth held-out set over the fourth corpus, written before the sixteenth pass on issue 15 to judge it. */
    public static final Path SITE_POLICY_HELD_OUT_15 = Path.of("src/test/resources/eval/github-site-policy-held-out-15.yaml");
    /** A sixteenth held-out set over the fourth corpus, written before the seventeenth pass on issue 15 to judge it. */
    public static final Path SITE_POLICY_HELD_OUT_16 = Path.of("src/test/resources/eval/github-site-policy-held-out-16.yaml");
    /** A seventeenth held-out set over the fourth corpus, written before the nineteenth pass on issue 15 to judge it. */
    public static final Path SITE_POLICY_HELD_OUT_17 = Path.of("src/test/resources/eval/github-site-policy-held-out-17.yaml");
    /** An eighteenth held-out set over the fourth corpus, written before the twentieth pass on issue 15 to judge it. */
    public static final Path SITE_POLICY_HELD_OUT_18 = Path.of("src/test/resources/eval/github-site-policy-held-out-18.yaml");

    private EvalSet() {
    }

    @SuppressWarnings("unchecked")
    public static List<EvalCase> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Map<String, Object>> items = new Yaml().load(reader);
            return items.stream().map(item -> new EvalCase((String) item.get("name"), (String) item.get("category"),
                    ((List<Map<String, Object>>) item.get("turns")).stream().map(EvalSet::turn).toList())).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static EvalCase.EvalTurn turn(Map<String, Object> turn) {
        return new EvalCase.EvalTurn((String) turn.get("question"),
                (List<String>) turn.getOrDefault("facts", List.of()),
                (String) turn.get("evidence"),
                (Boolean) turn.getOrDefault("answerable", Boolean.TRUE));
    }

    /** The cases as the scorer's samples; the expected output is an empty run of the same case. */
    public static Samples<CaseRun> samples(List<EvalCase> cases) {
        return new Samples<>(cases.stream()
                .map(c -> EvaluationSample.<CaseRun> builder()
                        .withName(c.name())
                        .withParameters(Parameters.of(c))
                        .withExpectedOutput(new CaseRun(c, List.of()))
                        .withTags(c.category())
                        .build())
                .toList());
    }
}
