package dev.articlechat.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.chat.Transcript;
import dev.articlechat.chat.TranscriptTurn;
import dev.articlechat.grounding.Citation;
import dev.articlechat.grounding.Quote;

/**
 * A conversation as a Markdown document to keep or share: each question a heading, each answer as it was given,
 * its {@code [n]} turned into footnotes that quote the passage (or the spans the answer quoted from it) and name
 * its document and heading path. Footnote labels carry the turn ({@code [^2-1]}), as every turn has its own [1].
 */
final class ConversationMarkdown {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    /** What Markdown would read as markup in text that is not Markdown (a question, a passage as a reader sees it). */
    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>#|~!]");

    private ConversationMarkdown() {
    }

    static String of(Transcript transcript) {
        StringBuilder md = new StringBuilder("# Conversation ").append(transcript.conversationId()).append("\n");
        List<TranscriptTurn> turns = transcript.turns();
        for (int i = 0; i < turns.size(); i++) {
            turn(md, transcript.firstTurn() + i + 1, turns.get(i));
        }
        return md.toString();
    }

    private static void turn(StringBuilder md, int number, TranscriptTurn turn) {
        ChatAnswer answer = turn.answer();
        Map<Integer, Citation> cited = answer.citations().stream()
                .collect(Collectors.toMap(Citation::n, Function.identity(), (a, b) -> a));
        md.append("\n## ").append(number).append(". ").append(text(turn.question())).append("\n\n")
                .append(footnoted(answer.answer(), number, cited)).append("\n\n")
                .append('*').append(origin(answer)).append("*\n");
        if (!cited.isEmpty()) {
            md.append('\n');
        }
        for (Citation c : answer.citations()) {
            md.append("[^").append(number).append('-').append(c.n()).append("]: ").append(quoted(c))
                    .append(" — *").append(text(c.document())).append("*");
            if (!c.headings().isEmpty()) {
                md.append(", ").append(text(String.join(" › ", c.headings())));
            }
            md.append('\n');
        }
    }

    /**
     * The answer as given, each cited {@code [n]} a footnote reference. It is the model's Markdown and stays so, but
     * for {@code <}: raw HTML in an answer is text on the page, and must not become markup in a viewer of this file.
     */
    private static String footnoted(String answer, int turn, Map<Integer, Citation> cited) {
        Matcher marker = MARKER.matcher(answer.replace("<", "\\<"));
        return marker.replaceAll(m -> cited.containsKey(Integer.parseInt(m.group(1)))
                ? Matcher.quoteReplacement("[^" + turn + "-" + m.group(1) + "]")
                : Matcher.quoteReplacement(m.group()));
    }

    /** The spans the answer quoted word for word from the passage, or else the whole passage as a reader sees it. */
    private static String quoted(Citation citation) {
        List<String> spans = citation.quotes().isEmpty() ? List.of(citation.plain().text())
                : citation.quotes().stream().map(Quote::text).toList();
        return spans.stream().map(span -> "“" + text(span) + "”").collect(Collectors.joining(" … "));
    }

    private static String origin(ChatAnswer answer) {
        String who = switch (answer.source()) {
            case ollama -> "Answered by " + answer.model();
            case extractive -> "Quoted from the documents, without a model";
            case none -> "Not in the documents";
        };
        String how = "stopped".equals(answer.doneReason()) ? " (stopped)"
                : "length".equals(answer.doneReason()) ? " (cut at the length limit)"
                : "error".equals(answer.doneReason()) ? " (incomplete)" : "";
        return who + how + " · " + String.format(Locale.ROOT, "%.1f s", answer.timings().totalMs() / 1000.0);
    }

    /** Plain text on one line, its markup characters escaped: a footnote or heading ends at a line break. */
    private static String text(String plain) {
        return MARKUP.matcher(plain.replaceAll("\\s+", " ").strip())
                .replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }
}
