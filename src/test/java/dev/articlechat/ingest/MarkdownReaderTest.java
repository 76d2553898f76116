package dev.articlechat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.articlechat.corpus.Corpora;

/** Markdown read by its structure: heading paths, whole blocks, plain text mapped back to exact source offsets. */
class MarkdownReaderTest {

    private static final String MANUAL = """
            ---
            title: front matter is not a heading
            tags: [a, b]
            ---

            # III. Config

            ## Store config in the *environment*

            An app's **config** is everything that is likely to vary between [deploys](./codebase) (staging, \\
            production). It includes:

            - Resource handles to the database,
            - Credentials to `external` services.

            Setext heading
            --------------

            | Setting | Default |
            |---------|---------|
            | `OLLAMA_HOST` | 127.0.0.1:11434 |

            Run it &amp; see:

            ```shell
            ollama serve
            ```

            > A quoted *note*.
            """;

    private static List<Passage> passages(String text) {
        return MarkdownPassages.of(text);
    }

    @Test
    void theTitleIsTheFirstHeadingWithoutMarkupAndFrontMatterIsSkipped() {
        Structure structure = Structure.read(DocumentFormat.markdown, MANUAL, "manual.md");
        assertThat(structure.title()).isEqualTo("III. Config");
        assertThat(structure.plain().text()).doesNotContain("front matter", "tags");
        assertThat(Structure.read(DocumentFormat.markdown, "No heading here.", "notes.md").title()).isEqualTo("notes.md");
    }

    /** 18F's guide links with Jekyll's Liquid: no bracket or brace of it is quoted, and offsets stay the file's. */
    @Test
    void aLinkWhoseTargetIsATemplateExpressionReadsAsItsText() {
        String source = "Options include [URL redirects]({{ \"content-types/urls/#maintaining-urls\" | relative_url }}) "
                + "and [archives]({% link archives.md %}).";
        Structure structure = Structure.read(DocumentFormat.markdown, source, "guide.md");
        assertThat(structure.plain().text().strip()).isEqualTo("Options include URL redirects and archives.");
        assertThat(structure.plain().text()).doesNotContain("{", "[", "relative_url");
    }

    @Test
    void passagesCarryTheirHeadingPathAndKeepShortListsTablesAndCodeWhole() {
        List<Passage> passages = passages(MANUAL);
        assertThat(passages).extracting(Passage::headings).containsExactly(
                List.of("III. Config", "Store config in the environment"),
                List.of("III. Config", "Setext heading"));
        Passage config = passages.get(0);
        // the list stays with the sentence that introduces it
        assertThat(config.text()).startsWith("An app's **config**").endsWith("`external` services.");
        Passage setext = passages.get(1);
        assertThat(setext.text()).startsWith("| Setting").contains("```shell").endsWith("A quoted *note*.");
    }

    /**
     * A list too long for one passage is cut between its items, never inside one, and its first items keep the
     * sentence that introduces them; the page still renders the list as one block, or every step would read "1.".
     */
    @Test
    void aLongListIsCutBetweenItsItemsAndRenderedWhole() {
        String step = "**Step.** The owner reviews the change and answers within %d days, or the notice lapses. ";
        StringBuilder steps = new StringBuilder("# Process\n\nHere are the steps.\n\n");
        for (int i = 1; i <= 8; i++) {
            steps.append("1. ").append(step.repeat(2).formatted(i, i)).append("\n\n");
        }
        String text = steps.toString();
        List<Passage> passages = passages(text);
        assertThat(passages).hasSizeGreaterThan(2).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(700);
            assertThat(p.text()).endsWith("or the notice lapses.");
        });
        assertThat(passages.get(0).text()).startsWith("Here are the steps.\n\n1. **Step.**");
        assertThat(passages.subList(1, passages.size())).allSatisfy(p -> assertThat(p.text()).startsWith("1. "));
        // each of the eight items whole in exactly one passage
        assertThat(passages.stream().mapToInt(p -> p.text().split("1\\. \\*\\*Step", -1).length - 1).sum())
                .isEqualTo(8);
        Structure structure = Structure.read(DocumentFormat.markdown, text, "steps.md");
        assertThat(structure.rendered()).extracting(b -> text.substring(b.start(), b.end()))
                .containsExactly("# Process", "Here are the steps.", text.substring(text.indexOf("1. "),
                        text.lastIndexOf("lapses.") + "lapses.".length()));
    }

    /** A fenced block's code maps to its own lines, not to the fence's info string ("shell" starts with an "s" too). */
    @Test
    void aFencedBlocksCodeComesFromTheLinesAfterTheFence() {
        String text = "# Steps\n\n```shell\nsudo systemctl restart docker\n```\n";
        PlainText plain = Structure.read(DocumentFormat.markdown, text, "steps.md").plain();
        int sudo = plain.text().indexOf("sudo");
        TextSpan source = plain.source(sudo, sudo + "sudo".length());
        assertThat(text.substring(source.start(), source.end())).isEqualTo("sudo");
    }

    @Test
    void plainTextHasNoMarkupAndEachOfItsCharactersComesFromTheSource() {
        for (Passage passage : passages(MANUAL)) {
            String plain = passage.plain().text();
            assertThat(plain).doesNotContain("**", "`", "](", "|---", "> ", "*note*");
            for (int i = 0; i < plain.length(); i++) {
                char c = plain.charAt(i);
                int offset = passage.plain().offsets()[i];
                assertThat(offset).isBetween(passage.start(), passage.end() - 1);
                if (!Character.isWhitespace(c) && c != '&') {
                    assertThat(MANUAL.charAt(offset)).as("plain %d '%s'", i, c).isEqualTo(c);
                }
            }
        }
        Passage config = passages(MANUAL).get(0);
        assertThat(config.plain().text()).contains("An app's config is everything that is likely to vary between "
                + "deploys (staging, \nproduction).").contains("Resource handles to the database,\nCredentials");
        assertThat(passages(MANUAL).get(1).plain().text()).contains("OLLAMA_HOST\t127.0.0.1:11434")
                .contains("Run it & see:").contains("ollama serve\n").contains("A quoted note.");
    }

    /**
     * A table written in HTML inside Markdown (18F's guide has two) is read as a browser shows it: its cells' text,
     * rows on lines of their own and cells apart by tabs, entities decoded, comments and scripts left out, each
     * character from its place in the file; each row is a block, as a Markdown table's. Before, raw HTML was left out
     * whole, and "Newly engaged women (ages 28 through 33)" could not be found.
     */
    @Test
    void anHtmlTableIsReadAsItsCellsWithExactOffsets() {
        String text = """
                # Tone

                Examples follow.

                <table>
                    <!-- reader groups -->
                    <tr>
                        <th>Type</th>
                        <th>Audience</th>
                    </tr>
                    <tr>
                        <td>Marketing email from a <a href="https://example.com/a>b">bridal</a> shop</td>
                        <td>Newly engaged women (ages 28 through 33) &amp; friends</td>
                    </tr>
                </table>
                <script>var hidden = "no";</script>

                After the table.
                """;
        Structure structure = Structure.read(DocumentFormat.markdown, text, "tone.md");
        PlainText plain = structure.plain();
        assertThat(plain.text()).contains("Type\tAudience\nMarketing email from a bridal shop\tNewly engaged women "
                + "(ages 28 through 33) & friends\n").doesNotContain("<", "reader groups", "hidden", "https");
        for (int i = 0; i < plain.text().length(); i++) {
            char c = plain.text().charAt(i);
            if (!Character.isWhitespace(c)) {
                assertThat(text.charAt(plain.offsets()[i])).as("plain %d '%s'", i, c).isEqualTo(c);
            }
        }
        // each row a block, the first from the table's start and the last to its end: the page renders them as one
        assertThat(structure.blocks()).filteredOn(b -> b.kind() == Block.Kind.BULLET)
                .extracting(b -> text.substring(b.start(), b.end()))
                .satisfiesExactly(first -> assertThat(first).startsWith("<table>").endsWith("</tr>").contains("Type"),
                        last -> assertThat(last).startsWith("<tr>").endsWith("</script>").contains("bridal"));
        assertThat(structure.rendered()).extracting(b -> text.substring(b.start(), b.end()))
                .anySatisfy(table -> assertThat(table).startsWith("<table>").endsWith("</script>"));
        assertThat(passages(text)).anySatisfy(p -> assertThat(p.plain().text()).contains("ages 28 through 33"));
    }

    /** Raw HTML inside a list item or a quote: its lines lose their markers, and its text still maps to the file. */
    @Test
    void htmlInsideAListOrAQuoteKeepsExactOffsets() {
        String text = """
                # Notes

                - First item:

                  <details>
                    <summary>More &amp; less</summary>
                    Hidden <b>detail</b> here.
                  </details>

                > <div>
                > Quoted <em>HTML</em> text.
                > </div>
                """;
        PlainText plain = Structure.read(DocumentFormat.markdown, text, "notes.md").plain();
        assertThat(plain.text()).contains("More & less\nHidden detail here.").contains("Quoted HTML text.")
                .doesNotContain("<", ">");
        for (int i = 0; i < plain.text().length(); i++) {
            char c = plain.text().charAt(i);
            if (!Character.isWhitespace(c)) {
                assertThat(text.charAt(plain.offsets()[i])).as("plain %d '%s'", i, c).isEqualTo(c);
            }
        }
    }

    @Test
    void aPlainRangeMapsBackToTheSourceWithTheMarkupBetweenItsWords() {
        Passage config = passages(MANUAL).get(0);
        String words = "config is everything";
        int at = config.plain().text().indexOf(words);
        TextSpan source = config.plain().source(at, at + words.length());
        assertThat(MANUAL.substring(source.start(), source.end())).isEqualTo("config** is everything");
    }

    @Test
    void theOllamaDocsAreReadWithExactOffsetsAndHeadingPaths() throws Exception {
        try (Stream<Path> files = Files.list(Corpora.OLLAMA_DOCS)) {
            for (Path file : files.toList()) {
                String text = Corpora.read(file);
                List<Passage> passages = passages(text);
                assertThat(passages).as(file.toString()).isNotEmpty().allSatisfy(p -> {
                    assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
                    assertThat(p.plain().text()).isNotBlank().doesNotContain("```");
                    assertThat(p.headings()).isNotEmpty().doesNotContain("");
                });
            }
        }
        List<Passage> modelfile = passages(Corpora.read(Corpora.OLLAMA_DOCS.resolve("modelfile.md")));
        assertThat(modelfile).anySatisfy(p -> assertThat(p.headings())
                .containsExactly("Ollama Model File", "Instructions", "PARAMETER", "Valid Parameters and Values"));
        assertThat(modelfile).anySatisfy(p -> assertThat(p.plain().text()).contains("num_ctx\tSets the size of the context window"));
    }
}
