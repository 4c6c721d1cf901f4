package jp.shinchoku.table;

/**
 * One column as the import understands it. {@code fiscalYear} and {@code kind} are set for a value
 * column whose header names them; null means the row names them (a long or transposed table).
 * {@code reason} says why, for {@code import --explain} and the import screen.
 */
public record Column(int index, String header, Role role, Integer fiscalYear, Kind kind, Reason reason) {

    static Column of(int index, String header, Role role, Reason reason) {
        return new Column(index, header, role, null, null, reason);
    }
}
