package dev.articlechat.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.ingest.Sentences;
import dev.articlechat.ingest.TextSpan;
import dev.articlechat.retrieval.ScoredPassage;

/**
 * An answer from the article alone, for when no model can be asked: the sentences of the offered passages that
 * share the most words with the question, each cited by its passage's number.
 */
@Singleton
public class ExtractiveAnswerer {

    private static final int MAX_SENTENCES = 2;
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "are", "was", "were", "what", "when",
            "who", "whom", "why", "how", "did", "does", "has", "have", "had", "with", "this", "that", "these", "those",
            "from", "into", "its", "their", "there", "which", "about", "much", "many", "will", "would", "can", "could",
            "article", "say", "says", "tell");

    private record Candidate(int n, int rank, TextSpan span, String text, long overlap) {
    }

    public String answer(String question, List<ScoredPassage> offered) {
        Set<String> terms = terms(question);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            String text = offered.get(i).passage().text();
            for (TextSpan sentence : Sentences.of(text, 0, text.length())) {
                String s = text.substring(sentence.start(), sentence.end());
                long overlap = terms(s).stream().filter(terms::contains).count();
                candidates.add(new Candidate(i + 1, i, sentence, s, overlap));
            }
        }
        List<Candidate> best = candidates.stream()
                .sorted(Comparator.comparingLong(Candidate::overlap).reversed().thenComparingInt(Candidate::rank))
                .limit(MAX_SENTENCES)
                .filter(c -> c.overlap() > 0 || c.rank() == 0)
                .sorted(Comparator.comparingInt(Candidate::rank).thenComparingInt(c -> c.span().start()))
                .toList();
        return best.stream().map(c -> oneLine(c.text()) + " [" + c.n() + "]").collect(Collectors.joining(" "));
    }

    private static String oneLine(String sentence) {
        return sentence.replaceAll("\\s*\\n\\s*", " ");
    }

    /** Lower-cased words of three letters or more, without common words, cut to a crude stem. */
    static Set<String> terms(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !STOP_WORDS.contains(w))
                .map(w -> w.length() > 5 ? w.substring(0, 5) : w)
                .collect(Collectors.toSet());
    }
}
