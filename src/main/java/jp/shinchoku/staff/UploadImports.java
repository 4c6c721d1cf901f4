package jp.shinchoku.staff;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.PlanReader;
import jp.shinchoku.importer.SourceText;
import jp.shinchoku.plan.EnteredValuesWouldChange;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.table.KpiTables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reading and importing an upload for a staff member, the same for every import screen: the
 * document is read whole, then imported by the one import command; a re-import that would change
 * entered values waits in the session for the person's confirmation.
 */
@Component
class UploadImports {

    static final String PENDING = "shinchoku.pendingImport";

    private final ImportService imports;
    private final MessageSource messages;

    UploadImports(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** Imports the upload and redirects to the plan, or shows the problems or the values it would overwrite. */
    String store(StaffUser user, Upload upload, boolean replace, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) {
        model.addAttribute("user", user);
        PlanDocument document;
        try {
            document = read(user, upload);
        } catch (ImportException e) {
            model.addAttribute("problems", ProblemMessages.of(messages, e.problems(), locale));
            return "staff/import";
        }
        try {
            SavedPlan saved = imports.importDocuments(StaffActors.of(user), List.of(document), replace).get(0);
            session.removeAttribute(PENDING);
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

    /**
     * The upload as a plan document of an organisation: a planning division's own when the document
     * names none (one naming another is refused by the import command).
     */
    static PlanDocument read(StaffUser user, Upload upload) throws ImportException {
        ImportOptions options = new ImportOptions(upload.organization(), upload.title());
        PlanDocument document = KpiTables.handles(upload.fileName(), upload.bytes())
                ? KpiTables.preview(upload.fileName(), upload.bytes(), options, upload.override())
                : PlanReader.withAllLayouts().preview(SourceText.decode(upload.fileName(), upload.bytes()), options);
        if (document.organization() == null && user.role() != Role.SYSTEM_ADMIN) {
            document = document.withOrganization(user.organizationName());
        }
        if (document.organization() == null) {
            throw new ImportException(PlanReader.missingOrganization(upload.fileName()));
        }
        return document;
    }

    /** The organisation an upload is for: the planning division's own, or what the system administrator typed. */
    static String organization(StaffUser user, Upload upload) {
        return user.role() == Role.SYSTEM_ADMIN ? upload.organization() : user.organizationName();
    }
}
