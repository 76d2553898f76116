package dev.articlechat.ingest;

import java.util.List;

/** What was read from the documents folder: each document with its structure, and the files passed over. */
record Corpus(List<Loaded> documents, List<Skipped> skipped) {

    /** A document as read, and as its format reads it. */
    record Loaded(SourceDocument document, Structure structure) {
    }
}
