package jp.shinchoku.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.shinchoku.editing.Commands.UpdateInitiative;
import jp.shinchoku.plan.document.LabeledText;

/**
 * The initiative's own fields as posted. Departments are written one per line (or separated by
 * 、), as staff write them; a text with an empty label and body is dropped.
 */
public class TextsForm {

    private int version;
    private String code;
    private String title;
    private Integer targetFiscalYear;
    private String owners = "";
    private String related = "";
    private List<Text> texts = new ArrayList<>();

    UpdateInitiative toCommand(long initiativeId) {
        return new UpdateInitiative(initiativeId, version, code, title, targetFiscalYear, names(owners), names(related),
                texts.stream().filter(t -> !blank(t.getLabel()) || !blank(t.getBody()))
                        .map(t -> new LabeledText(t.getLabel() == null ? "" : t.getLabel().strip(),
                                t.getBody() == null ? "" : t.getBody().replace("\r\n", "\n").strip()))
                        .toList());
    }

    private static List<String> names(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\n、,]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getTargetFiscalYear() {
        return targetFiscalYear;
    }

    public void setTargetFiscalYear(Integer targetFiscalYear) {
        this.targetFiscalYear = targetFiscalYear;
    }

    public String getOwners() {
        return owners;
    }

    public void setOwners(String owners) {
        this.owners = owners;
    }

    public String getRelated() {
        return related;
    }

    public void setRelated(String related) {
        this.related = related;
    }

    public List<Text> getTexts() {
        return texts;
    }

    public void setTexts(List<Text> texts) {
        this.texts = texts;
    }

    /** One narrative text under its label. */
    public static class Text {
        private String label;
        private String body;

        public Text() {
        }

        Text(String label, String body) {
            this.label = label;
            this.body = body;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }
}
