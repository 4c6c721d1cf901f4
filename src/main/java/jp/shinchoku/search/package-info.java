/**
 * Japanese full-text search over the initiatives of every plan, with Lucene and the Kuromoji
 * analyzer, and related initiatives across plans and governments.
 *
 * <p>The index is a cache of PostgreSQL: one Lucene document per initiative, rebuilt when it is
 * missing or its format changed, and kept up to date by comparing each plan's version with the one
 * indexed. Which version of a plan the public may find is decided by {@link jp.shinchoku.search.SearchSource}.
 */
package jp.shinchoku.search;
