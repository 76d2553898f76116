package dev.articlechat.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.articlechat.ingest.MarkdownPassages;
import dev.articlechat.ingest.Passage;
import dev.articlechat.ingest.TextSpan;

/** Which header row a quoted table row is given. */
class TableHeaderTest {

    private static final String GPUS = """
            # GPUs

            Supported cards:

            | Compute Capability | Family | Cards |
            |--------------------|--------|-------|
            | 9.0 | NVIDIA | H200 H100 |
            | 8.9 | GeForce RTX 40xx | RTX 4090 RTX 4080 |

            Older cards are not supported.
            """;

    private static TextSpan line(Passage passage, String startingWith) {
        String plain = passage.plain().text();
        int start = plain.indexOf(startingWith);
        int end = plain.indexOf('\n', start);
        return new TextSpan(start, end < 0 ? plain.length() : end);
    }

    @Test
    void aRowIsQuotedWithItsTablesHeaderRow() {
        Passage passage = MarkdownPassages.of(GPUS).get(0);
        assertThat(TableHeader.of(3, passage, line(passage, "8.9"))).hasValueSatisfying(quoted -> {
            assertThat(quoted.text()).isEqualTo("Compute Capability\tFamily\tCards");
            assertThat(quoted.n()).isEqualTo(3);
            String plain = passage.plain().text();
            assertThat(plain.substring(quoted.span().start(), quoted.span().end())).isEqualTo(quoted.text());
        });
    }

    @Test
    void theHeaderItselfAndProseHaveNone() {
        Passage passage = MarkdownPassages.of(GPUS).get(0);
        assertThat(TableHeader.of(1, passage, line(passage, "Compute"))).isEmpty();
        assertThat(TableHeader.of(1, passage, line(passage, "Older"))).isEmpty();
        assertThat(TableHeader.of(1, passage, line(passage, "Supported"))).isEmpty();
    }

    /** An HTML table's header row is its row of {@code <th>} cells; a table of {@code <td>} rows only has none. */
    @Test
    void anHtmlTablesHeaderIsItsRowOfHeaderCells() {
        Passage passage = MarkdownPassages.of("""
                # Reports

                <table>
                  <thead>
                    <tr><th>Report type</th><th>Due</th></tr>
                  </thead>
                  <tbody>
                    <tr><td>Quarterly (Form <a href="f3.pdf">3</a>)</td><td>April 15</td></tr>
                    <tr><td>Year-end</td><td>January 31</td></tr>
                  </tbody>
                </table>
                """).get(0);
        assertThat(TableHeader.of(1, passage, line(passage, "Year-end"))).hasValueSatisfying(quoted -> {
            assertThat(quoted.text()).isEqualTo("Report type\tDue");
            String plain = passage.plain().text();
            assertThat(plain.substring(quoted.span().start(), quoted.span().end())).isEqualTo(quoted.text());
        });
        assertThat(TableHeader.of(1, passage, line(passage, "Report type"))).isEmpty();

        Passage noHeader = MarkdownPassages.of("""
                # Reports

                <table>
                  <tr><td>Quarterly</td><td>April 15</td></tr>
                  <tr><td>Year-end</td><td>January 31</td></tr>
                </table>
                """).get(0);
        assertThat(TableHeader.of(1, noHeader, line(noHeader, "Year-end"))).isEmpty();
    }

    /** A long table is cut between rows: a passage of later rows has no header, and its first row is not one. */
    @Test
    void aPassageOfLaterRowsHasNoHeader() {
        StringBuilder table = new StringBuilder("# Parameters\n\n| Parameter | Description | Default |\n|---|---|---|\n");
        for (int i = 1; i <= 20; i++) {
            table.append("| setting_%d | What setting %d changes, and why one would change it at all. | %d |\n"
                    .formatted(i, i, i));
        }
        List<Passage> passages = MarkdownPassages.of(table.toString());
        assertThat(passages).hasSizeGreaterThan(2);
        Passage first = passages.get(0);
        assertThat(TableHeader.of(1, first, line(first, "setting_2\t"))).hasValueSatisfying(
                quoted -> assertThat(quoted.text()).isEqualTo("Parameter\tDescription\tDefault"));
        Passage later = passages.get(passages.size() - 1);
        String lastRow = "setting_20\t";
        assertThat(later.plain().text()).doesNotContain("Parameter");
        assertThat(TableHeader.of(1, later, line(later, lastRow))).isEmpty();
    }
}
