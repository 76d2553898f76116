package dev.articlechat.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.articlechat.ingest.TextSpan;

/** Which header row a quoted table row is given. */
class TableHeaderTest {

    // as MarkdownPlain writes a table: cells apart by a tab, a row a line
    private static final String PASSAGE = "GPUs\n\nSupported cards:\n\nCompute Capability\tFamily\tCards\n"
            + "9.0\tNVIDIA\tH200 H100\n8.9\tGeForce RTX 40xx\tRTX 4090 RTX 4080\n\nOlder cards are not supported.";

    @Test
    void aRowIsQuotedWithItsTablesFirstRow() {
        int row = PASSAGE.indexOf("8.9");
        var header = TableHeader.of(3, PASSAGE, new TextSpan(row, PASSAGE.indexOf("\n", row)));
        assertThat(header).hasValueSatisfying(quoted -> {
            assertThat(quoted.text()).isEqualTo("Compute Capability\tFamily\tCards");
            assertThat(quoted.n()).isEqualTo(3);
            assertThat(PASSAGE.substring(quoted.span().start(), quoted.span().end())).isEqualTo(quoted.text());
        });
    }

    @Test
    void theHeaderItselfAndProseHaveNone() {
        int header = PASSAGE.indexOf("Compute");
        assertThat(TableHeader.of(1, PASSAGE, new TextSpan(header, PASSAGE.indexOf("\n", header)))).isEmpty();
        int prose = PASSAGE.indexOf("Older");
        assertThat(TableHeader.of(1, PASSAGE, new TextSpan(prose, PASSAGE.length()))).isEmpty();
        int intro = PASSAGE.indexOf("Supported");
        assertThat(TableHeader.of(1, PASSAGE, new TextSpan(intro, PASSAGE.indexOf(":") + 1))).isEmpty();
    }

    @Test
    void aPassageThatOpensWithATableHasItsHeaderFirst() {
        String table = PASSAGE.substring(PASSAGE.indexOf("Compute"));
        int row = table.indexOf("9.0");
        assertThat(TableHeader.of(2, table, new TextSpan(row, table.indexOf("\n", row))))
                .hasValueSatisfying(quoted -> assertThat(quoted.span().start()).isZero());
    }
}
