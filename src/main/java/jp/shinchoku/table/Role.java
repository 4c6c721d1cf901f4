package jp.shinchoku.table;

/** What a column of a KPI table holds; the names are those a mapping file uses. */
public enum Role {
    /** A level of the plan's tree (基本目標, 施策 …), outermost first. */
    SECTION,
    /** The initiative an indicator belongs to (事業名, 取組項目 …). */
    INITIATIVE,
    /** The number of the section, initiative or indicator column to its right (No., 番号, コード). */
    CODE,
    /** The owner department (担当課, 所管課, 課名). */
    DEPARTMENT,
    /** Related departments (関係課). */
    RELATED_DEPARTMENT,
    /** The indicator's name (指標名, 成果指標, KPI). */
    INDICATOR,
    /** The indicator's unit (単位). */
    UNIT,
    /** The fiscal year of the row's values, in a long table (年度). */
    YEAR,
    /** Whether the row's values are targets or actuals, in a transposed table (区分: 目標値 / 実績値). */
    KIND,
    /** Targets, actuals or the baseline: of the column's fiscal year, or the row's. */
    VALUE,
    /** Words kept under their header (備考, 出典, 目標設定の考え方). */
    TEXT,
    /** Read but not kept: 達成率 and 評価 are what the evaluation computes. */
    IGNORE
}
