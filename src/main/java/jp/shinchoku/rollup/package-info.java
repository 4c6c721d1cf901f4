/**
 * Stored figures for the public lists: counts per grade of each published snapshot, overall and
 * per section, computed once when it is published (and at start for snapshots published before
 * this existed); and what governments and plans are filtered by (prefecture, kind of government,
 * type of plan). The front page and the cross-government overview read only these tables, which
 * this module owns: the few columns they show of governments, plans and snapshots (names, titles,
 * years, the latest snapshot and its date) are copies kept from the plan module's
 * {@link jp.shinchoku.plan.PlanStored} and the snapshot module's
 * {@link jp.shinchoku.snapshot.SnapshotPublished}, in the transaction that raises them.
 */
package jp.shinchoku.rollup;
