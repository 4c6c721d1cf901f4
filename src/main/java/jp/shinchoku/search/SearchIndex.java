package jp.shinchoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.shinchoku.search.internal.Fields;
import jp.shinchoku.search.internal.InitiativeDocuments;
import jp.shinchoku.search.internal.JapaneseText;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Lucene index of every initiative, a cache of PostgreSQL kept in a directory of its own.
 *
 * <p>The version of each indexed plan is kept in the index's commit data, beside the format. On
 * start, and then every {@code shinchoku.search.check-interval}, each plan's version in the
 * database is compared with the indexed one: changed plans are indexed again, deleted ones
 * dropped. Several instances sharing one database so stay right without telling each other
 * anything. An index of another format, or a directory that went missing, is rebuilt whole.
 */
@Component
@EnableConfigurationProperties(SearchProperties.class)
public class SearchIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String FORMAT_KEY = "format";
    private static final String PLAN_PREFIX = "plan.";

    private final SearchSource source;
    private final SearchProperties properties;
    /** Commands that only import or export leave the index alone; the web server keeps it up to date. */
    private final boolean autoStartup;

    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    /** planId → indexed version, as in the last commit. */
    private final Map<Long, String> indexed = new HashMap<>();
    private ScheduledExecutorService checks;
    /** Counts the commits, so that answers made from the index can be cached per state of it. */
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    @Autowired
    public SearchIndex(SearchSource source, SearchProperties properties, ApplicationContext context) {
        this(source, properties, context instanceof WebApplicationContext);
    }

    SearchIndex(SearchSource source, SearchProperties properties, boolean autoStartup) {
        this.source = source;
        this.properties = properties;
        this.autoStartup = autoStartup;
    }

    /** Brings the index in line with the database: what changed is indexed again, what went is dropped. */
    public synchronized Changes synchronize() {
        try {
            openIfMissing();
            Map<Long, String> wanted = source.versions();
            int dropped = 0;
            int updated = 0;
            for (Long planId : Map.copyOf(indexed).keySet()) {
                if (!wanted.containsKey(planId)) {
                    writer.deleteDocuments(InitiativeDocuments.plan(planId));
                    indexed.remove(planId);
                    dropped++;
                }
            }
            for (Map.Entry<Long, String> plan : wanted.entrySet()) {
                if (!plan.getValue().equals(indexed.get(plan.getKey()))) {
                    try {
                        index(plan.getKey(), plan.getValue());
                        updated++;
                    } catch (RuntimeException e) {
                        // one plan that cannot be read must not keep the others out; it is tried again next time
                        log.warn("Search index: plan {} could not be indexed: {}", plan.getKey(), e.toString());
                    }
                }
            }
            if (dropped + updated > 0) {
                commit();
                log.info("Search index: {} plans indexed again, {} dropped", updated, dropped);
            }
            return new Changes(updated, dropped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index in " + properties.indexDir(), e);
        }
    }

    /** A number that changes whenever what the index finds may have changed. */
    public long generation() {
        return commits.get();
    }

    /** Indexes one plan now, as it is in the database; for a listener told that the plan changed. */
    public synchronized void reindex(long planId) {
        try {
            openIfMissing();
            index(planId, source.versions().get(planId));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index plan " + planId + " in " + properties.indexDir(), e);
        }
    }

    /** Empties the index and fills it again from the database. */
    public synchronized Changes rebuild() {
        try {
            openIfMissing();
            writer.deleteAll();
            indexed.clear();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the search index in " + properties.indexDir(), e);
        }
        return synchronize();
    }

    /** The current searcher; give it back with {@link #release}. Opens the index on first use outside the server. */
    IndexSearcher acquire() throws IOException {
        if (searchers == null) {
            synchronized (this) {
                if (searchers == null) {
                    synchronize();
                }
            }
        }
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /**
     * A plan's documents replace whatever the index held for it; a plan gone is dropped. The version
     * comes from the caller's one reading of all versions: reading them again for each plan would
     * make a rebuild cost the square of the number of plans.
     */
    private void index(long planId, String version) throws IOException {
        var plan = version == null ? Optional.<SearchSource.SourcePlan>empty() : source.load(planId, version);
        var documents = plan.map(InitiativeDocuments::of);
        writer.deleteDocuments(InitiativeDocuments.plan(planId));
        if (plan.isEmpty()) {
            indexed.remove(planId);
            return;
        }
        writer.addDocuments(documents.get());
        indexed.put(planId, plan.get().version());
    }

    private void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, Fields.FORMAT);
        indexed.forEach((id, version) -> data.put(PLAN_PREFIX + id, version));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        commits.incrementAndGet();
    }

    /** Opens the index, or after its directory was deleted opens a new, empty one. */
    private void openIfMissing() throws IOException {
        if (writer != null && writer.isOpen() && Files.isDirectory(properties.indexDir())) {
            return;
        }
        if (writer != null) {
            log.warn("The search index in {} went missing: building it again", properties.indexDir());
            closeQuietly();
        }
        open();
    }

    private void open() throws IOException {
        Path dir = properties.indexDir().toAbsolutePath();
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        boolean current = DirectoryReader.indexExists(directory)
                && Fields.FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
        IndexWriterConfig config = new IndexWriterConfig(JapaneseText.analyzer())
                .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IllegalStateException("The search index in " + dir + " is in use by another Shinchoku: give each"
                    + " instance its own directory with shinchoku.search.index-dir", e);
        }
        indexed.clear();
        if (current) {
            SegmentInfos.readLatestCommit(directory).getUserData().forEach((k, v) -> {
                if (k.startsWith(PLAN_PREFIX)) {
                    indexed.put(Long.parseLong(k.substring(PLAN_PREFIX.length())), v);
                }
            });
        } else {
            log.info("Building the search index in {}", dir);
        }
        SearcherManager previous = searchers;
        searchers = new SearcherManager(writer, null);
        commit();
        if (previous != null) {
            previous.close();
        }
    }

    private void closeQuietly() {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("closing the old search index", e);
        }
        try {
            directory.close();
        } catch (IOException e) {
            log.debug("closing the old search index directory", e);
        }
    }

    private void check() {
        try {
            synchronize();
        } catch (RuntimeException e) {
            // the next check tries again; a database that is briefly away must not stop the checks
            log.warn("Search index check failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        JapaneseText.load();
        synchronize();
        long every = properties.checkInterval().toMillis();
        if (every > 0) {
            checks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "search-index-check");
                t.setDaemon(true);
                return t;
            });
            checks.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        if (checks != null) {
            // not shutdownNow: an interrupt inside Lucene closes the file channel it is reading (the index,
            // or Kuromoji's dictionary, which then fails to load for the rest of the JVM's life)
            checks.shutdown();
            try {
                checks.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            checks = null;
        }
        synchronized (this) {
            try {
                if (searchers != null) {
                    searchers.close();
                }
                if (writer != null) {
                    writer.close();
                }
                if (directory != null) {
                    directory.close();
                }
            } catch (IOException e) {
                log.warn("closing the search index: {}", e.getMessage());
            }
            writer = null;
            searchers = null;
        }
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    /** Before the web server listens (its phase is higher), after the demo plans are loaded. */
    @Override
    public int getPhase() {
        return 0;
    }

    /** What a synchronisation did. */
    public record Changes(int indexed, int dropped) {
    }
}
