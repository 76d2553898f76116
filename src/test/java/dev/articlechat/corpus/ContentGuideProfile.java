package dev.articlechat.corpus;

/** 18F's content guide (Markdown with front matter), with no Ollama: extractive answers. */
public class ContentGuideProfile extends ExtractiveCorpusProfile {

    public ContentGuideProfile() {
        super(Corpora.CONTENT_GUIDE);
    }
}
