package dev.articlechat.corpus;

/** Ollama's Markdown docs, with no Ollama: extractive answers. */
public class OllamaDocsProfile extends ExtractiveCorpusProfile {

    public OllamaDocsProfile() {
        super(Corpora.OLLAMA_DOCS);
    }
}
