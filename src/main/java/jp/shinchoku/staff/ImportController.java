package jp.shinchoku.staff;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.ImportProblem;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.PlanReader;
import jp.shinchoku.importer.SourceText;
import jp.shinchoku.plan.EnteredValuesWouldChange;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.table.KpiTables;
import jp.shinchoku.table.MappingOverride;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a document from the staff screens, as `shinchoku import` does: any seed layout, a plan
 * document, the template or a KPI table; all or nothing. A re-import that would change values
 * entered in the application lists them and stores nothing; the person then confirms, and the
 * same upload (kept in the session meanwhile) is imported with those values replaced.
 */
@Controller
class ImportController {

    private static final String PENDING = "shinchoku.pendingImport";

    private final ImportService imports;
    private final AuditLog audit;
    private final MessageSource messages;

    ImportController(ImportService imports, AuditLog audit, MessageSource messages) {
        this.imports = imports;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/staff/import")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        requireImporter(user);
        model.addAttribute("user", user);
        return "staff/import";
    }

    @PostMapping("/staff/import")
    String upload(@AuthenticationPrincipal StaffUser user, jakarta.servlet.http.HttpServletRequest request,
            @RequestParam(required = false) String organization, @RequestParam(required = false) String title,
            HttpSession session, Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        requireImporter(user);
        // the file is looked at only once the account may import at all
        MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
                MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (file == null || file.isEmpty()) {
            model.addAttribute("user", user);
            model.addAttribute("problems", List.of(messages.getMessage("import.noFile", null, locale)));
            return "staff/import";
        }
        // a planning division imports for its own organisation: a document naming another is refused below
        String org = user.role() == Role.SYSTEM_ADMIN ? organization : null;
        Upload upload = new Upload(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                file.getBytes(), org, title);
        return store(user, upload, false, session, model, locale, redirect);
    }

    @PostMapping("/staff/import/confirm")
    String confirm(@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) {
        requireImporter(user);
        Upload upload = (Upload) session.getAttribute(PENDING);
        if (upload == null) {
            redirect.addFlashAttribute("error", messages.getMessage("import.expired", null, locale));
            return "redirect:/staff/import";
        }
        return store(user, upload, true, session, model, locale, redirect);
    }

    private String store(StaffUser user, Upload upload, boolean replace, HttpSession session, Model model,
            Locale locale, RedirectAttributes redirect) {
        model.addAttribute("user", user);
        PlanDocument document;
        try {
            document = read(upload);
            if (document.organization() == null && user.role() != Role.SYSTEM_ADMIN) {
                document = document.withOrganization(user.organizationName());
            }
            if (document.organization() == null) {
                throw new ImportException(new ImportProblem(upload.fileName(), 1, PlanReader.MISSING_ORGANIZATION));
            }
        } catch (ImportException e) {
            model.addAttribute("problems", e.problems().stream().map(ImportProblem::toString).toList());
            return "staff/import";
        }
        if (user.role() != Role.SYSTEM_ADMIN && !user.organizationName().equals(document.organization())) {
            throw new Forbidden(StaffActors.of(user), "他の団体の計画の取り込み (import another organisation's plan)");
        }
        try {
            SavedPlan saved = imports.store(List.of(document), user.username(), replace).get(0);
            session.removeAttribute(PENDING);
            audit.recordAlone(user.username(), user.organizationId(), replace ? "import-replace" : "import",
                    "plan " + saved.planId(), upload.fileName());
            redirect.addFlashAttribute("notice", messages.getMessage("import.done", new Object[] {document.title(),
                    document.allInitiatives().size()}, locale));
            return "redirect:/staff/plans/" + saved.planId();
        } catch (EnteredValuesWouldChange e) {
            session.setAttribute(PENDING, upload);
            model.addAttribute("conflicts", e.values());
            model.addAttribute("fileName", upload.fileName());
            return "staff/import";
        }
    }

    private static PlanDocument read(Upload upload) throws ImportException {
        ImportOptions options = new ImportOptions(upload.organization(), upload.title());
        if (KpiTables.handles(upload.fileName(), upload.bytes())) {
            return KpiTables.preview(upload.fileName(), upload.bytes(), options, MappingOverride.NONE);
        }
        return PlanReader.withAllLayouts().preview(SourceText.decode(upload.fileName(), upload.bytes()), options);
    }

    /** The planning division imports its own organisation's plans; the system administrator any. */
    private static void requireImporter(StaffUser user) {
        if (user.role() != Role.SYSTEM_ADMIN && user.role() != Role.ORG_ADMIN) {
            throw new Forbidden(StaffActors.of(user), "計画の取り込み (import plans)");
        }
    }

    /** An uploaded file waiting for the person's confirmation. */
    record Upload(String fileName, byte[] bytes, String organization, String title) implements Serializable {
    }
}
