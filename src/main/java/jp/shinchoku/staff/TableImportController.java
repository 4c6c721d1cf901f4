package jp.shinchoku.staff;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.table.Kind;
import jp.shinchoku.table.KpiTables;
import jp.shinchoku.table.MappingOverride;
import jp.shinchoku.table.Role;
import jp.shinchoku.table.TableMappings;
import jp.shinchoku.table.TableReview;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A KPI table between upload and import: the person sees what each column was read as and why,
 * and the plan it would become with its evaluation; corrects the mapping; imports; and may save
 * the mapping under a name for next year's table. The upload waits in the session under a random
 * id and is served only to the account that uploaded it; nothing the browser sends names a file.
 */
@Controller
class TableImportController {

    static final String TABLE = "shinchoku.tableImport";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UploadImports uploads;
    private final TableMappings mappings;
    private final MessageSource messages;

    TableImportController(UploadImports uploads, TableMappings mappings, MessageSource messages) {
        this.uploads = uploads;
        this.mappings = mappings;
        this.messages = messages;
    }

    /** Keeps an uploaded table for its review (replacing one kept before) and sends the person to it. */
    static String review(StaffUser user, Upload upload, HttpSession session) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        PendingTable pending = new PendingTable(HexFormat.of().formatHex(id), user.username(), upload);
        session.setAttribute(TABLE, pending);
        return "redirect:/staff/import/table/" + pending.id();
    }

    /** Whether the upload, read with its mapping, becomes a plan without any problem. */
    static boolean readsWhole(StaffUser user, Upload upload) {
        try {
            UploadImports.read(user, upload);
            return true;
        } catch (ImportException e) {
            return false;
        }
    }

    @GetMapping("/staff/import/table/{id}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable String id, HttpSession session, Model model,
            Locale locale) {
        Upload upload = pending(user, id, session).upload();
        model.addAttribute("user", user);
        model.addAttribute("id", id);
        model.addAttribute("upload", upload);
        model.addAttribute("roles", Role.values());
        model.addAttribute("kinds", Kind.values());
        List<String> sheets = KpiTables.sheets(upload.bytes());
        model.addAttribute("sheets", sheets);
        String sheet = upload.override().sheet() != null ? upload.override().sheet() : sheets.isEmpty() ? null : sheets.get(0);
        model.addAttribute("mayUseSaved", UploadImports.organization(user, upload) != null
                && !UploadImports.organization(user, upload).isBlank());
        try {
            TableReview review = KpiTables.review(upload.fileName(), upload.bytes(),
                    new ImportOptions(UploadImports.organization(user, upload), upload.title()), upload.override());
            model.addAttribute("review", review);
            model.addAttribute("form", TableMappingForm.of(review, sheet));
            model.addAttribute("reasons", texts(review, TableReview.ReviewedColumn::reason, locale));
            model.addAttribute("columnProblems", texts(review, TableReview.ReviewedColumn::problem, locale));
            model.addAttribute("problems", ProblemMessages.of(messages, review.problems(), locale));
            if (review.importable()) {
                model.addAttribute("preview", TablePreview.of(review.plan()));
            }
        } catch (ImportException e) {
            // no header found, or the mapping names lines or columns the table does not have
            model.addAttribute("problems", ProblemMessages.of(messages, e.problems(), locale));
            TableMappingForm empty = new TableMappingForm();
            empty.setSheet(sheet);
            model.addAttribute("form", empty);
        }
        return "staff/import-table";
    }

    @PostMapping("/staff/import/table/{id}/mapping")
    String correct(@AuthenticationPrincipal StaffUser user, @PathVariable String id,
            @ModelAttribute TableMappingForm form, HttpSession session, Locale locale, RedirectAttributes redirect) {
        PendingTable pending = pending(user, id, session);
        Upload upload = pending.upload();
        List<String> sheets = KpiTables.sheets(upload.bytes());
        String sheet = upload.override().sheet() != null ? upload.override().sheet() : sheets.isEmpty() ? null : sheets.get(0);
        try {
            // another sheet is another table: its header and columns are inferred afresh
            MappingOverride corrected = form.getSheet() != null && sheets.contains(form.getSheet())
                    && !form.getSheet().equals(sheet)
                    ? new MappingOverride(form.getSheet(), null, null, null, java.util.Map.of())
                    : KpiTables.corrected(upload.fileName(), upload.bytes(), upload.override(),
                            form.getFirstHeaderLine(), form.getLastHeaderLine(), form.periodEndYear(), form.columnSpecs());
            session.setAttribute(TABLE, new PendingTable(id, pending.owner(), upload.withOverride(corrected)));
        } catch (ImportException e) {
            redirect.addFlashAttribute("error", String.join(" ", ProblemMessages.of(messages, e.problems(), locale)));
        } catch (Invalid e) {
            redirect.addFlashAttribute("error", ProblemMessages.joined(messages, e, locale));
        }
        return "redirect:/staff/import/table/" + id;
    }

    @PostMapping("/staff/import/table/{id}")
    String importTable(@AuthenticationPrincipal StaffUser user, @PathVariable String id, HttpSession session,
            Model model, Locale locale, RedirectAttributes redirect) {
        Upload upload = pending(user, id, session).upload();
        String view = uploads.store(user, upload, false, session, model, locale, redirect);
        if (view.startsWith("redirect:")) {
            session.removeAttribute(TABLE);
        }
        return view;
    }

    @PostMapping("/staff/import/table/{id}/save-mapping")
    String saveMapping(@AuthenticationPrincipal StaffUser user, @PathVariable String id, @RequestParam String name,
            HttpSession session, Locale locale, RedirectAttributes redirect) {
        Upload upload = pending(user, id, session).upload();
        String organization = UploadImports.organization(user, upload);
        if (organization == null || organization.isBlank()) {
            redirect.addFlashAttribute("error", messages.getMessage("tableImport.mappingNeedsOrganization", null, locale));
            return "redirect:/staff/import/table/" + id;
        }
        try {
            mappings.save(StaffActors.of(user), organization, name, upload.override());
            redirect.addFlashAttribute("notice", messages.getMessage("tableImport.mappingSaved",
                    new Object[] {name.strip(), organization.strip()}, locale));
        } catch (Invalid e) {
            redirect.addFlashAttribute("error", ProblemMessages.joined(messages, e, locale));
        }
        return "redirect:/staff/import/table/" + id;
    }

    /** What each column's reason or problem says in the reader's language, by column index; none where it has none. */
    private Map<Integer, String> texts(TableReview review,
            Function<TableReview.ReviewedColumn, MessageSourceResolvable> what, Locale locale) {
        Map<Integer, String> texts = new HashMap<>();
        review.columns().stream().filter(c -> what.apply(c) != null)
                .forEach(c -> texts.put(c.index(), messages.getMessage(what.apply(c), locale)));
        return texts;
    }

    /**
     * The table this account uploaded under this id. Only importers get this far; an id that is not
     * the session's, or a session of another account, is a 404 like any unknown address.
     */
    private static PendingTable pending(StaffUser user, String id, HttpSession session) {
        ImportController.requireImporter(user);
        if (session.getAttribute(TABLE) instanceof PendingTable p && p.id().equals(id)
                && p.owner().equals(user.username())) {
            return p;
        }
        throw NotFound.of("table upload " + id);
    }

    /** An uploaded table under review: its random id, the account that uploaded it, the upload and its mapping. */
    record PendingTable(String id, String owner, Upload upload) implements Serializable {
    }
}
