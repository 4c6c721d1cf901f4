package jp.shinchoku.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.shinchoku.search.internal.Fields;
import jp.shinchoku.search.internal.InitiativeDocuments;
import jp.shinchoku.search.internal.JapaneseText;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Service;

/**
 * For an initiative, the most similar initiatives of other plans, of its own government and of
 * others: Lucene's MoreLikeThis over the title, narrative texts and indicator names, weighing the
 * words that are rare in the index most. The lists of a whole plan are computed once per state of
 * the index, so a page can show them without searching per request.
 */
@Service
public class RelatedInitiatives {

    /** How many related initiatives are given for one. */
    public static final int LIMIT = 5;

    private final Search search;
    private volatile Search.ReaderCache<Map<Long, Map<String, List<RelatedInitiative>>>> byPlan;

    public RelatedInitiatives(Search search) {
        this.search = search;
    }

    /** The initiatives most like the one of {@code planId} with this key, best first; empty when there is none such. */
    public Optional<List<RelatedInitiative>> of(long planId, String key) {
        Map<String, List<RelatedInitiative>> plan = ofPlan(planId);
        return Optional.ofNullable(plan.get(key));
    }

    /** For every initiative of the plan, by key, its related initiatives. */
    public Map<String, List<RelatedInitiative>> ofPlan(long planId) {
        return search.withSearcher(searcher -> {
            var cached = byPlan;
            if (cached == null || cached.reader() != searcher.getIndexReader()) {
                cached = new Search.ReaderCache<>(searcher.getIndexReader(), new ConcurrentHashMap<>());
                byPlan = cached;
            }
            Map<String, List<RelatedInitiative>> found = cached.value().get(planId);
            if (found == null) {
                found = compute(searcher, planId);
                cached.value().put(planId, found);
            }
            return found;
        });
    }

    private static Map<String, List<RelatedInitiative>> compute(IndexSearcher searcher, long planId) throws IOException {
        Map<String, List<RelatedInitiative>> related = new HashMap<>();
        MoreLikeThis likeness = likeness(searcher.getIndexReader());
        TopDocs initiatives = searcher.search(new TermQuery(InitiativeDocuments.plan(planId)), Integer.MAX_VALUE);
        for (ScoreDoc initiative : initiatives.scoreDocs) {
            String key = searcher.storedFields().document(initiative.doc).get(Fields.KEY);
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(likeness.like(initiative.doc), BooleanClause.Occur.SHOULD)
                    // other plans only: the initiatives beside it in its own plan are on its page already
                    .add(new TermQuery(InitiativeDocuments.plan(planId)), BooleanClause.Occur.MUST_NOT);
            List<RelatedInitiative> list = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), LIMIT).scoreDocs) {
                Document d = searcher.storedFields().document(hit.doc);
                SearchHit h = Search.hit(d, Snippet.plain(""));
                list.add(new RelatedInitiative(h.planId(), h.organization(), h.planTitle(), h.key(), h.code(), h.title()));
            }
            related.put(key, List.copyOf(list));
        }
        return Map.copyOf(related);
    }

    private static MoreLikeThis likeness(IndexReader reader) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(JapaneseText.words());
        mlt.setFieldNames(Fields.LIKENESS);
        mlt.setMinTermFreq(1);
        // a word found in one initiative only cannot point at another; a word in most says nothing
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreqPct(20);
        // single kanji (市, 課, 化) are parts of words, not topics
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);
        return mlt;
    }
}
