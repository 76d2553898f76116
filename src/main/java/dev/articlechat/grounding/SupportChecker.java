package dev.articlechat.grounding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import io.quarkus.logging.Log;

/**
 * Checks each sentence of an answer against the passages it cites, without a model. A sentence with {@code [n]}
 * markers is supported when its cited passages, together, hold every number and name it states and at least
 * {@code article-chat.grounding.min-word-share} of its content words (see {@link Claim}); otherwise the reason
 * names what is missing. A sentence without markers is flagged "no citation" when it is a claim: it states a number
 * or a name, or enough of its words (and more than one) are in the passages the answer cites elsewhere (it restates
 * them). Questions
 * back to the user, lead-ins ending in a colon and sentences that say the sources lack something ("The article does
 * not say…", by the words of {@link SourceTalk}) are no claims.
 */
@Singleton
public class SupportChecker {

    static final String NO_CITATION = "no citation";

    private final double minWordShare;
    private final SourceTalk talk;

    @Inject
    public SupportChecker(ArticleChatConfig config) {
        this(config.grounding().minWordShare());
    }

    public SupportChecker(double minWordShare) {
        this(minWordShare, SourceTalk.ENGLISH);
    }

    SupportChecker(double minWordShare, SourceTalk talk) {
        this.minWordShare = minWordShare;
        this.talk = talk;
    }

    /** Every sentence of {@code answer}, given the plain text of each passage it cites, by number. */
    public List<SentenceSupport> check(String answer, Map<Integer, String> passages) {
        Evidence citedAnywhere = new Evidence(passages.values());
        return AnswerSentences.of(answer).stream().map(s -> {
            Claim claim = Claim.of(answer.substring(s.start(), s.end()), talk);
            String reason = s.cites().isEmpty()
                    ? needsCitation(claim, citedAnywhere) ? NO_CITATION : null
                    : gap(claim, cited(passages, s.cites()));
            if (reason != null) {
                Log.debugf("Unsupported: %s (%s)", answer.substring(s.start(), s.end()), reason);
            }
            return SentenceSupport.of(s.start(), s.end(), s.cites(), reason);
        }).toList();
    }

    /**
     * Why the passages {@code cited} (plain text by number) do not back {@code sentence} (which may carry markers and
     * Markdown), or empty when they do.
     */
    public Optional<String> gap(String sentence, Map<Integer, String> cited) {
        return Optional.ofNullable(gap(Claim.of(sentence, talk), new TreeMap<>(cited)));
    }

    private String gap(Claim claim, Map<Integer, String> cited) {
        if (cited.isEmpty()) {
            return NO_CITATION;
        }
        Evidence evidence = new Evidence(cited.values());
        List<String> missing = Stream.concat(claim.numbers().stream().filter(n -> !evidence.hasNumber(n)),
                        claim.names().stream().filter(n -> !evidence.hasName(n)))
                .map(item -> "“" + item.written() + "”").distinct().toList();
        String where = (cited.size() == 1 ? "passage " : "passages ")
                + cited.keySet().stream().map(n -> "[" + n + "]").collect(Collectors.joining());
        if (!missing.isEmpty()) {
            return String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not in " + where;
        }
        return evidence.held(claim.terms()) < minWordShare * claim.terms().size()
                ? "few of its words are in " + where : null;
    }

    private boolean needsCitation(Claim claim, Evidence citedAnywhere) {
        if (claim.asksOrIntroduces() || claim.saysSourcesLack()) {
            return false;
        }
        // one word in common can be chance ("I hope this helps."): a restatement shares more
        long held = citedAnywhere.held(claim.terms());
        return !claim.numbers().isEmpty() || !claim.names().isEmpty()
                || held > 1 && held >= minWordShare * claim.terms().size();
    }

    private static Map<Integer, String> cited(Map<Integer, String> passages, List<Integer> cites) {
        Map<Integer, String> cited = new TreeMap<>();
        cites.stream().filter(passages::containsKey).forEach(n -> cited.put(n, passages.get(n)));
        return cited;
    }
}
