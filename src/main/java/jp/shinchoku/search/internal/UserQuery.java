package jp.shinchoku.search.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * What a visitor typed, as a Lucene query over the analysed fields.
 *
 * <p>Words separated by spaces must all occur. A word that Kuromoji cuts in parts must occur with
 * its parts side by side: 地域通貨 is the phrase 地域 通貨, never 地域 OR 通貨 (what the classic
 * QueryParser would make of it). "…" quotes a phrase, - excludes, | means or, * ends a prefix.
 * The simple query parser never fails on odd input: a stray quote or bracket is taken as text.
 */
public final class UserQuery {

    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR;

    private UserQuery() {
    }

    /** The query for {@code text}, or null when it holds nothing to search for. */
    public static Query parse(String text) {
        if (text == null) {
            return null;
        }
        // full-width spaces, quotes and letters as their ASCII forms, so that 　 separates words too
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (normalized.isEmpty()) {
            return null;
        }
        Map<String, Float> weights = new LinkedHashMap<>();
        Fields.SEARCHED.forEach(w -> {
            weights.put(w.field(), w.weight());
            weights.put(Fields.grams(w.field()), w.weight() * Fields.GRAMS_WEIGHT);
        });
        Parser parser = new Parser(weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(normalized);
    }

    /** Words become phrases of their parts in every field; the fields' weights apply. */
    private static final class Parser extends SimpleQueryParser {

        Parser(Map<String, Float> weights) {
            super(JapaneseText.analyzer(), weights, FLAGS);
        }

        @Override
        protected Query newDefaultQuery(String text) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                Query q = createPhraseQuery(field.getKey(), text, 0);
                if (q != null) {
                    any.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                }
            }
            return simplify(any.build());
        }
    }
}
