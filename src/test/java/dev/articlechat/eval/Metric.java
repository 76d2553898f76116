package dev.articlechat.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.articlechat.eval.CaseRun.TurnRun;
import dev.articlechat.eval.EvalReport.Tally;
import dev.articlechat.grounding.Citation;
import dev.articlechat.ingest.Passage;

/**
 * What the suite measures, turn by turn. A metric applies to some turns only (empty when not): recall and
 * citations to answerable turns, refusal to all, follow-up to second turns, ALCE's citation quality to answered
 * turns. Most count one pass or fail per turn; ALCE's count sentences or citations, pooled over the turns.
 */
public enum Metric {

    /** The evidence is in one of the passages offered to the model (k as configured). */
    RECALL_AT_K("retrieval recall@k") {
        @Override
        Optional<Boolean> check(TurnRun turn) {
            return answerable(turn) ? Optional.of(turn.retrieved().stream().anyMatch(p -> holds(p, turn))) : none();
        }
    },
    /** The evidence is in the first passage offered. */
    RECALL_AT_1("retrieval recall@1") {
        @Override
        Optional<Boolean> check(TurnRun turn) {
            return answerable(turn)
                    ? Optional.of(!turn.retrieved().isEmpty() && holds(turn.retrieved().get(0), turn))
                    : none();
        }
    },
    /** Every required fact is stated in the answer. */
    FACTS("fact accuracy") {
        @Override
        Optional<Boolean> check(TurnRun turn) {
            return answerable(turn)
                    ? Optional.of(turn.expected().facts().stream().allMatch(f -> Text.states(turn.answer().answer(), f)))
                    : none();
        }
    },
    /** A cited passage holds the evidence, and every [n] of the answer is a listed citation (and vice versa). */
    CITATIONS("citation accuracy") {
        @Override
        Optional<Boolean> check(TurnRun turn) {
            if (!answerable(turn)) {
                return none();
            }
            List<Citation> citations = turn.answer().citations();
            boolean grounded = citations.stream().anyMatch(c -> Text.contains(c.text(), turn.expected().evidence()));
            return Optional.of(grounded && markersMatch(turn.answer().answer(), citations));
        }
    },
    /** Unanswerable turns get "the article does not say"; answerable ones never do. */
    REFUSALS("refusal accuracy") {
        @Override
        Optional<Boolean> check(TurnRun turn) {
            boolean refused = refused(turn);
            return Optional.of(turn.expected().answerable() != refused);
        }
    },
    /** Unanswerable turns refused, of all unanswerable turns: what "refusals" means in issue 15's target. */
    UNANSWERABLE_REFUSED("unanswerable refused") {
        @Override
        Optional<Boolean> check(TurnRun turn) {
            return answerable(turn) ? none() : Optional.of(refused(turn));
        }
    },
    /** Answerable turns not refused, of all answerable turns; each one missing is a false refusal. */
    ANSWERABLE_ANSWERED("answerable not refused") {
        @Override
        Optional<Boolean> check(TurnRun turn) {
            return answerable(turn) ? Optional.of(!refused(turn)) : none();
        }
    },
    /**
     * Answerable turns that reached the model, or would have: refused before it only when retrieval offered no passage
     * (the topic gate's refusal, ChatService), which no model can undo. Measured without a model too, so on every
     * corpus; issue 15 allows none kept from it.
     */
    REACHED_MODEL("answerable reached the model") {
        @Override
        Optional<Boolean> check(TurnRun turn) {
            return answerable(turn) ? Optional.of(!(refused(turn) && turn.answer().retrieved().isEmpty())) : none();
        }
    },
    /** The second turn of a conversation states its facts. */
    FOLLOW_UPS("follow-up accuracy") {
        @Override
        Optional<Boolean> check(TurnRun turn) {
            return turn.followUp() ? FACTS.check(turn) : none();
        }
    },
    /** Sentences that cite and whose citations together support them, of all sentences ({@link CitationQuality}). */
    ALCE_RECALL("ALCE citation recall (sentences)") {
        @Override
        Optional<Tally> count(TurnRun turn) {
            CitationQuality q = turn.citationQuality();
            return answered(turn) ? Optional.of(new Tally(q.supportedAndCited(), q.sentences())) : Optional.empty();
        }

        @Override
        Optional<Boolean> check(TurnRun turn) {
            return count(turn).map(Tally::all);
        }
    },
    /** Citations needed by a supported sentence, of all citations ({@link CitationQuality}); turns that cite. */
    ALCE_PRECISION("ALCE citation precision (citations)") {
        @Override
        Optional<Tally> count(TurnRun turn) {
            CitationQuality q = turn.citationQuality();
            return answered(turn) && q.citations() > 0 ? Optional.of(new Tally(q.needed(), q.citations()))
                    : Optional.empty();
        }

        @Override
        Optional<Boolean> check(TurnRun turn) {
            return count(turn).map(Tally::all);
        }
    };

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Passed or failed for this turn, or empty when the metric does not apply to it. */
    abstract Optional<Boolean> check(TurnRun turn);

    /** What this turn adds to the metric's figure: one pass or fail, unless the metric counts finer. */
    Optional<Tally> count(TurnRun turn) {
        return check(turn).map(ok -> new Tally(ok ? 1 : 0, 1));
    }

    static boolean refused(TurnRun turn) {
        return turn.answer().source() == dev.articlechat.chat.ChatAnswer.Source.none;
    }

    /** A turn that was answered, not refused nor failed. */
    private static boolean answered(TurnRun turn) {
        return !refused(turn) && !turn.answer().answer().isBlank();
    }

    private static boolean answerable(TurnRun turn) {
        return turn.expected().answerable();
    }

    private static boolean holds(Passage passage, TurnRun turn) {
        return Text.contains(passage.text(), turn.expected().evidence());
    }

    private static boolean markersMatch(String answer, List<Citation> citations) {
        Map<Integer, Citation> byN = new java.util.HashMap<>();
        citations.forEach(c -> byN.put(c.n(), c));
        java.util.Set<Integer> used = new java.util.HashSet<>();
        Matcher m = MARKER.matcher(answer);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        return used.equals(byN.keySet());
    }

    private static Optional<Boolean> none() {
        return Optional.empty();
    }
}
