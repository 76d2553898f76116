package dev.articlechat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An awkward documents folder: each file that cannot be served is named with why, and the rest is served. */
class DocumentLoaderTest {

    private final DocumentLoader loader = new DocumentLoader(1024 * 1024);

    @Test
    void awkwardFilesArePassedOverWithAReasonAndTheRestIsServed(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("guide.md"), "# Guide\n\nUse *it*.\n");
        Files.createDirectories(folder.resolve("notes/deeper"));
        Files.writeString(folder.resolve("notes/deeper/plain.txt"), "Plain words.\n");
        Files.writeString(folder.resolve("empty.md"), "");
        Files.writeString(folder.resolve("blank.txt"), " \n\n ");
        Files.write(folder.resolve("latin1.txt"), "café au lait".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(folder.resolve("huge.txt"), new byte[5 * 1024 * 1024]);
        Files.writeString(folder.resolve("slides.pdf"), "%PDF-1.7");
        Files.writeString(folder.resolve(".hidden.md"), "# Hidden\n");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD.md"), "# Not a document\n");

        Corpus corpus = loader.load(folder);

        assertThat(corpus.documents()).extracting(d -> d.document().name(), d -> d.document().format(),
                d -> d.document().title()).containsExactly(
                        tuple("guide.md", DocumentFormat.markdown, "Guide"),
                        tuple("notes/deeper/plain.txt", DocumentFormat.text, "Plain words."));
        assertThat(corpus.skipped()).extracting(Skipped::name, Skipped::reason).containsExactlyInAnyOrder(
                tuple("blank.txt", "empty"),
                tuple("empty.md", "empty"),
                tuple("latin1.txt", "not UTF-8 text: save it as UTF-8"),
                tuple("huge.txt", "5242880 bytes, over article-chat.ingest.max-file-size "
                        + "(1048576): raise it to serve this file"),
                tuple("slides.pdf", "not a .txt or .md file"));
    }

    @Test
    void aPlainTextWithoutATitleLineIsTitledByItsFileName(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "These notes begin with a paragraph, not a title, and go on "
                + "for longer than any title would, so the file's name is the better title.\nA second line.\n");
        Files.writeString(folder.resolve("titled.txt"), "A short title line.\n\nThen the text.\n");
        assertThat(loader.load(folder).documents()).extracting(d -> d.document().title())
                .containsExactly("notes.txt", "A short title line.");
    }

    @Test
    void anEmptyFolderServesNothingButStarts(@TempDir Path folder) {
        Corpus corpus = loader.load(folder);
        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.skipped()).isEmpty();
    }

    @Test
    void aMissingFolderStopsTheStartNamingTheSetting(@TempDir Path folder) {
        assertThatThrownBy(() -> loader.load(folder.resolve("nowhere")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("article-chat.documents");
    }

    @Test
    void aMarkdownDocumentKeepsItsBlocksAndATextDocumentHasNone(@TempDir Path folder) throws Exception {
        String guide = "---\ntitle: x\n---\n# Guide\n\nUse *it*.\n\n- a\n- b\n";
        Files.writeString(folder.resolve("guide.md"), guide);
        Files.writeString(folder.resolve("plain.txt"), "Title\n\nText.\n");
        Corpus corpus = loader.load(folder);
        SourceDocument markdown = corpus.documents().get(0).document();
        assertThat(markdown.blocks()).extracting(b -> guide.substring(b.start(), b.end()))
                .containsExactly("# Guide", "Use *it*.", "- a\n- b");
        assertThat(corpus.documents().get(1).document().blocks()).isEmpty();
    }
}
