package jp.shinchoku.cache;

/**
 * State outside the database that a public page depends on, added to every cache key: a module
 * whose answers change without the publication version changing (a search index that catches up a
 * few seconds after a commit) declares a bean of this type.
 */
@FunctionalInterface
public interface CacheKeyPart {

    /** A short text that changes whenever the state does. */
    String current();
}
