/**
 * Stored figures for the public lists: counts per grade of each published snapshot, overall and
 * per section, computed once when it is published (and at start for snapshots published before
 * this existed); and what governments and plans are filtered by (prefecture, kind of government,
 * type of plan). The front page and the cross-government overview read only these.
 */
package jp.shinchoku.rollup;
