package jp.shinchoku.support;

import java.time.LocalDate;
import java.util.List;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.round.Round;
import jp.shinchoku.round.RoundCommands.OpenRound;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.round.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reporting round on an emptied database: the Kisarazu reform-progress seed stored, and the
 * planning division (kikaku) opening 令和5年度 決算時 on it (as of 2024-05-31, due 2024-06-30, the
 * actuals of fiscal 2023), so that every department owning initiatives has its task.
 */
public final class KisarazuRound {

    public static final String ORGANIZATION = "木更津市";

    private final RoundService rounds;
    private final AccountService accounts;
    private final long planId;
    private final Round round;

    private KisarazuRound(RoundService rounds, AccountService accounts, long planId, Round round) {
        this.rounds = rounds;
        this.accounts = accounts;
        this.planId = planId;
        this.round = round;
    }

    public static KisarazuRound open(JdbcClient jdbc, ImportService imports, RoundService rounds,
            AccountService accounts) {
        TestDatabase.empty(jdbc);
        // rounds, their notices and snapshots start again from id 1 in every test
        jdbc.sql("TRUNCATE round, round_task, round_step, notice, snapshot RESTART IDENTITY CASCADE").update();
        long planId = imports.store(List.of(SeedDocuments.all().get(4)), "test").get(0).planId();
        Round round = rounds.open(Actor.system("kikaku"), new OpenRound(planId, "令和5年度 決算時",
                LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 30), 2023));
        return new KisarazuRound(rounds, accounts, planId, round);
    }

    public long planId() {
        return planId;
    }

    public Round round() {
        return round;
    }

    /** The task of the department named, as the round gave it. */
    public Task task(String department) {
        return rounds.tasks(round.id()).stream().filter(t -> t.department().equals(department)).findFirst()
                .orElseThrow(() -> new AssertionError("no task for " + department));
    }

    /** A department editor of 木更津市 for the department, with {@link Staff#PASSWORD}. */
    public StaffUser editor(String username, String department) {
        return Staff.account(accounts, username, Role.DEPARTMENT_EDITOR, ORGANIZATION, department);
    }
}
