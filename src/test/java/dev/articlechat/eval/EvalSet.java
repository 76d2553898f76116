package dev.articlechat.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import io.quarkiverse.langchain4j.testing.evaluation.EvaluationSample;
import io.quarkiverse.langchain4j.testing.evaluation.Parameters;
import io.quarkiverse.langchain4j.testing.evaluation.Samples;

/**
 * Finds and reads the sets in {@code src/test/resources/eval}, each corpus's by its name. The extension's YAML loader
 * knows only strings; our cases carry facts, evidence and several turns, so they are read here and handed to the
 * scorer as samples whose one parameter is the case.
 */
public final class EvalSet {

    private static final Path DIR = Path.of("src/test/resources/eval");
    private static final Path NEXT = DIR.resolve("next");

    /** The article's suite, tuned on. */
    public static final Path QUESTIONS = DIR.resolve("questions.yaml");

    /** "ollama-docs-held-out-22": the corpus (empty for the article's sets) and the round (1 when unnumbered). */
    private static final Pattern HELD_OUT_NAME = Pattern.compile("(.*?)-?held-out(?:-(\\d+))?");

    /** The article's held-out sets, oldest round first. */
    public static final List<Path> HELD_OUT = heldOut("");

    /** Where a held-out set stands: its corpus and round, from its name (the file's, without ".yaml"). */
    record Round(String corpus, int number) {

        static Optional<Round> of(String setName) {
            Matcher m = HELD_OUT_NAME.matcher(setName);
            return m.matches()
                    ? Optional.of(new Round(m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2))))
                    : Optional.empty();
        }
    }

    /**
     * A corpus's sets: the one it was tuned on ({@code <corpus>.yaml}) if it has one, then its held-out rounds
     * ({@code <corpus>-held-out-N.yaml}), each written apart from the code before the pass it judged.
     */
    public static List<Path> of(String corpus) {
        Path own = DIR.resolve(corpus + ".yaml");
        return Stream.concat(Stream.of(own).filter(Files::exists), heldOut(corpus).stream()).toList();
    }

    /**
     * A corpus's held-out sets written for a pass to come, in {@code eval/next}: not scored yet, and not to be read
     * until then. That pass moves them beside the others, and scores them once before its change and once after it.
     */
    public static List<Path> waiting(String corpus) {
        return Files.isDirectory(NEXT) ? heldOut(NEXT, corpus) : List.of();
    }

    /** A corpus's held-out sets, oldest round first; the article's have no corpus in their names. */
    static List<Path> heldOut(String corpus) {
        return heldOut(DIR, corpus);
    }

    private static List<Path> heldOut(Path dir, String corpus) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> round(f).filter(r -> r.corpus().equals(corpus)).isPresent())
                    .sorted(Comparator.comparingInt(f -> round(f).orElseThrow().number())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Round> round(Path set) {
        return Round.of(name(set));
    }

    /** A set's name, as its reports and floors know it: its file's name without ".yaml" ("held-out-3"). */
    static String name(Path set) {
        return set.getFileName().toString().replace(".yaml", "");
    }

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
