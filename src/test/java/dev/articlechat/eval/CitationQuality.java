package dev.articlechat.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.grounding.Citation;
import dev.articlechat.grounding.SentenceSupport;
import dev.articlechat.grounding.SupportChecker;

/**
 * ALCE's citation quality for one answer (Gao et al. 2023, "Enabling Large Language Models to Generate Text with
 * Citations"), with our {@link SupportChecker} as the judge where ALCE asks an NLI model whether passages entail a
 * sentence. Recall: a sentence counts when it cites and its citations together support it. Precision: a citation
 * counts when its sentence is supported and the citation is needed: it is irrelevant when it alone does not support
 * the sentence and the sentence's other citations do without it (ALCE checks this only for sentences with more than
 * one citation; a lone citation of a supported sentence is needed, any citation of an unsupported one is not).
 */
record CitationQuality(int sentences, int supportedAndCited, int citations, int needed) {

    static CitationQuality of(ChatAnswer answer, SupportChecker checker) {
        Map<Integer, String> passages = new HashMap<>();
        for (Citation c : answer.citations()) {
            passages.put(c.n(), c.plain().text());
        }
        int supported = 0;
        int citations = 0;
        int needed = 0;
        for (SentenceSupport s : answer.support()) {
            boolean cited = !s.cites().isEmpty();
            citations += s.cites().size();
            if (cited && s.supported()) {
                supported++;
                String sentence = answer.answer().substring(s.start(), s.end());
                needed += s.cites().size() == 1 ? 1
                        : (int) s.cites().stream().filter(n -> needed(sentence, n, s.cites(), passages, checker)).count();
            }
        }
        return new CitationQuality(answer.support().size(), supported, citations, needed);
    }

    private static boolean needed(String sentence, int n, List<Integer> cites, Map<Integer, String> passages,
            SupportChecker checker) {
        boolean alone = checker.gap(sentence, Map.of(n, passages.get(n))).isEmpty();
        Map<Integer, String> others = new HashMap<>();
        cites.stream().filter(m -> m != n).forEach(m -> others.put(m, passages.get(m)));
        return alone || checker.gap(sentence, others).isPresent();
    }
}
