package jp.shinchoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.shinchoku.search.SearchFilters.PlanOption;
import jp.shinchoku.search.internal.Fields;
import jp.shinchoku.search.internal.Snippets;
import jp.shinchoku.search.internal.UserQuery;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Service;

/**
 * Searches the initiatives of every plan: best first, filtered, one page at a time, with snippets.
 * The results of recent searches are kept until the index changes, so that a popular search costs
 * one lookup.
 */
@Service
public class Search {

    /** How many searches are remembered: a state of the index answers the same search the same way. */
    private static final int RECENT = 500;

    private final SearchIndex index;
    private volatile ReaderCache<Map<SearchRequest, SearchResults>> recent;
    /** The filters of the reader they were read from: recomputed only when the index changed. */
    private volatile ReaderCache<SearchFilters> filters;

    public Search(SearchIndex index) {
        this.index = index;
    }

    public SearchResults search(SearchRequest request) {
        if (request.isEmpty()) {
            return SearchResults.none(request);
        }
        Query words = UserQuery.parse(request.text());
        if (request.text() != null && words == null) {
            return SearchResults.none(request);
        }
        return withSearcher(searcher -> {
            ReaderCache<Map<SearchRequest, SearchResults>> cache = recent;
            if (cache == null || cache.reader() != searcher.getIndexReader()) {
                cache = new ReaderCache<>(searcher.getIndexReader(), lru());
                recent = cache;
            }
            SearchResults found = cache.value().get(request);
            if (found == null) {
                found = run(searcher, request, filtered(words, request));
                cache.value().put(request, found);
            }
            return found;
        });
    }

    private static SearchResults run(IndexSearcher searcher, SearchRequest request, Query query) throws IOException {
        int wanted = request.page() * request.pageSize();
        // one pass collects the page and counts every hit exactly
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(all.length, (request.page() - 1) * request.pageSize());
        int[] ids = new int[all.length - from];
        List<Document> docs = new ArrayList<>();
        for (int i = from; i < all.length; i++) {
            ids[i - from] = all[i].doc;
            docs.add(searcher.storedFields().document(all[i].doc));
        }
        List<Snippet> snippets = Snippets.of(searcher, query, ids, docs);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            hits.add(hit(docs.get(i), snippets.get(i)));
        }
        return new SearchResults(request, top.totalHits.value, hits);
    }

    /** The most recently asked searches, the least recent forgotten first. */
    private static Map<SearchRequest, SearchResults> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResults> eldest) {
                return size() > RECENT;
            }
        });
    }

    /** Every value the filters can take, read from the index. */
    public SearchFilters filters() {
        return withSearcher(searcher -> {
            ReaderCache<SearchFilters> cached = filters;
            if (cached == null || cached.reader() != searcher.getIndexReader()) {
                cached = new ReaderCache<>(searcher.getIndexReader(), readFilters(searcher));
                filters = cached;
            }
            return cached.value();
        });
    }

    private static SearchFilters readFilters(IndexSearcher searcher) throws IOException {
        {
            IndexReader reader = searcher.getIndexReader();
            List<PlanOption> plans = new ArrayList<>();
            for (String id : terms(reader, Fields.PLAN)) {
                TopDocs one = searcher.search(new TermQuery(new Term(Fields.PLAN, id)), 1);
                if (one.scoreDocs.length > 0) {
                    Document d = searcher.storedFields().document(one.scoreDocs[0].doc);
                    plans.add(new PlanOption(Long.parseLong(id), d.get(Fields.ORGANIZATION), d.get(Fields.PLAN_TITLE)));
                }
            }
            plans.sort(java.util.Comparator.comparingLong(PlanOption::id));
            TreeSet<Integer> years = new TreeSet<>();
            terms(reader, Fields.YEAR).forEach(y -> years.add(Integer.valueOf(y)));
            Map<String, List<String>> departments = new TreeMap<>();
            for (String pair : terms(reader, Fields.ORGANIZATION_DEPARTMENT)) {
                int at = pair.indexOf(Fields.SEPARATOR);
                departments.computeIfAbsent(pair.substring(0, at), o -> new ArrayList<>()).add(pair.substring(at + 1));
            }
            return new SearchFilters(terms(reader, Fields.ORGANIZATION), plans, departments, List.copyOf(years));
        }
    }

    static SearchHit hit(Document d, Snippet snippet) {
        String grade = d.get(Fields.GRADE);
        return new SearchHit(Long.parseLong(d.get(Fields.PLAN)), d.get(Fields.ORGANIZATION), d.get(Fields.PLAN_TITLE),
                d.get(Fields.KEY), d.get(Fields.CODE), d.get(Fields.LABEL), d.get(Fields.TITLE), d.get(Fields.SECTION),
                Fields.NO_GRADE.equals(grade) ? null : grade, snippet);
    }

    private static Query filtered(Query words, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(words == null ? new MatchAllDocsQuery() : words, BooleanClause.Occur.MUST);
        filter(b, Fields.ORGANIZATION, r.organization());
        filter(b, Fields.PLAN, r.planId() == null ? null : r.planId().toString());
        filter(b, Fields.DEPARTMENT, r.department());
        filter(b, Fields.GRADE, r.grade());
        filter(b, Fields.YEAR, r.fiscalYear() == null ? null : r.fiscalYear().toString());
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static List<String> terms(IndexReader reader, String field) throws IOException {
        List<String> values = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return values;
        }
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            // a term of deleted documents stays in the dictionary until segments merge
            if (!reader.hasDeletions() || hasLiveDoc(reader, field, t)) {
                values.add(t.utf8ToString());
            }
        }
        return values;
    }

    private static boolean hasLiveDoc(IndexReader reader, String field, BytesRef term) throws IOException {
        return new IndexSearcher(reader).count(new TermQuery(new Term(field, BytesRef.deepCopyOf(term)))) > 0;
    }

    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return work.run(searcher);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    /** A value computed from one state of the index. */
    record ReaderCache<T>(IndexReader reader, T value) {
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }
}
