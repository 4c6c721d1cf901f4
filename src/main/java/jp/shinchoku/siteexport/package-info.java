/**
 * The published portal written out as static files ({@code shinchoku site export}), for the
 * internet-facing segment that cannot reach the application inside LGWAN.
 *
 * <p>Pages are rendered by the real application: the command starts it on a loopback port and
 * fetches every public page over HTTP as an anonymous visitor, so the export holds exactly what
 * the public site shows, with the same security rules deciding what is public. Links are made
 * relative, so the tree works under any sub-path of a web server or CMS, and from a disk.
 */
package jp.shinchoku.siteexport;
