package jp.shinchoku.plan.document;

/**
 * A narrative text under its original label (現状と課題, 取組内容, 効果 …). The text is plain:
 * lines separated by '\n', list items as lines starting with '・', never markup.
 */
public record LabeledText(String label, String text) {
}
