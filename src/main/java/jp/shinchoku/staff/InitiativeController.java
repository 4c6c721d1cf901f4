package jp.shinchoku.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Commands.AddIndicator;
import jp.shinchoku.editing.Commands.RemoveIndicator;
import jp.shinchoku.editing.Commands.RestoreRevision;
import jp.shinchoku.editing.EditingService;
import jp.shinchoku.editing.InitiativeDiff;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.InitiativeRevision;
import jp.shinchoku.plan.InitiativeStore;
import jp.shinchoku.plan.InitiativeStore.Located;
import jp.shinchoku.plan.InitiativeStore.StaleVersion;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Measure;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * One initiative for staff: all its fields, the indicator table editable in place, its history.
 * Every post becomes one command of {@link EditingService}, which decides what the account may do.
 */
@Controller
class InitiativeController {

    private final EditingService editing;
    private final InitiativeStore initiatives;
    private final EvaluationService evaluations;
    private final MessageSource messages;

    InitiativeController(EditingService editing, InitiativeStore initiatives, EvaluationService evaluations,
            MessageSource messages) {
        this.editing = editing;
        this.initiatives = initiatives;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @GetMapping("/staff/initiatives/{id}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        Actor actor = StaffActors.of(user);
        Located found = editing.read(actor, id);
        return page(actor, found, model);
    }

    @PostMapping("/staff/initiatives/{id}/values")
    String recordValues(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @ModelAttribute ValuesForm form,
            Model model, Locale locale, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = StaffActors.of(user);
        try {
            editing.recordValues(actor, form.toCommand(id));
        } catch (StaleVersion e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return conflict(actor, id, form, model);
        } catch (Invalid e) {
            model.addAttribute("errors", errors(e, locale));
            return page(actor, editing.read(actor, id), model);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("staff.saved", null, locale));
        return "redirect:/staff/initiatives/" + id;
    }

    @PostMapping("/staff/initiatives/{id}")
    String update(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @ModelAttribute TextsForm form,
            Model model, Locale locale, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = StaffActors.of(user);
        try {
            editing.updateInitiative(actor, form.toCommand(id));
        } catch (StaleVersion e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("mine", form.toCommand(id).texts());
            return conflict(actor, id, null, model);
        } catch (Invalid e) {
            model.addAttribute("errors", errors(e, locale));
            return page(actor, editing.read(actor, id), model);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("staff.saved", null, locale));
        return "redirect:/staff/initiatives/" + id;
    }

    @PostMapping("/staff/initiatives/{id}/indicators")
    String addIndicator(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String label, @RequestParam String name, Model model, Locale locale,
            RedirectAttributes redirect) {
        Actor actor = StaffActors.of(user);
        try {
            editing.addIndicator(actor, new AddIndicator(id, version, label, name));
        } catch (Invalid e) {
            model.addAttribute("errors", errors(e, locale));
            return page(actor, editing.read(actor, id), model);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("staff.saved", null, locale));
        return "redirect:/staff/initiatives/" + id;
    }

    @PostMapping("/staff/initiatives/{id}/indicators/remove")
    String removeIndicator(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam int version,
            @RequestParam String indicator, Locale locale, RedirectAttributes redirect) {
        editing.removeIndicator(StaffActors.of(user), new RemoveIndicator(id, version, indicator));
        redirect.addFlashAttribute("notice", messages.getMessage("staff.saved", null, locale));
        return "redirect:/staff/initiatives/" + id;
    }

    @GetMapping("/staff/initiatives/{id}/history")
    String history(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        Actor actor = StaffActors.of(user);
        Located found = editing.read(actor, id);
        List<InitiativeRevision> revisions = initiatives.history(id);
        List<RevisionView> views = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            InitiativeRevision r = revisions.get(i);
            Initiative before = i == 0 ? null : revisions.get(i - 1).content();
            views.add(new RevisionView(r.version(), LocalTimes.format(r.recordedAt()),
                    r.actor(), r.action(), r.reason(), InitiativeDiff.between(before, r.content()),
                    r.content() != null && r.version() != found.initiative().version()));
        }
        model.addAttribute("initiative", found.initiative());
        model.addAttribute("planId", found.plan().id());
        model.addAttribute("revisions", views);
        model.addAttribute("mayEdit", actor.mayEdit(found.plan().organizationId(), found.ownerDepartmentIds()));
        return "staff/history";
    }

    @PostMapping("/staff/initiatives/{id}/restore")
    String restore(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam int version,
            @RequestParam int revision, Locale locale, RedirectAttributes redirect) {
        editing.restore(StaffActors.of(user), new RestoreRevision(id, version, revision));
        redirect.addFlashAttribute("notice", messages.getMessage("staff.restored", new Object[] {revision}, locale));
        return "redirect:/staff/initiatives/" + id + "/history";
    }

    private String page(Actor actor, Located found, Model model) {
        Initiative content = found.initiative().content();
        Initiative evaluated = evaluations.evaluatedPlan(found.plan().id()).stream()
                .flatMap(p -> p.allInitiatives().stream())
                .filter(i -> Identity.initiativeKey(i).equals(Identity.initiativeKey(content))).findFirst()
                .orElse(content);
        TreeSet<Integer> years = new TreeSet<>(found.plan().fiscalYears());
        content.indicators().forEach(k -> k.values().forEach(v -> years.add(v.fiscalYear())));
        List<IndicatorTable> tables = new ArrayList<>();
        ValuesForm values = new ValuesForm();
        values.setVersion(found.initiative().version());
        for (Indicator k : evaluated.indicators()) {
            List<YearRow> rows = new ArrayList<>();
            for (int year : years) {
                IndicatorValue v = k.valueFor(year);
                Evaluation e = v == null ? null : v.evaluation();
                rows.add(new YearRow(values.getEntries().size(), year, FiscalYear.of(year).label(),
                        e == null || e.grade() == null ? "" : e.grade(), e == null ? "" : e.label(),
                        e == null ? "" : e.basis(), e != null && e.projected(),
                        e == null ? null : e.proposal(), e == null || e.trend() == null ? "" : e.trend().label(),
                        e == null || e.trend() == null ? "" : e.trend().basis()));
                values.getEntries().add(new ValuesForm.Entry(Identity.indicatorKey(k), year, text(v == null ? null : v.target()),
                        text(v == null ? null : v.actual()), v == null ? null : v.note()));
            }
            tables.add(new IndicatorTable(Identity.indicatorKey(k), k.label(), k.name(), k.note(),
                    k.direction() == null ? "" : k.direction(), k.directionReason(), rows,
                    k.values().stream().map(v -> new YearOption(v.fiscalYear(), FiscalYear.of(v.fiscalYear()).label()))
                            .toList()));
        }
        TextsForm texts = new TextsForm();
        texts.setVersion(found.initiative().version());
        texts.setCode(content.code());
        texts.setTitle(content.title());
        texts.setTargetFiscalYear(content.targetFiscalYear());
        texts.setOwners(String.join("\n", content.ownerDepartments()));
        texts.setRelated(String.join("\n", content.relatedDepartments()));
        content.texts().forEach(t -> texts.getTexts().add(new TextsForm.Text(t.label(), t.text())));
        texts.getTexts().add(new TextsForm.Text("", ""));
        model.addAttribute("initiative", found.initiative());
        model.addAttribute("subject", content);
        model.addAttribute("schedule", content.schedule().stream().map(r -> new ScheduleLine(r.task(),
                String.join("、", r.fiscalYears().stream().map(y -> FiscalYear.of(y).label()).toList()))).toList());
        model.addAttribute("contacts", content.contacts().stream().map(c -> c.department()
                + (c.note() == null ? "" : "（" + c.note() + "）") + (c.phone() == null ? "" : " " + c.phone())).toList());
        model.addAttribute("planId", found.plan().id());
        model.addAttribute("planTitle", found.plan().title());
        model.addAttribute("organization", found.plan().organization());
        model.addAttribute("tables", tables);
        model.addAttribute("valuesForm", values);
        model.addAttribute("textsForm", texts);
        model.addAttribute("mayEdit", actor.mayEdit(found.plan().organizationId(), found.ownerDepartmentIds()));
        model.addAttribute("mayManage", actor.mayManage(found.plan().organizationId()));
        model.addAttribute("mayJudge", actor.mayEdit(found.plan().organizationId(), found.ownerDepartmentIds())
                || actor.mayReview(found.plan().organizationId()));
        return "staff/initiative";
    }

    /** Both versions side by side: what this person entered, and what someone else saved first. */
    private String conflict(Actor actor, long id, ValuesForm mine, Model model) {
        Located current = editing.read(actor, id);
        List<ConflictRow> rows = new ArrayList<>();
        if (mine != null) {
            for (ValuesForm.Entry e : mine.getEntries()) {
                Indicator k = current.initiative().content().indicators().stream()
                        .filter(x -> Identity.indicatorKey(x).equals(e.getIndicator())).findFirst().orElse(null);
                IndicatorValue now = k == null || e.getFiscalYear() == null ? null : k.valueFor(e.getFiscalYear());
                String theirs = describe(now == null ? null : text(now.target()), now == null ? null : text(now.actual()),
                        now == null ? null : now.note());
                String yours = describe(e.getTarget(), e.getActual(), e.getNote());
                if (!theirs.equals(yours)) {
                    rows.add(new ConflictRow(e.getIndicator() + " " + FiscalYear.of(e.getFiscalYear()).label(), yours,
                            theirs));
                }
            }
        }
        model.addAttribute("initiative", current.initiative());
        model.addAttribute("rows", rows);
        return "staff/conflict";
    }

    private static String describe(String target, String actual, String note) {
        return "目標 " + blank(target) + " / 実績 " + blank(actual) + (note == null || note.isBlank() ? "" : " / 備考 " + note);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "—" : s.strip();
    }

    private List<String> errors(Invalid e, Locale locale) {
        return e.problems().stream().map(p -> p.field() + ": "
                + messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)).toList();
    }

    private static String text(Measure m) {
        return m == null ? null : m.text();
    }

    record IndicatorTable(String key, String label, String name, String note, String direction,
            String directionReason, List<YearRow> rows, List<YearOption> years) {
    }

    record YearOption(int year, String label) {
    }

    /** One fiscal year of the indicator table with its evaluation: grade, 見込, a proposed grade, the trend. */
    record YearRow(int index, int fiscalYear, String year, String grade, String gradeLabel, String basis,
            boolean provisional, Evaluation.Proposal proposal, String trend, String trendBasis) {
    }

    record RevisionView(int version, String at, String actor, String action, String reason,
            List<InitiativeDiff.Change> changes, boolean restorable) {
    }

    record ConflictRow(String field, String yours, String theirs) {
    }

    record ScheduleLine(String task, String years) {
    }
}
