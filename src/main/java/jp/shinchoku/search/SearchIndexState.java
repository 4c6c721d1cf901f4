package jp.shinchoku.search;

import jp.shinchoku.cache.CacheKeyPart;
import org.springframework.stereotype.Component;

/**
 * Search results and related initiatives follow the index, which catches up with a publication a
 * few seconds after its commit: cached answers are kept per state of the index as well.
 */
@Component
class SearchIndexState implements CacheKeyPart {

    private final SearchIndex index;

    SearchIndexState(SearchIndex index) {
        this.index = index;
    }

    @Override
    public String current() {
        return "i" + index.generation();
    }
}
