package jp.shinchoku.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.audit.AuditEntry;
import jp.shinchoku.audit.AuditLog;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit log for the planning division (its organisation's entries) and the system
 * administrator (all): on a page, and as CSV that opens in Japanese Excel (UTF-8 with BOM).
 */
@Controller
class AuditController {

    private static final int PAGE = 500;
    private static final int DOWNLOAD = 100_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/staff/audit")
    String page(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("entries", entries(user, PAGE));
        return "staff/audit";
    }

    @GetMapping("/staff/audit.csv")
    void csv(@AuthenticationPrincipal StaffUser user, HttpServletResponse response) throws IOException {
        List<AuditEntry> entries = entries(user, DOWNLOAD);
        log.recordAlone(user.username(), user.organizationId(), "export", "audit log", entries.size() + " entries");
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder()
                .setHeader("id", "日時", "操作者", "操作", "対象", "内容").get())) {
            for (AuditEntry e : entries) {
                csv.printRecord(e.id(), e.recordedAt().atZoneSameInstant(java.time.ZoneId.systemDefault()).format(WHEN),
                        e.actor(), e.action(), e.subject(), e.detail());
            }
        }
    }

    private List<AuditEntry> entries(StaffUser user, int limit) {
        if (user.role() == Role.SYSTEM_ADMIN) {
            return log.latest(null, limit);
        }
        if (user.role() != Role.ORG_ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "監査ログは計画担当だけが見られます (only the planning division sees the audit log)");
        }
        return log.latest(user.organizationId(), limit);
    }
}
