package dev.articlechat.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import dev.articlechat.ingest.Passage;

/**
 * BM25 over the passages (section heading and text), with Lucene's English analyser (stemming, stop words), in
 * memory. Built once from the passages; searches are thread-safe.
 */
final class KeywordIndex {

    private static final String ID = "id";
    private static final String TEXT = "text";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    KeywordIndex(List<Passage> passages) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Passage passage : passages) {
                Document document = new Document();
                document.add(new StoredField(ID, passage.id()));
                document.add(new TextField(TEXT, passage.section() + "\n" + passage.text(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the keyword index", e);
        }
    }

    /** A passage sharing terms with a query, and its BM25 score. */
    record Hit(String id, float score) {
    }

    /** The passages sharing terms with the query, best BM25 score first. */
    List<Hit> search(String query, int max) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms(query).forEach(term -> any.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD));
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(any.build(), max).scoreDocs) {
                hits.add(new Hit(searcher.storedFields().document(hit.doc).get(ID), hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Keyword search failed", e);
        }
    }

    private List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
