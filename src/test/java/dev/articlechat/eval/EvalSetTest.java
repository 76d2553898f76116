package dev.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.Corpora;

/** The question set is what the README promises, and every piece of evidence really is in the article. */
class EvalSetTest {

    @Test
    void theSetIsCompleteAndItsEvidenceIsInTheArticle() throws Exception {
        String article = Corpora.article();
        List<EvalCase> cases = EvalSet.load(EvalSet.QUESTIONS);
        List<EvalCase.EvalTurn> turns = cases.stream().flatMap(c -> c.turns().stream()).toList();

        assertThat(turns).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases).extracting(EvalCase::name).doesNotHaveDuplicates();
        assertThat(turns.stream().filter(t -> !t.answerable())).hasSizeGreaterThanOrEqualTo(8);
        assertThat(cases.stream().filter(c -> c.turns().size() > 1)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(turns.stream().filter(EvalCase.EvalTurn::answerable)).allSatisfy(t -> {
            assertThat(t.facts()).as(t.question()).isNotEmpty();
            assertThat(Text.contains(article, t.evidence())).as("evidence of: " + t.question()).isTrue();
            assertThat(t.facts()).as(t.question()).allSatisfy(f -> assertThat(Text.states(article, f)).isTrue());
        });
        // every number of the article is asked about
        for (String number : List.of("30 000", "2008", "June 2024", "11 000", "4 000", "6 000", "90%", "2012",
                "$10 billion", "$3,8 million", "$52,9 million", "$111 million")) {
            assertThat(turns).as(number).anyMatch(t -> t.answerable() && t.facts().stream()
                    .anyMatch(f -> Text.states(number, f) || Text.states(f, number.replace("$", ""))));
        }
    }

    /** As the issue asks: 30+ answerable questions, 6 unanswerable, 3 two-turn follow-ups, evidence in the docs. */
    @Test
    void theMarkdownCorpusSetsAreCompleteAndTheirEvidenceIsInTheDocuments() throws Exception {
        Map<String, Path> corpora = Map.of("ollama-docs", Corpora.OLLAMA_DOCS, "18f-content-guide",
                Corpora.CONTENT_GUIDE, "github-site-policy", Corpora.SITE_POLICY);
        Map<Path, Path> corpusOfSet = new HashMap<>();
        corpora.forEach((name, docs) -> Stream.concat(EvalSet.of(name).stream(), EvalSet.waiting(name).stream())
                .forEach(set -> corpusOfSet.put(set, docs)));
        // every file of the folder (and of next/) is found as a set of one corpus, so none goes unchecked or unscored
        try (Stream<Path> files = Files.walk(EvalSet.QUESTIONS.getParent(), 2)) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> !corpusOfSet.containsKey(f)))
                    .containsExactlyInAnyOrderElementsOf(Stream.of(Stream.of(EvalSet.QUESTIONS),
                            EvalSet.HELD_OUT.stream(), EvalSet.waiting("").stream()).flatMap(s -> s).toList());
        }
        for (Map.Entry<Path, Path> entry : corpusOfSet.entrySet()) {
            Path set = entry.getKey();
            String docs = Corpora.all(entry.getValue());
            List<EvalCase> cases = EvalSet.load(set);
            List<EvalCase.EvalTurn> turns = cases.stream().flatMap(c -> c.turns().stream()).toList();
            assertThat(cases).as(set.toString()).extracting(EvalCase::name).doesNotHaveDuplicates();
            assertThat(cases.stream().filter(c -> c.turns().size() == 2)).as(set.toString()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(turns.stream().filter(t -> !t.answerable())).as(set.toString()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(turns.stream().filter(EvalCase.EvalTurn::answerable)).as(set.toString()).allSatisfy(t -> {
                assertThat(Text.contains(docs, t.evidence())).as("evidence of: " + t.question()).isTrue();
                assertThat(t.facts()).as(t.question()).isNotEmpty()
                        .allSatisfy(f -> assertThat(Text.states(docs, f)).as(f).isTrue());
            });
        }
        assertThat(EvalSet.load(EvalSet.of("ollama-docs").get(0)).stream()
                .filter(c -> c.turns().size() == 1 && c.turns().get(0).answerable())).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void theHeldOutSetsAreShortConversationsWhoseEvidenceIsInTheArticle() throws Exception {
        String article = Corpora.article();
        for (Path set : Stream.concat(EvalSet.HELD_OUT.stream(), EvalSet.waiting("").stream()).toList()) {
            List<EvalCase> cases = EvalSet.load(set);
            assertThat(cases).as(set.toString()).hasSizeGreaterThanOrEqualTo(35)
                    .extracting(EvalCase::name).doesNotHaveDuplicates();
            // the later sets add two-turn follow-ups, each turn answerable
            assertThat(cases).allSatisfy(c -> assertThat(c.turns()).hasSizeBetween(1, 2));
            List<EvalCase.EvalTurn> turns = cases.stream().flatMap(c -> c.turns().stream()).toList();
            assertThat(turns.stream().filter(t -> !t.answerable())).as(set.toString()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(turns.stream().filter(EvalCase.EvalTurn::answerable)).as(set.toString())
                    .hasSizeGreaterThanOrEqualTo(25).allSatisfy(t -> {
                    assertThat(Text.contains(article, t.evidence())).as("evidence of: " + t.question()).isTrue();
                    assertThat(t.facts()).as(t.question()).isNotEmpty()
                            .allSatisfy(f -> assertThat(Text.states(article, f)).isTrue());
                });
        }
    }
}
