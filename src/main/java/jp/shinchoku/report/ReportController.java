package jp.shinchoku.report;

import jp.shinchoku.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The printed report and the workbook of a plan, for anyone who may read the plan's page. */
@Controller
class ReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportSource source;
    private final PdfReport pdf;
    private final PlanWorkbook workbook;

    ReportController(ReportSource source, PdfReport pdf, PlanWorkbook workbook) {
        this.source = source;
        this.pdf = pdf;
        this.workbook = workbook;
    }

    @GetMapping("/plans/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        ReportInput input = load(id);
        return download(pdf.render(input), MediaType.APPLICATION_PDF,
                Downloads.inline(ReportFiles.name(input, "pdf"), "plan-" + id + "-report.pdf"));
    }

    @GetMapping("/plans/{id}/workbook.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        ReportInput input = load(id);
        return download(workbook.write(input), XLSX,
                Downloads.attachment(ReportFiles.name(input, "xlsx"), "plan-" + id + "-workbook.xlsx"));
    }

    private ReportInput load(long id) {
        return source.load(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + id));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String disposition) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition).body(body);
    }
}
