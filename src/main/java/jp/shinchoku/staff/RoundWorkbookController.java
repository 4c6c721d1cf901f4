package jp.shinchoku.staff;

import java.io.IOException;
import java.util.Locale;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.roundbook.RoundWorkbooks;
import jp.shinchoku.roundbook.WorkbookRefused;
import jp.shinchoku.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting workbook of a department's task: download it, upload it filled in. {@link RoundWorkbooks}
 * decides who may do either; a refused upload comes back to the task page with every problem by cell.
 */
@Controller
class RoundWorkbookController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RoundWorkbooks workbooks;
    private final MessageSource messages;

    RoundWorkbookController(RoundWorkbooks workbooks, MessageSource messages) {
        this.workbooks = workbooks;
        this.messages = messages;
    }

    @GetMapping("/staff/tasks/{id}/workbook.xlsx")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        RoundWorkbooks.Download download = workbooks.export(StaffActors.of(user), id);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(
                        Downloads.fileName("xlsx", download.round(), download.department(), "照会ブック"),
                        "task-" + id + "-workbook.xlsx"))
                .body(download.bytes());
    }

    @PostMapping("/staff/tasks/{id}/workbook")
    String upload(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
            RedirectAttributes redirect) throws IOException {
        try {
            RoundWorkbooks.Imported imported = workbooks.importWorkbook(StaffActors.of(user), id,
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", imported.lines() == 0
                    ? messages.getMessage("roundbook.unchanged", null, locale)
                    : messages.getMessage("roundbook.imported", new Object[] {imported.lines(), imported.initiatives()},
                            locale));
        } catch (WorkbookRefused e) {
            redirect.addFlashAttribute("error", messages.getMessage("roundbook.refused", null, locale));
            redirect.addFlashAttribute("workbookProblems",
                    e.problems().stream().map(p -> p.describe(messages, locale)).toList());
        }
        return "redirect:/staff/tasks/" + id;
    }
}
