package dev.articlechat.corpus;

/** GitHub's site policies (legal Markdown with front matter), with no Ollama: extractive answers. */
public class SitePolicyProfile extends ExtractiveCorpusProfile {

    public SitePolicyProfile() {
        super(Corpora.SITE_POLICY);
    }
}
