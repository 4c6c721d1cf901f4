package jp.shinchoku.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.table.KpiTables;
import jp.shinchoku.table.MappingOverride;
import jp.shinchoku.table.TableMappings;
import jp.shinchoku.table.TemplateWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Importing a document from the staff screens, as `shinchoku import` does: any seed layout, a plan
 * document, the template or a KPI table; all or nothing. A KPI table goes first to its mapping
 * ({@link TableImportController}), unless a saved mapping reads it whole. A re-import that would
 * change values entered in the application lists them and stores nothing; the person then
 * confirms, and the same upload (kept in the session meanwhile) is imported with those values
 * replaced.
 */
@Controller
class ImportController {

    private final UploadImports uploads;
    private final TableMappings mappings;
    private final MessageSource messages;

    ImportController(UploadImports uploads, TableMappings mappings, MessageSource messages) {
        this.uploads = uploads;
        this.mappings = mappings;
        this.messages = messages;
    }

    @GetMapping("/staff/import")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        requireImporter(user);
        model.addAttribute("user", user);
        model.addAttribute("savedMappings", user.organizationName() == null ? List.of()
                : mappings.names(user.organizationName()));
        return "staff/import";
    }

    @PostMapping("/staff/import")
    String upload(@AuthenticationPrincipal StaffUser user, HttpServletRequest request,
            @RequestParam(required = false) String organization, @RequestParam(required = false) String title,
            @RequestParam(required = false) String mapping, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) throws IOException {
        requireImporter(user);
        // the file is looked at only once the account may import at all
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (file == null || file.isEmpty()) {
            return refuse(user, model, messages.getMessage("import.noFile", null, locale));
        }
        // a planning division imports for its own organisation: a document naming another is refused by the command
        String org = user.role() == Role.SYSTEM_ADMIN ? organization : null;
        Upload upload = new Upload(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                file.getBytes(), org, title, null);
        if (!KpiTables.needsMapping(upload.fileName(), upload.bytes())) {
            return uploads.store(user, upload, false, session, model, locale, redirect);
        }
        if (mapping == null || mapping.isBlank()) {
            return TableImportController.review(user, upload, session);
        }
        String owner = UploadImports.organization(user, upload);
        Optional<MappingOverride> saved = owner == null || owner.isBlank() ? Optional.empty() : mappings.find(owner, mapping);
        if (saved.isEmpty()) {
            return refuse(user, model, messages.getMessage("import.noSuchMapping", new Object[] {mapping.strip()}, locale));
        }
        Upload mapped = upload.withOverride(saved.get());
        if (!TableImportController.readsWhole(user, mapped)) {
            return TableImportController.review(user, mapped, session);
        }
        // next year's table of a layout whose mapping was saved: one step
        return uploads.store(user, mapped, false, session, model, locale, redirect);
    }

    @PostMapping("/staff/import/confirm")
    String confirm(@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) {
        requireImporter(user);
        Upload upload = (Upload) session.getAttribute(UploadImports.PENDING);
        if (upload == null) {
            redirect.addFlashAttribute("error", messages.getMessage("import.expired", null, locale));
            return "redirect:/staff/import";
        }
        return uploads.store(user, upload, true, session, model, locale, redirect);
    }

    /** The blank template (docs/import-template.md), to fill in and import here. */
    @GetMapping("/staff/import/template.{format}")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal StaffUser user, @PathVariable String format) {
        requireImporter(user);
        TemplateWriter.Format f;
        try {
            f = TemplateWriter.Format.valueOf(format);
        } catch (IllegalArgumentException e) {
            throw NotFound.of("template." + format);
        }
        MediaType type = f == TemplateWriter.Format.xlsx
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("shinchoku-template." + format).build().toString())
                .body(TemplateWriter.blank(f));
    }

    private String refuse(StaffUser user, Model model, String problem) {
        model.addAttribute("user", user);
        model.addAttribute("problems", List.of(problem));
        model.addAttribute("savedMappings", user.organizationName() == null ? List.of()
                : mappings.names(user.organizationName()));
        return "staff/import";
    }

    /** The planning division imports its own organisation's plans; the system administrator any. */
    static void requireImporter(StaffUser user) {
        if (user.role() != Role.SYSTEM_ADMIN && user.role() != Role.ORG_ADMIN) {
            throw new Forbidden(StaffActors.of(user), "計画の取り込み (import plans)");
        }
    }
}
