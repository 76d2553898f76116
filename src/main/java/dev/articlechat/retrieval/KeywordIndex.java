package dev.articlechat.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import dev.articlechat.ingest.Passage;

/**
 * BM25 over the passages (section heading and plain text), with Lucene's English analyser (stemming, stop words), in
 * memory. Built once from the passages; searches are thread-safe.
 */
final class KeywordIndex {

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String DOCUMENT = "document";
    private static final float STAND_IN_WEIGHT = 0.5f;

    private final IndexSearcher searcher;

    KeywordIndex(List<Passage> passages) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Terms.ANALYZER))) {
            for (Passage passage : passages) {
                Document document = new Document();
                document.add(new StoredField(ID, passage.id()));
                document.add(new StringField(DOCUMENT, passage.document(), Field.Store.NO));
                document.add(new TextField(TEXT, passage.searched(), Field.Store.NO));
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

    /**
     * The passages sharing terms with the query, best BM25 score first. {@code standIns} are terms close in meaning
     * to the query's words that the article lacks; they count for less than the query's own words. Only passages of
     * {@code documents} are searched, or of all when it is empty.
     */
    List<Hit> search(String query, Set<String> standIns, int max, Set<String> documents) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Terms.of(query).forEach(term -> any.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD));
        standIns.forEach(term -> any.add(new BoostQuery(new TermQuery(new Term(TEXT, term)), STAND_IN_WEIGHT),
                BooleanClause.Occur.SHOULD));
        Query search = any.build();
        if (!documents.isEmpty()) {
            search = new BooleanQuery.Builder()
                    .add(search, BooleanClause.Occur.MUST)
                    .add(new TermInSetQuery(DOCUMENT, documents.stream().map(BytesRef::new).toList()),
                            BooleanClause.Occur.FILTER)
                    .build();
        }
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(search, max).scoreDocs) {
                hits.add(new Hit(searcher.storedFields().document(hit.doc).get(ID), hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Keyword search failed", e);
        }
    }
}
