package jp.shinchoku.roundbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Commands.RecordValues;
import jp.shinchoku.editing.Commands.ValueEntry;
import jp.shinchoku.editing.EditingService;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.StoredPlan;
import jp.shinchoku.round.NoSuchTask;
import jp.shinchoku.round.Round;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.round.Task;
import jp.shinchoku.roundbook.WorkbookReader.FilledLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's reporting workbook (照会ブック) out and back in. Out: the task's initiatives with
 * their values now, for the department's editors, the reviewers and the planning division. In:
 * every changed line becomes the same {@link RecordValues} command the staff screen sends, in one
 * transaction, so the editing rules decide and either every change is kept or none.
 */
@Service
public class RoundWorkbooks {

    private static final Pattern FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+)");

    private final RoundService rounds;
    private final PlanStore plans;
    private final EvaluationService evaluations;
    private final EditingService editing;
    private final AuditLog audit;

    RoundWorkbooks(RoundService rounds, PlanStore plans, EvaluationService evaluations, EditingService editing,
            AuditLog audit) {
        this.rounds = rounds;
        this.plans = plans;
        this.evaluations = evaluations;
        this.editing = editing;
        this.audit = audit;
    }

    /** A written workbook and what its file is named after. */
    public record Download(String round, String department, byte[] bytes) {
    }

    /** What an upload changed: lines (indicator-years) and initiatives. */
    public record Imported(long taskId, String round, String department, int lines, int initiatives) {
    }

    /** The task of a department in a round, the department named by its name or its id. */
    public Optional<Task> task(long roundId, String department) {
        return rounds.tasks(roundId).stream().filter(t -> t.department().equals(department.strip())
                || String.valueOf(t.departmentId()).equals(department.strip())).findFirst();
    }

    @Transactional
    public Download export(Actor actor, long taskId) {
        Task task = task(taskId);
        Round round = rounds.round(task.roundId()).orElseThrow();
        if (!actor.mayReview(round.organizationId())
                && !actor.mayEdit(round.organizationId(), List.of(task.departmentId()))) {
            throw new Forbidden(actor, "この照会ブックのダウンロード (download this reporting workbook)");
        }
        StoredPlan plan = plans.loadStored(round.planId()).orElseThrow();
        List<TaskLine> lines = TaskLines.of(plan, evaluations.evaluatedPlan(round.planId()).orElse(null),
                task.department());
        List<WorkbookMeta.Line> metaLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TaskLine line = lines.get(i);
            metaLines.add(new WorkbookMeta.Line(i + 2, line.initiativeId(), line.indicatorKey(), line.fiscalYear(),
                    line.fingerprint()));
        }
        WorkbookMeta meta = new WorkbookMeta(round.id(), task.id(), task.departmentId(), task.department(),
                round.organizationId(), round.planId(), metaLines);
        byte[] bytes = WorkbookWriter.write(new WorkbookWriter.Cover(plan.document().organization(),
                plan.document().title(), round.title(), round.deadline(), round.fiscalYear(), task.department()),
                meta, lines);
        audit.record(actor.name(), round.organizationId(), "export-workbook", "task " + task.id(),
                task.department() + ": " + lines.size() + " 行 (" + lines.size() + " lines)");
        return new Download(round.title(), task.department(), bytes);
    }

    /**
     * Takes a filled workbook in. {@code expectedTaskId} is the task whose page it was uploaded on
     * (null from the command line, where the workbook names its task); a workbook of another task
     * is refused before anything is read into the plan.
     *
     * @throws WorkbookRefused with every problem found; nothing changed
     * @throws Forbidden when the actor may not change the department's values
     */
    @Transactional
    public Imported importWorkbook(Actor actor, Long expectedTaskId, byte[] bytes) {
        if (expectedTaskId != null) {
            Task expected = task(expectedTaskId);
            requireUpload(actor, rounds.round(expected.roundId()).orElseThrow(), expected);
        }
        if (bytes == null || bytes.length == 0) {
            throw new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.noFile"));
        }
        WorkbookReader.Filled filled = WorkbookReader.read(bytes);
        Task task = belongingTask(filled.meta(), expectedTaskId);
        Round round = rounds.round(task.roundId()).orElseThrow();
        requireUpload(actor, round, task);
        if (!round.isOpen()) {
            throw new WorkbookRefused(WorkbookProblem.ofWorkbook("invalid.roundNotOpen"));
        }
        StoredPlan plan = plans.loadStored(round.planId()).orElseThrow();
        refuseIfStale(plan, filled);
        List<WorkbookProblem> problems = new ArrayList<>(filled.problems());
        Map<Long, List<FilledLine>> changed = changedLines(plan, filled);
        int lines = 0;
        for (Map.Entry<Long, List<FilledLine>> initiative : changed.entrySet()) {
            List<FilledLine> entries = initiative.getValue();
            int version = plan.initiative(initiative.getKey()).orElseThrow().version();
            try {
                editing.recordValues(actor, new RecordValues(initiative.getKey(), version, entries.stream()
                        .map(l -> new ValueEntry(l.meta().indicatorKey(), l.meta().fiscalYear(), l.target(), l.actual(),
                                l.note()))
                        .toList()));
                lines += entries.size();
            } catch (Invalid e) {
                // the transaction is now marked for rollback; go on so the department sees every problem at once
                e.problems().forEach(p -> problems.add(atCell(p, entries)));
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkbookRefused(problems);
        }
        audit.record(actor.name(), round.organizationId(), "import-workbook", "task " + task.id(),
                task.department() + ": " + lines + " 行の変更 (" + lines + " lines changed)");
        return new Imported(task.id(), round.title(), task.department(), lines, changed.size());
    }

    /** The task the workbook was written for, if it is the one expected. */
    private Task belongingTask(WorkbookMeta meta, Long expectedTaskId) {
        Task written = rounds.task(meta.taskId())
                .filter(t -> t.roundId() == meta.roundId() && t.departmentId() == meta.departmentId())
                .orElseThrow(() -> new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.unknownRound")));
        if (expectedTaskId == null || written.id() == expectedTaskId) {
            return written;
        }
        Task expected = task(expectedTaskId);
        if (written.roundId() != expected.roundId()) {
            String title = rounds.round(written.roundId()).map(Round::title).orElse("");
            throw new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.otherRound", title));
        }
        throw new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.otherDepartment", written.department(),
                expected.department()));
    }

    /** A line whose values changed since the download: the workbook shows what is no longer there. */
    private static void refuseIfStale(StoredPlan plan, WorkbookReader.Filled filled) {
        List<WorkbookProblem> stale = new ArrayList<>();
        for (FilledLine line : filled.lines()) {
            WorkbookMeta.Line meta = line.meta();
            TaskLine now = TaskLines.current(plan, meta.initiativeId(), meta.indicatorKey(), meta.fiscalYear());
            if (now == null) {
                stale.add(WorkbookProblem.at(WorkbookLayout.INPUT, "A" + meta.row(), "roundbook.gone"));
            } else if (!now.fingerprint().equals(meta.fingerprint())) {
                stale.add(WorkbookProblem.at(WorkbookLayout.INPUT, "A" + meta.row(), "roundbook.stale",
                        shown(now.target()), shown(now.actual()), shown(now.note())));
            }
        }
        if (!stale.isEmpty()) {
            throw new WorkbookRefused(stale);
        }
    }

    /** The lines the department changed, by initiative in the workbook's order; an untouched line is no change. */
    private static Map<Long, List<FilledLine>> changedLines(StoredPlan plan, WorkbookReader.Filled filled) {
        Map<Long, List<FilledLine>> changed = new LinkedHashMap<>();
        for (FilledLine line : filled.lines()) {
            WorkbookMeta.Line meta = line.meta();
            TaskLine now = TaskLines.current(plan, meta.initiativeId(), meta.indicatorKey(), meta.fiscalYear());
            if (line.readable() && (!same(now.target(), line.target()) || !same(now.actual(), line.actual())
                    || !same(now.note(), line.note()))) {
                changed.computeIfAbsent(meta.initiativeId(), k -> new ArrayList<>()).add(line);
            }
        }
        return changed;
    }

    private static boolean same(String stored, String filled) {
        return Objects.equals(stored == null || stored.isBlank() ? null : stored.strip(), filled);
    }

    /** An editing rule's problem with "entries[2].note" put at the cell of the third changed line's note. */
    private static WorkbookProblem atCell(Invalid.Problem problem, List<FilledLine> entries) {
        Matcher m = FIELD.matcher(problem.field());
        if (!m.matches()) {
            return WorkbookProblem.ofWorkbook(problem.code(), problem.arguments().toArray());
        }
        int row = entries.get(Integer.parseInt(m.group(1))).meta().row();
        String cell = switch (m.group(2)) {
            case "target" -> "F";
            case "actual" -> "G";
            case "note" -> "H";
            case "indicator" -> "C";
            default -> "E";
        } + row;
        return WorkbookProblem.at(WorkbookLayout.INPUT, cell, problem.code(), problem.arguments().toArray());
    }

    private static String shown(String value) {
        return value == null ? "" : value;
    }

    private Task task(long taskId) {
        return rounds.task(taskId).orElseThrow(() -> new NoSuchTask(taskId));
    }

    /** The department's editors and the planning division: whoever may change the department's values. */
    private static void requireUpload(Actor actor, Round round, Task task) {
        if (!actor.mayEdit(round.organizationId(), List.of(task.departmentId()))) {
            throw new Forbidden(actor, "この照会ブックの取り込み (upload this reporting workbook)");
        }
    }
}
