package jp.shinchoku.search;

import java.util.List;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The five seeds stored afresh and indexed; the ids of 木更津市's two plans. */
record IndexedSeeds(long kisarazuDx, long kisarazuReform) {

    static IndexedSeeds load(JdbcClient jdbc, ImportService imports, SearchIndex index) {
        List<SavedPlan> saved = TestDatabase.reloadSeeds(jdbc, imports);
        // ids and revisions start again after the tables are emptied: the stamps alone cannot tell
        index.rebuild();
        return new IndexedSeeds(saved.get(3).planId(), saved.get(4).planId());
    }
}
