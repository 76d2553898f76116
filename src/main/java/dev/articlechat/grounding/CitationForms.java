package dev.articlechat.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways models write a citation, read so that each can be checked like the {@code [n]} the prompt asks for:
 * {@code [1]}, {@code [1, 2]}, {@code [1-3]}, {@code [Passage 1]}, {@code [Source 1]}, {@code (Source 2)},
 * {@code Source 2} ending a sentence or labelling a line, {@code (1)} after a word, {@code [^1]}, {@code 【1】} and
 * {@code 【1†source】}. A marker in one of these shapes that names no number ({@code [^note]}, {@code 【source】},
 * {@code [Source: the article]}) is found too, so that the checker removes it rather than let it stand unchecked.
 * This is citation syntax only: a number in ordinary text ("version 2", "source 2 of the river", "(1992)",
 * "(see 1)", a "(1)" numbering a list) is not a citation.
 */
final class CitationForms {

    /** A passage number: three digits at most, so years and counts are not read as one. */
    private static final String NUMBER = "\\d{1,3}";
    /** A number or a range of them ({@code 1-3}, {@code 1–3}). */
    private static final String ITEM = NUMBER + "(?:\\s*[-–]\\s*" + NUMBER + ")?";
    /** The word a model may put before the number; the prompt calls them passages, many models say sources. */
    private static final String WORD = "(?i:(?:passage|source)s?)";
    /** Between two numbers of one marker: {@code 1, 2}, {@code 1; 2}, {@code 1 & 2}, {@code 1 and 2}, {@code 1, and 2}. */
    private static final String SEPARATOR = "(?:\\s*[,;&]\\s*(?:and\\s+)?|\\s+and\\s+)";
    /** Numbers and ranges, each perhaps with its word: {@code 1, 2}, {@code Passage 1, Passage 2}, {@code 1-3}. */
    private static final String LIST = "(?:" + WORD + "\\s*:?\\s*)?" + ITEM
            + "(?:" + SEPARATOR + "(?:" + WORD + "\\s*:?\\s*)?" + ITEM + ")*";
    /** What can stand right before a citation placed after a word or a sentence end: not a line start, ":" or ",". */
    private static final String AFTER_WORD = "(?<=[\\p{L}\\p{N}.!?\"'”’)\\]】][ \\t]?)";
    /** What follows a citation at the end of a clause: punctuation, the line's end, or another marker. */
    private static final String CLAUSE_END = "(?=[ \\t]*(?:[.,;:!?)\\]]|\\(\\d|\\[|【|$))";

    private static final List<Form> FORMS = List.of(
            // [1], [1, 2], [1-3], [Passage 1], [passage 1, 2], [Source 1], [Passage 1, Passage 2]
            Form.citing("\\[\\s*(?<n>" + LIST + ")\\s*]"),
            // [^1]: a Markdown footnote reference (its definition line is dropped, see withoutFootnoteDefinitions)
            Form.citing("\\[\\^(?<n>" + NUMBER + ")]"),
            // 【1】, 【1†source】, 【4:0†source】: full-width brackets; what follows † or : locates within the source
            Form.citing("【\\s*(?<n>" + LIST + ")\\s*(?:[†:][^】\\n]*)?】"),
            // (Source 2), (passage 1, 2), (Sources 1 and 3): the word makes it a citation wherever it stands
            Form.citing("\\(\\s*(?<n>" + WORD + "\\s*:?\\s*" + LIST + ")\\s*\\)"),
            // (1), (1, 2), (1)(2) right after a word or a sentence end and ending a clause; "(12)" may as well be an
            // age or a count, so a bare number is a citation only when it names an offered passage
            Form.citingOnlyOffered(AFTER_WORD + "\\((?<n>\\d{1,2}(?:\\s*[-–,]\\s*\\d{1,2})*)\\)" + CLAUSE_END),
            // Source 2 / passage 2 ending a sentence after its punctuation (". Source 2.", ", source 2." or " - Source 2")
            Form.citing("(?:^|(?<=[.!?,;:—–][\"”’)]?[ \\t]?)|(?<=[ \\t]-[ \\t]))(?<n>" + WORD + "\\s*:?\\s*" + LIST
                    + ")(?=[ \\t]*(?:[.;!?]|$))"),
            // Source 2: labelling the line it starts
            Form.citing("^[ \\t]*(?<n>" + WORD + "\\s*" + LIST + ")[ \\t]*:"),
            // the same shapes naming no number: nothing to check them against. Not "(Source: …)": documents credit
            // their pictures so ("(Source: Kremlin Photo)"), and an answer may repeat it
            Form.unreadable("\\[\\^[^\\]\\s]{1,40}]"),
            Form.unreadable("【[^】\\n]{0,60}】"),
            Form.unreadable("\\[\\s*" + WORD + "\\b[^\\]\\n]{0,60}](?!\\()"));

    private static final Pattern CITED = Pattern.compile("(" + NUMBER + ")(?:\\s*[-–]\\s*(" + NUMBER + "))?");
    /** A footnote definition ({@code [^1]: Passage 1 ...}) with the line breaks before it. */
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("\\n*^[ \\t]*\\[\\^[^\\]\\n]+]:.*$",
            Pattern.MULTILINE);

    private CitationForms() {
    }

    /**
     * A citation as written: where it stands in the answer and what it names. A run of adjacent markers
     * ({@code [1][3]}, {@code (1)(2)}) is one marker. {@code cited} is empty when it names no number.
     */
    record Marker(int start, int end, List<Cited> cited) {
    }

    /** A passage number ({@code first == last}) or a range of them, as written: possibly not offered. */
    record Cited(int first, int last) {
    }

    /** One shape of citation; its group {@code n} holds the numbers, when it has any. */
    private record Form(Pattern pattern, boolean names, boolean onlyOffered) {
        static Form citing(String regex) {
            return new Form(Pattern.compile(regex, Pattern.MULTILINE), true, false);
        }

        static Form citingOnlyOffered(String regex) {
            return new Form(Pattern.compile(regex, Pattern.MULTILINE), true, true);
        }

        static Form unreadable(String regex) {
            return new Form(Pattern.compile(regex, Pattern.MULTILINE), false, false);
        }
    }

    /** The answer without the footnote definitions a model may append: the citations already say where they point. */
    static String withoutFootnoteDefinitions(String answer) {
        return FOOTNOTE_DEFINITION.matcher(answer).replaceAll("");
    }

    /** The citation markers of {@code answer}, in order, when {@code offered} passages were numbered 1..offered. */
    static List<Marker> markers(String answer, int offered) {
        record Found(int start, int end, List<Cited> cited, Form form, int order) {
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < FORMS.size(); i++) {
            Form form = FORMS.get(i);
            Matcher m = form.pattern().matcher(answer);
            while (m.find()) {
                found.add(new Found(m.start(), m.end(), form.names() ? cited(m.group("n")) : List.of(), form, i));
            }
        }
        // where shapes overlap, the one starting first wins, then the longer, then the one listed first
        found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -f.end()).thenComparingInt(Found::order));
        List<Marker> markers = new ArrayList<>();
        for (Found f : found) {
            Marker last = markers.isEmpty() ? null : markers.get(markers.size() - 1);
            if (last != null && f.start() < last.end()
                    || f.form().onlyOffered() && !f.cited().stream().allMatch(c -> c.first() >= 1 && c.last() <= offered)) {
                continue;
            }
            if (last != null && f.start() == last.end()) {
                List<Cited> run = new ArrayList<>(last.cited());
                run.addAll(f.cited());
                markers.set(markers.size() - 1, new Marker(last.start(), f.end(), List.copyOf(run)));
            } else {
                markers.add(new Marker(f.start(), f.end(), f.cited()));
            }
        }
        return List.copyOf(markers);
    }

    private static List<Cited> cited(String numbers) {
        List<Cited> cited = new ArrayList<>();
        Matcher m = CITED.matcher(numbers);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            cited.add(new Cited(first, m.group(2) == null ? first : Integer.parseInt(m.group(2))));
        }
        return List.copyOf(cited);
    }
}
