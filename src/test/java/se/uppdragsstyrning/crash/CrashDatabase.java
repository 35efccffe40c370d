package se.uppdragsstyrning.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh schema of its own in the crash database for one test, and the counts the tests print and check,
 * read with plain JDBC from the application's tables (see src/main/resources/db/migration).
 */
public final class CrashDatabase implements AutoCloseable {

    public static final String BOARD_REPORT = "Task_BoardReport";
    static final String COMPILATION = "Task_CompileAssessment";
    static final String KS_APPROVAL = "Task_KsApproval";

    public final String schema;
    private final String url;

    private CrashDatabase(String schema, String url) {
        this.schema = schema;
        this.url = url;
    }

    public static CrashDatabase fresh(String scenario) throws SQLException {
        String schema = "crash_" + scenario + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection connection = connect(CrashSettings.pgUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        String base = CrashSettings.pgUrl();
        System.out.printf("[crash] PostgreSQL schema %s%n", schema);
        return new CrashDatabase(schema, base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    public String url() {
        return url;
    }

    /** How many rows of a task kind exist for a key, e.g. board-report tasks of the period. */
    int userTaskRows(String elementId, String periodId) throws SQLException {
        return queryInt("select count(*) from user_task where element_id = ? and period_id = ?", elementId, periodId);
    }

    /** Distinct tasks of a kind (by assignment and organisation) that have reached the inbox, in any state. */
    public int distinctTasks(String elementId, String periodId) throws SQLException {
        return queryInt("select count(distinct coalesce(assignment_ref, '') || '|' || coalesce(organisation_code, ''))"
                + " from user_task where element_id = ? and period_id = ?", elementId, periodId);
    }

    int activeTasks(String elementId, String periodId) throws SQLException {
        return queryInt("select count(*) from user_task where element_id = ? and period_id = ? and state = 'ACTIVE'",
                elementId, periodId);
    }

    /** Open tasks of the board-report kind that have no reminder notice (for their organisation) yet. */
    int activeBoardTasksWithoutReminder(String periodId) throws SQLException {
        return queryInt("select count(*) from user_task u where u.element_id = ? and u.period_id = ?"
                + " and u.state = 'ACTIVE' and not exists (select 1 from notice n where n.kind = 'REMINDER'"
                + " and split_part(n.dedupe_key, ':', 2) = u.assignment_ref || '@' || u.period_id"
                + " and split_part(n.dedupe_key, ':', 3) = u.organisation_code)", BOARD_REPORT, periodId);
    }

    int notices(String kind) throws SQLException {
        return queryInt("select count(*) from notice where kind = ?", kind);
    }

    /** The board reports of the period by "assignmentRef|organisationCode": state and assessment. */
    Map<String, String[]> boardReports(String periodId) throws SQLException {
        PeriodKey period = PeriodKey.of(periodId);
        Map<String, String[]> reports = new HashMap<>();
        try (Connection connection = connect(url); PreparedStatement statement = connection.prepareStatement(
                "select a.ref, o.code, br.state, br.assessment from board_report br"
                        + " join assignment a on a.id = br.assignment_id"
                        + " join organisation o on o.id = br.organisation_id"
                        + " join reporting_period p on p.id = br.period_id where p.period_year = ? and p.kind = ?")) {
            statement.setInt(1, period.year());
            statement.setString(2, period.kind());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reports.put(rows.getString(1) + "|" + rows.getString(2),
                            new String[] {rows.getString(3), rows.getString(4)});
                }
            }
        }
        return reports;
    }

    /** The draft a task holds (JSON), or null. */
    String draft(long taskId) throws SQLException {
        try (Connection connection = connect(url);
                PreparedStatement statement = connection.prepareStatement(
                        "select draft_json from user_task where id = ?")) {
            statement.setLong(1, taskId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Everything the crash tests print and check, at one moment. */
    Counts counts(String periodId) throws SQLException {
        PeriodKey period = PeriodKey.of(periodId);
        Map<String, int[]> tasks = new HashMap<>();
        try (Connection connection = connect(url)) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select element_id, count(*), count(distinct coalesce(assignment_ref, '') || '|'"
                            + " || coalesce(organisation_code, '')),"
                            + " count(*) filter (where state = 'ACTIVE'), count(*) filter (where state = 'COMPLETED'),"
                            + " count(*) filter (where state = 'CANCELLED')"
                            + " from user_task where period_id = ? group by element_id")) {
                statement.setString(1, periodId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tasks.put(rows.getString(1), new int[] {rows.getInt(2), rows.getInt(3), rows.getInt(4),
                                rows.getInt(5), rows.getInt(6)});
                    }
                }
            }
            Map<String, Integer> duplicates = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select element_id, coalesce(sum(n - 1), 0) from (select element_id, count(*) n from user_task"
                            + " where period_id = ? and state <> 'CANCELLED' group by element_id,"
                            + " coalesce(assignment_ref, ''), coalesce(organisation_code, '')) g"
                            + " group by element_id")) {
                statement.setString(1, periodId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        duplicates.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
            int[] board = tasks.getOrDefault(BOARD_REPORT, new int[5]);
            int[] compilation = tasks.getOrDefault(COMPILATION, new int[5]);
            int[] ks = tasks.getOrDefault(KS_APPROVAL, new int[5]);
            String periodFilter = " join reporting_period p on p.id = x.period_id where p.period_year = "
                    + period.year() + " and p.kind = '" + period.kind() + "'";
            return new Counts(
                    board[0], board[1], duplicates.getOrDefault(BOARD_REPORT, 0), board[2], board[3], board[4],
                    queryInt(connection, "select count(*) from board_report x" + periodFilter
                            + " and x.state in ('SUBMITTED', 'APPROVED')"),
                    queryInt(connection, "select count(*) from board_report x" + periodFilter),
                    queryInt(connection, "select coalesce(sum(n - 1), 0) from (select count(*) n from board_report x"
                            + periodFilter + " group by x.assignment_id, x.organisation_id) g"),
                    queryInt(connection, "select count(*) from user_task u where u.element_id = '" + BOARD_REPORT
                            + "' and u.period_id = '" + periodId + "' and u.state <> 'CANCELLED' and not exists"
                            + " (select 1 from board_report x join assignment a on a.id = x.assignment_id"
                            + " join organisation o on o.id = x.organisation_id" + periodFilter
                            + " and a.ref = u.assignment_ref and o.code = u.organisation_code)"),
                    compilation[0], compilation[1], duplicates.getOrDefault(COMPILATION, 0), compilation[3],
                    ks[0], ks[2],
                    queryInt(connection, "select count(*) from assignment_assessment x" + periodFilter
                            + " and x.awaiting_rework = false"),
                    queryInt(connection, "select count(*) from period_participant x" + periodFilter),
                    queryInt(connection, "select count(*) from notice where kind = 'REMINDER'"),
                    queryInt(connection, "select count(*) from (select dedupe_key, recipient from notice"
                            + " group by dedupe_key, recipient having count(*) > 1) g"),
                    queryInt(connection, "select count(*) from (select recipient, split_part(dedupe_key, ':', 2)"
                            + " from notice where kind = 'REMINDER' group by 1, 2 having count(*) > 1) g"),
                    queryInt(connection, "select count(*) from notice n where n.kind = 'REMINDER' and not exists"
                            + " (select 1 from user_task u where u.element_id = '" + BOARD_REPORT + "'"
                            + " and split_part(n.dedupe_key, ':', 2) = u.assignment_ref || '@' || u.period_id"
                            + " and split_part(n.dedupe_key, ':', 3) = u.organisation_code)"),
                    queryInt(connection, "select count(*) from notice n where n.kind = 'REMINDER' and exists"
                            + " (select 1 from user_task u where u.element_id = '" + BOARD_REPORT + "'"
                            + " and split_part(n.dedupe_key, ':', 2) = u.assignment_ref || '@' || u.period_id"
                            + " and split_part(n.dedupe_key, ':', 3) = u.organisation_code"
                            + " and u.state = 'COMPLETED' and u.completed_at < n.created_at)"),
                    queryString(connection, "select state from reporting_period where period_year = "
                            + period.year() + " and kind = '" + period.kind() + "'"));
        }
    }

    private int queryInt(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(url); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static int queryInt(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "-";
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, CrashSettings.pgUser(), CrashSettings.pgPassword());
    }

    @Override
    public void close() throws SQLException {
        if (CrashSettings.keepSchemas()) {
            System.out.printf("[crash] schema %s kept (crash.keepSchemas)%n", schema);
            return;
        }
        try (Connection connection = connect(CrashSettings.pgUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        }
    }

    /** "2026-INTERIM_AUGUST" as the reporting_period table keys it. */
    record PeriodKey(int year, String kind) {
        static PeriodKey of(String periodId) {
            int dash = periodId.indexOf('-');
            return new PeriodKey(Integer.parseInt(periodId.substring(0, dash)), periodId.substring(dash + 1));
        }
    }

    /**
     * The counts at one moment. Task rows count every state; duplicates are rows beyond the first for the same
     * task (same kind, assignment and organisation) that are not cancelled.
     */
    record Counts(int boardTaskRows, int boardTasksDistinct, int boardTaskDuplicates, int boardTasksActive,
            int boardTasksCompleted, int boardTasksCancelled, int reportsSubmitted, int reportRows,
            int reportDuplicates, int tasksWithoutReport, int compilationRows, int compilationsDistinct,
            int compilationDuplicates,
            int compilationsCompleted, int ksTaskRows, int ksTasksActive, int assessments, int participants,
            int reminders, int duplicateNotices, int remindedTwice, int remindersWithoutTask,
            int remindersAfterSubmission, String periodState) {
    }
}
