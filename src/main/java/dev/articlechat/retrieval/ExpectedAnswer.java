package dev.articlechat.retrieval;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of answer a question asks for, read from its wording ("how old", "when", "how many"), and what a
 * sentence must contain to give it: an age, a date, a number, a statement. A question that asks for none of these
 * kinds has none.
 */
public enum ExpectedAnswer {

    AGE("age",
            "\\bhow old\\b|\\bwhat age\\b|\\bage of\\b|\\bwhen was .+ born\\b",
            "\\b\\d+[\\s-]*years?[\\s-]*old\\b|\\baged?\\s+\\d+|\\bborn\\b"),
    YEAR("year",
            "\\b(what|which) year\\b",
            Patterns.YEAR),
    DURATION("length or duration",
            "\\bhow long\\b",
            "\\b\\d[\\d\\s,.]*\\s*(years?|months?|weeks?|days?|hours?|decades?|km|kilomet\\w*|met(er|re)s?|miles?)\\b"
                    + "|\\bdecades?\\b|\\bcentur(y|ies)\\b|\\bfor a (long|short) time\\b|\\bsince\\b"),
    DATE("date or time",
            "^\\W*when\\b|\\bwhat (date|day|month|time)\\b|\\bsince when\\b|\\bby when\\b|\\bhow soon\\b",
            Patterns.YEAR + "|\\b(january|february|march|april|may|june|july|august|september|october|november"
                    + "|december)\\b|\\b\\d{1,2}(st|nd|rd|th)\\b|\\b(ago|yesterday|today|tomorrow|now|soon|recently"
                    + "|later|earlier|then|since|until|after|before|during|when|while|once)\\b"),
    QUANTITY("number or amount",
            "\\bhow (many|much|large|big|high)\\b|\\bwhat (percentage|proportion|fraction|share|number|amount|value"
                    + "|sum)\\b",
            "\\d|\\b(half|third|quarter|dozens?|hundreds?|thousands?|millions?|billions?|doubled?|tripled?|twice"
                    + "|percent)\\b"),
    STATEMENT("statement or reaction from them", true,
            "\\bwhat (did|does|do|has|have|had) .+\\b(say|think|announce|claim|state|declare)\\b"
                    + "|\\bhow (did|does|do|has|have|had) .+\\b(react|respond)\\b"
                    + "|\\b(reaction|position) (of|to|on)\\b",
            "\\b(say|says|said|claims?|claimed|announc\\w*|stated?|states|statement|declar\\w*|react\\w*|respon\\w*"
                    + "|condemn\\w*|warn\\w*|critici[sz]\\w*|welcom\\w*|prais\\w*|protest\\w*|worr\\w*|concern\\w*"
                    + "|alarm\\w*)\\b"),
    RESPONSE("measure taken by them", true,
            "\\bin (response|reaction|retaliation|reply) to\\b|\\bretaliat",
            "\\b(impos\\w*|sanction\\w*|retaliat\\w*|expel\\w*|bans?|banned|suspend\\w*|sever\\w*|recall\\w*"
                    + "|condemn\\w*|protest\\w*|deploy\\w*|measures?|respon\\w*|react\\w*)\\b");

    /** Who a question asks about: the name after its auxiliary, "What did [South Korea] impose". */
    private static final Pattern ACTOR = Pattern.compile("\\b(?:did|does|do|has|have|had|will|would|is|was|were)\\s+"
            + "((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)");

    private final String description;
    private final boolean byWhom;
    private final Pattern asked;
    private final Pattern given;

    ExpectedAnswer(String description, String asked, String given) {
        this(description, false, asked, given);
    }

    ExpectedAnswer(String description, boolean byWhom, String asked, String given) {
        this.description = description;
        this.byWhom = byWhom;
        this.asked = Pattern.compile(asked, Pattern.CASE_INSENSITIVE);
        this.given = Pattern.compile(given, Pattern.CASE_INSENSITIVE);
    }

    /** Whether the answer must come from the one the question names: what China said, not what anyone said. */
    public boolean byWhom() {
        return byWhom;
    }

    /** The named one a question asks about ("South Korea" in "What did South Korea impose?"), if it names one. */
    public static Optional<String> actor(String question) {
        Matcher actor = ACTOR.matcher(question);
        return actor.find() ? Optional.of(actor.group(1)) : Optional.empty();
    }

    /** What the passages lack, as a user reads it after "no": "date or time". */
    public String description() {
        return description;
    }

    /** The kinds {@code question} asks for: several for "In which year, and how much?", none for "Why?". */
    public static Set<ExpectedAnswer> of(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        Set<ExpectedAnswer> kinds = EnumSet.noneOf(ExpectedAnswer.class);
        for (ExpectedAnswer kind : values()) {
            if (kind.asked.matcher(q).find()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** Whether {@code sentence} contains an answer of this kind (not whether it is the right one). */
    public boolean givenIn(String sentence) {
        return given.matcher(sentence).find();
    }

    private static final class Patterns {
        static final String YEAR = "\\b(1[5-9]|20)\\d{2}\\b";
    }
}
