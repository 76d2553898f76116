package dev.articlechat.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.articlechat.retrieval.LanguageData;

class NumberConditionsTest {

    private final NumberConditions english = new NumberConditions(new LanguageData("en"));
    private final NumberConditions unknown = new NumberConditions(new LanguageData("xx"));

    @Test
    void aYearOrANumberWithItsUnitThePassagesLackIsMissing() {
        assertThat(english.missing("What happened in 2023?", "The treaty was signed in 2024.")).containsExactly("2023");
        assertThat(english.missing("Does a 70B model fit?", "A 7B model needs 8 GB of memory.")).containsExactly("70b");
        assertThat(english.missing("Does a 70B model fit?", "A 70B model needs 40 GB of memory.")).isEmpty();
        // a bare number may be an example of what is asked
        assertThat(english.missing("Do I write seven or 7?", "Spell out numbers one through nine.")).isEmpty();
    }

    @Test
    void aNameWithANumberIsWrittenWithItsWordInFullOrItsNumberApart() {
        assertThat(english.missing("What windows build removes the junk in win10?",
                "On Windows 10, update to build 1909 or later.")).isEmpty();
        assertThat(english.missing("Is the rx5400 supported?", "The Radeon RX 5400 is gfx1034.")).isEmpty();
        // a different number is a different thing
        assertThat(english.missing("Is the rx5500 supported?", "The Radeon RX 5400 is gfx1034.")).containsExactly("rx5500");
        assertThat(english.missing("Is the rx540 supported?", "The Radeon RX 5400 is gfx1034.")).containsExactly("rx540");
    }

    /** language/en/number-suffixes.txt at work: "B200s" are B200 cards; a language without the file keeps the ending. */
    @Test
    void aNamedNumberWithAnEndingOfTheLanguageIsWrittenWithout() {
        assertThat(english.missing("We're getting B200s, is a special driver needed?",
                "B200 cards need driver 570 or newer.")).isEmpty();
        assertThat(unknown.missing("We're getting B200s, is a special driver needed?",
                "B200 cards need driver 570 or newer.")).containsExactly("b200s");
        // a single letter is not a word shortened
        assertThat(english.missing("We're getting B200s, is a special driver needed?",
                "The server queues up to 512 requests, by 200 at a time.")).containsExactly("b200s");
    }
}
