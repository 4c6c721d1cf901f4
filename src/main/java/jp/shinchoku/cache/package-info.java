/**
 * The response cache of the public site: a page or JSON answer that anybody may read is rendered
 * once per publication version and then served as stored bytes, compressed, with a strong ETag.
 *
 * <p>The publication version is one number in PostgreSQL that every change to public data bumps at
 * commit ({@link jp.shinchoku.cache.PublicationVersion}), so instances sharing a database agree on
 * it. Modules whose pages depend on state of their own (the search index) add it to the key with a
 * {@link jp.shinchoku.cache.CacheKeyPart}.
 */
package jp.shinchoku.cache;
