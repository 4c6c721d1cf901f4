package jp.shinchoku.roundbook;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What is wrong with an uploaded workbook: where (a sheet and a cell such as H12, or nowhere in
 * particular for the workbook as a whole) and what, as a message key of messages*.properties with
 * its arguments. The editing rules' own problems keep their keys, so a cell gets the same words a
 * field of the staff screen would.
 */
public record WorkbookProblem(String sheet, String cell, String code, List<Object> arguments) {

    public WorkbookProblem {
        arguments = List.copyOf(arguments);
    }

    static WorkbookProblem ofWorkbook(String code, Object... arguments) {
        return new WorkbookProblem(null, null, code, List.of(arguments));
    }

    static WorkbookProblem at(String sheet, String cell, String code, Object... arguments) {
        return new WorkbookProblem(sheet, cell, code, List.of(arguments));
    }

    /** 「実績入力」シート H12: 2000 文字以内で入力してください。 */
    public String describe(MessageSource messages, Locale locale) {
        String message = messages.getMessage(code, arguments.toArray(), code, locale);
        return sheet == null ? message : messages.getMessage("roundbook.at", new Object[] {sheet, cell, message}, locale);
    }
}
