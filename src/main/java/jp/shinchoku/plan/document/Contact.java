package jp.shinchoku.plan.document;

/** A department's telephone number as the document gives it, with its note such as （行政検査）. */
public record Contact(String department, String phone, String note) {
}
