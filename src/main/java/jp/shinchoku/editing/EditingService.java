package jp.shinchoku.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Commands.AddIndicator;
import jp.shinchoku.editing.Commands.AddInitiative;
import jp.shinchoku.editing.Commands.DeleteInitiative;
import jp.shinchoku.editing.Commands.MoveInitiative;
import jp.shinchoku.editing.Commands.RecordValues;
import jp.shinchoku.editing.Commands.RemoveIndicator;
import jp.shinchoku.editing.Commands.RestoreRevision;
import jp.shinchoku.editing.Commands.UpdateInitiative;
import jp.shinchoku.editing.Commands.ValueEntry;
import jp.shinchoku.editing.Invalid.Problem;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.InitiativeRevision;
import jp.shinchoku.plan.InitiativeStore;
import jp.shinchoku.plan.InitiativeStore.Located;
import jp.shinchoku.plan.InitiativeStore.NoSuchInitiative;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.SectionStore;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Measure;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the commands of {@link Commands}: authorize, validate, write with optimistic locking
 * (the store records the revision), write the audit entry, tell the other modules. Every write to
 * a plan made in the application passes here, whatever screen, workbook or API it came from.
 */
@Service
public class EditingService {

    static final int MAX_TEXT = 2000;

    private final InitiativeStore initiatives;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PlanStore plans;
    private final SectionStore sections;

    public EditingService(InitiativeStore initiatives, AuditLog audit, ApplicationEventPublisher events,
            PlanStore plans, SectionStore sections) {
        this.initiatives = initiatives;
        this.audit = audit;
        this.events = events;
        this.plans = plans;
        this.sections = sections;
    }

    /** The initiative, if the actor may read it. */
    @Transactional(readOnly = true)
    public Located read(Actor actor, long initiativeId) {
        Located found = find(initiativeId);
        if (!actor.mayRead(found.plan().organizationId(), found.ownerDepartmentIds(), found.relatedDepartmentIds())) {
            throw new Forbidden(actor, "この取組の閲覧 (read this initiative)");
        }
        return found;
    }

    @Transactional
    public int recordValues(Actor actor, RecordValues command) {
        Located found = find(command.initiativeId());
        requireEdit(actor, found);
        Initiative current = found.initiative().content();
        List<Problem> problems = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>(current.indicators());
        for (int n = 0; n < command.entries().size(); n++) {
            ValueEntry entry = command.entries().get(n);
            String field = "entries[" + n + "]";
            int index = indexOf(indicators, entry.indicator());
            if (index < 0) {
                problems.add(new Problem(field + ".indicator", "invalid.noSuchIndicator", entry.indicator()));
                continue;
            }
            if (entry.fiscalYear() < 1989 || entry.fiscalYear() > 2100) {
                problems.add(new Problem(field + ".fiscalYear", "invalid.fiscalYear", entry.fiscalYear()));
                continue;
            }
            checkLength(problems, field + ".target", entry.target());
            checkLength(problems, field + ".actual", entry.actual());
            checkLength(problems, field + ".note", entry.note());
            indicators.set(index, withEntry(indicators.get(index), entry));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        Initiative changed = current.withIndicators(indicators);
        int changes = InitiativeDiff.between(current, changed).size();
        return save(actor, found, command.expectedVersion(), changed, "record-values",
                changes + " 件の変更 (" + changes + " changes)");
    }

    @Transactional
    public int updateInitiative(Actor actor, UpdateInitiative command) {
        Located found = find(command.initiativeId());
        requireEdit(actor, found);
        Initiative current = found.initiative().content();
        List<Problem> problems = new ArrayList<>();
        if (command.title() == null || command.title().isBlank()) {
            problems.add(new Problem("title", "invalid.required"));
        }
        checkLength(problems, "title", command.title());
        for (int n = 0; n < command.texts().size(); n++) {
            if (command.texts().get(n).label().isBlank()) {
                problems.add(new Problem("texts[" + n + "].label", "invalid.required"));
            }
            checkLength(problems, "texts[" + n + "].text", command.texts().get(n).text());
        }
        if (command.ownerDepartments().isEmpty() && !current.ownerDepartments().isEmpty()) {
            problems.add(new Problem("ownerDepartments", "invalid.required"));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        Initiative changed = new Initiative(blankToNull(command.code()), current.label(), command.title().strip(),
                clean(command.ownerDepartments()), clean(command.relatedDepartments()), current.contacts(),
                command.targetFiscalYear(), command.texts(), current.schedule(), current.indicators());
        return save(actor, found, command.expectedVersion(), changed, "update", null);
    }

    @Transactional
    public int addIndicator(Actor actor, AddIndicator command) {
        Located found = find(command.initiativeId());
        requireManage(actor, found);
        Initiative current = found.initiative().content();
        if (command.name() == null || command.name().isBlank()) {
            throw new Invalid(List.of(new Problem("name", "invalid.required")));
        }
        Indicator added = new Indicator(blankToNull(command.label()), command.name().strip(), null, null, List.of());
        if (indexOf(current.indicators(), Identity.indicatorKey(added)) >= 0) {
            throw new Invalid(List.of(new Problem("label", "invalid.duplicateIndicator", Identity.indicatorKey(added))));
        }
        List<Indicator> indicators = new ArrayList<>(current.indicators());
        indicators.add(added);
        return save(actor, found, command.expectedVersion(), current.withIndicators(indicators), "add-indicator", Identity.indicatorKey(added));
    }

    @Transactional
    public int removeIndicator(Actor actor, RemoveIndicator command) {
        Located found = find(command.initiativeId());
        requireManage(actor, found);
        Initiative current = found.initiative().content();
        int index = indexOf(current.indicators(), command.indicator());
        if (index < 0) {
            throw new Invalid(List.of(new Problem("indicator", "invalid.noSuchIndicator", command.indicator())));
        }
        List<Indicator> indicators = new ArrayList<>(current.indicators());
        indicators.remove(index);
        return save(actor, found, command.expectedVersion(), current.withIndicators(indicators), "remove-indicator", command.indicator());
    }

    @Transactional
    public long addInitiative(Actor actor, AddInitiative command) {
        long planId = sections.planOf(command.sectionId())
                .orElseThrow(() -> new Invalid(List.of(new Problem("sectionId", "invalid.noSuchSection"))));
        long organizationId = plans.organizationOf(planId).orElseThrow();
        if (!actor.mayManage(organizationId)) {
            throw new Forbidden(actor, "取組の追加 (add an initiative)");
        }
        if (command.title() == null || command.title().isBlank()) {
            throw new Invalid(List.of(new Problem("title", "invalid.required")));
        }
        Initiative initiative = new Initiative(blankToNull(command.code()), null, command.title().strip(),
                clean(command.ownerDepartments()), List.of(), List.of(), null, List.of(), List.of(), List.of());
        String key = Identity.initiativeKey(initiative);
        boolean taken = initiatives.identities(planId).contains(key);
        if (taken) {
            throw new Invalid(List.of(new Problem("code", "invalid.duplicateInitiative", key)));
        }
        long id = initiatives.add(command.sectionId(), initiative, actor.name());
        finish(actor, organizationId, planId, id, 1, "add-initiative", key);
        return id;
    }

    @Transactional
    public int moveInitiative(Actor actor, MoveInitiative command) {
        Located found = find(command.initiativeId());
        requireManage(actor, found);
        Long target = sections.planOf(command.sectionId()).orElse(null);
        if (target == null || target != found.plan().id()) {
            throw new Invalid(List.of(new Problem("sectionId", "invalid.noSuchSection")));
        }
        int version = initiatives.move(command.initiativeId(), command.expectedVersion(), command.sectionId(),
                actor.name());
        finish(actor, found.plan().organizationId(), found.plan().id(), command.initiativeId(), version,
                "move-initiative", "section " + command.sectionId());
        return version;
    }

    @Transactional
    public void deleteInitiative(Actor actor, DeleteInitiative command) {
        Located found = find(command.initiativeId());
        requireManage(actor, found);
        if (command.reason() == null || command.reason().isBlank()) {
            throw new Invalid(List.of(new Problem("reason", "invalid.required")));
        }
        initiatives.delete(command.initiativeId(), command.expectedVersion(), actor.name(), command.reason());
        finish(actor, found.plan().organizationId(), found.plan().id(), command.initiativeId(),
                command.expectedVersion() + 1, "delete-initiative", command.reason());
    }

    @Transactional
    public int restore(Actor actor, RestoreRevision command) {
        Located found = find(command.initiativeId());
        requireEdit(actor, found);
        InitiativeRevision revision = initiatives.history(command.initiativeId()).stream()
                .filter(r -> r.version() == command.version() && r.content() != null).findFirst()
                .orElseThrow(() -> new Invalid(List.of(new Problem("version", "invalid.noSuchRevision", command.version()))));
        return save(actor, found, command.expectedVersion(), revision.content(), "restore", "版 " + command.version() + " に戻す (restore version "
                + command.version() + ")");
    }

    /** Writes a changed initiative: allowed only if the actor may make every part of the change. */
    private int save(Actor actor, Located found, int expectedVersion, Initiative changed, String action,
            String detail) {
        requireEdit(actor, found);
        Initiative current = found.initiative().content();
        if (!sameStructure(current, changed)) {
            requireManage(actor, found);
        }
        int version = initiatives.save(found.initiative().id(), expectedVersion, changed, actor.name(), action,
                detail);
        finish(actor, found.plan().organizationId(), found.plan().id(), found.initiative().id(), version, action, detail);
        return version;
    }

    private void finish(Actor actor, long organizationId, long planId, long initiativeId, int version, String action,
            String detail) {
        audit.record(actor.name(), organizationId, action, "initiative " + initiativeId + " v" + version, detail);
        events.publishEvent(new InitiativeChanged(planId, initiativeId, version, actor.name(), action));
    }

    private Located find(long initiativeId) {
        return initiatives.find(initiativeId).orElseThrow(() -> new NoSuchInitiative(initiativeId));
    }

    private static void requireEdit(Actor actor, Located found) {
        if (!actor.mayEdit(found.plan().organizationId(), found.ownerDepartmentIds())) {
            throw new Forbidden(actor, "この取組の編集 (edit this initiative)");
        }
    }

    private static void requireManage(Actor actor, Located found) {
        if (!actor.mayManage(found.plan().organizationId())) {
            throw new Forbidden(actor, "計画の構成・担当課の変更 (change the plan's structure or departments)");
        }
    }

    /** Whether only texts and values differ: what a department may change on its own. */
    private static boolean sameStructure(Initiative a, Initiative b) {
        return Objects.equals(a.code(), b.code()) && Objects.equals(a.label(), b.label())
                && Objects.equals(a.title(), b.title()) && a.ownerDepartments().equals(b.ownerDepartments())
                && a.relatedDepartments().equals(b.relatedDepartments())
                && a.indicators().stream().map(Identity::indicatorKey).toList()
                        .equals(b.indicators().stream().map(Identity::indicatorKey).toList());
    }

    private static int indexOf(List<Indicator> indicators, String key) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator k = indicators.get(i);
            if (Identity.indicatorKey(k).equals(key) || k.name().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Indicator withEntry(Indicator k, ValueEntry entry) {
        List<IndicatorValue> values = new ArrayList<>(k.values());
        IndicatorValue old = k.valueFor(entry.fiscalYear());
        if (old == null && blankToNull(entry.target()) == null && blankToNull(entry.actual()) == null
                && blankToNull(entry.note()) == null) {
            return k;  // an empty row of a form for a year the indicator does not have: nothing to add
        }
        IndicatorValue changed = (old == null ? new IndicatorValue(entry.fiscalYear(), null, null, null) : old)
                .withEntries(Measure.of(blankToNull(entry.target())), Measure.of(blankToNull(entry.actual())),
                        blankToNull(entry.note()));
        if (old == null) {
            values.add(changed);
            values.sort(java.util.Comparator.comparingInt(IndicatorValue::fiscalYear));
        } else {
            values.set(values.indexOf(old), changed);
        }
        return new Indicator(k.label(), k.name(), k.note(), k.baseline(), values);
    }

    private static void checkLength(List<Problem> problems, String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(new Problem(field, "invalid.tooLong", MAX_TEXT));
        }
    }

    private static List<String> clean(List<String> names) {
        return names == null ? List.of() : names.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
