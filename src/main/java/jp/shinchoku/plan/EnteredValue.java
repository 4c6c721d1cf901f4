package jp.shinchoku.plan;

import java.time.OffsetDateTime;

/**
 * A year of an indicator that a person entered in the application, which an imported document
 * would change: what is stored, what the document says (null where it drops the year), who entered it.
 */
public record EnteredValue(String initiative, String indicator, int fiscalYear, String stored, String imported,
        String enteredBy, OffsetDateTime enteredAt) {

    @Override
    public String toString() {
        return initiative + " / " + indicator + " / " + fiscalYear + "年度: 「" + stored + "」 → 「"
                + (imported == null ? "（なし）" : imported) + "」 (" + enteredBy + " が入力)";
    }
}
