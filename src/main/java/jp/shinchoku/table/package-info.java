/**
 * KPI tables in the layouts governments publish (CSV, TSV, space-aligned text, XLSX): finds the
 * header, infers what each column holds, and reads the rows into a plan document.
 */
package jp.shinchoku.table;
