package jp.shinchoku.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an extracted cell into the plain text we store: HTML fragments become lines (paragraphs)
 * and list items ("・…"), white space from the PDF's line wrapping is folded, and no markup is
 * ever kept. Jsoup parses the fragments, so malformed or hostile markup is read as text, never
 * passed on.
 */
public final class CellText {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    /** Japanese: kanji, kana, the long-vowel and iteration marks, and Japanese (full-width) punctuation. */
    private static final String JAPANESE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々〆「」『』（）【】〔〕、。・：]";
    private static final Pattern WRAP = Pattern.compile("(?<=" + JAPANESE + ")[ \\u3000]+(?=" + JAPANESE + ")");
    /** A bullet that starts a new item: "・" at the start, after white space or after a full stop. */
    private static final Pattern BULLET = Pattern.compile("(?:^|\\s+|(?<=。))・\\s*");

    private CellText() {
    }

    /** Multi-line plain text: one line per paragraph or list item; "" for a blank cell. */
    public static String plain(String cell) {
        if (cell == null || cell.isBlank()) {
            return "";
        }
        List<String> blocks = TAG.matcher(cell).find() ? htmlBlocks(cell) : List.of(cell);
        List<String> lines = new ArrayList<>();
        for (String block : blocks) {
            for (String part : splitBullets(block)) {
                String line = fold(part);
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** One line, white space folded, markup dropped: for titles, names and values. */
    public static String inline(String cell) {
        if (cell == null) {
            return "";
        }
        String text = TAG.matcher(cell).find() ? String.join(" ", htmlBlocks(cell)) : cell;
        return fold(text);
    }

    /**
     * The text with the PDF's line-wrap spaces inside Japanese words joined: a space between two
     * Japanese characters goes ("実現に向け た取組" → "実現に向けた取組"); a space next to a Latin
     * letter, a digit or a sign stays ("小 8.9% 中 12.8%", "DX 推進"). The one rule for titles,
     * indicator names and text labels.
     */
    public static String joinWraps(String text) {
        return text == null ? null : WRAP.matcher(text).replaceAll("");
    }

    /** The text with every space removed: what two spellings of one name have in common. */
    public static String compact(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll("");
    }

    private static String fold(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static List<String> splitBullets(String block) {
        String b = block.strip();
        if (!b.contains("・")) {
            return List.of(b);
        }
        List<String> parts = new ArrayList<>();
        var m = BULLET.matcher(b);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(b.substring(last, m.start()));
            }
            last = m.end();
            parts.add(null); // marks a bullet start
        }
        parts.add(b.substring(last));
        List<String> items = new ArrayList<>();
        boolean bullet = false;
        for (String p : parts) {
            if (p == null) {
                bullet = true;
                continue;
            }
            if (!p.isBlank()) {
                items.add(bullet ? "・" + p.strip() : p);
            }
            bullet = false;
        }
        return items;
    }

    private static List<String> htmlBlocks(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(body, blocks, current);
        flush(blocks, current);
        return blocks;
    }

    private static void collect(Node node, List<String> blocks, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                boolean block = switch (tag) {
                    case "p", "div", "ul", "ol", "li", "br", "tr", "table", "h1", "h2", "h3", "h4" -> true;
                    default -> false;
                };
                if (block) {
                    flush(blocks, current);
                }
                if (tag.equals("li") && !element.text().strip().startsWith("・")) {
                    current.append("・");
                }
                collect(element, blocks, current);
                if (block) {
                    flush(blocks, current);
                }
            }
        }
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            blocks.add(s);
        }
        current.setLength(0);
    }
}
