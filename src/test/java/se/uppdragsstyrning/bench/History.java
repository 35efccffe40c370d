package se.uppdragsstyrning.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.uppdragsstyrning.crash.CrashDatabase;
import se.uppdragsstyrning.crash.CrashSettings;

/**
 * P2's data: the reporting history of a large municipality written with SQL straight into the application's
 * schema (after Flyway and the demo ran): ten goals, {@code assignments} assignments each reported on by
 * {@code organisations} organisations, three periods a year for {@code years} years before 2025, every report
 * approved and every assignment's combined assessment stored, as an imported history would be. And the best
 * hand-written SQL for one period's rollup over the same rows.
 */
final class History {

    static final int FIRST_YEAR_AFTER = 2025;
    private static final String[] STATUSES = {"GREEN_DONE", "GREEN_ON_TRACK", "YELLOW", "RED"};

    private final String url;

    History(CrashDatabase database) {
        this.url = database.url();
    }

    /** Writes the history; answers the number of board reports written. */
    int generate(int assignments, int organisations, int years) throws SQLException {
        int firstYear = FIRST_YEAR_AFTER - years;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("insert into goal (number, title, created_at, updated_at) select 100 + g,"
                    + " 'Prestandamål ' || g, now(), now() from generate_series(1, 9) g");
            s.execute("create temporary table bench_goal as select id, row_number() over (order by id) - 1 as n"
                    + " from goal");
            s.execute("create temporary table bench_org as select id, row_number() over (order by id) - 1 as n"
                    + " from organisation order by id limit " + organisations);
            s.execute("insert into assignment (ref, goal_id, number, origin, title, responsible_all, state,"
                    + " created_at, updated_at, budget_year) select 'H-' || lpad(a::text, 5, '0'),"
                    + " (select id from bench_goal where n = a % (select count(*) from bench_goal)), a, 'BUDGET',"
                    + " 'Historiskt uppdrag ' || a, false, 'ACTIVE', now(), now(), " + firstYear
                    + " from generate_series(1, " + assignments + ") a");
            s.execute("insert into assignment_organisation (assignment_id, organisation_id, role, position)"
                    + " select a.id, o.id, 'RESPONSIBLE', o.n from assignment a cross join bench_org o"
                    + " where a.ref like 'H-%'");
            s.execute("insert into reporting_period (period_year, kind, state, historical, created_at)"
                    + " select y, k, 'APPROVED', true, now() from generate_series(" + firstYear + ", "
                    + (FIRST_YEAR_AFTER - 1) + ") y cross join unnest(array['INTERIM_APRIL', 'INTERIM_AUGUST',"
                    + " 'ANNUAL']) k");
            String periods = "(select id, period_year from reporting_period where historical and period_year < "
                    + FIRST_YEAR_AFTER + " and period_year >= " + firstYear + ")";
            s.execute("insert into board_report (assignment_id, organisation_id, period_id, status, assessment,"
                    + " estimated_end_year, state, submitted_by, submitted_at, updated_at)"
                    + " select ao.assignment_id, ao.organisation_id, p.id, (array" + statusArray()
                    + ")[1 + (ao.assignment_id + ao.organisation_id + p.id) % 4],"
                    + " 'Arbetet fortgår enligt plan. Nämnden bedömer att uppdraget genomförs under perioden.',"
                    + " p.period_year + 1 + (ao.assignment_id % 3)::int, 'APPROVED', 'historik', now(), now()"
                    + " from assignment_organisation ao join assignment a on a.id = ao.assignment_id"
                    + " cross join " + periods + " p where a.ref like 'H-%'");
            s.execute("insert into assignment_assessment (assignment_id, period_id, status, assessment,"
                    + " estimated_end_year, reported_as, source, approved, updated_at)"
                    + " select a.id, p.id, (array" + statusArray() + ")[1 + (a.id + p.id) % 4],"
                    + " 'Sammanställd bedömning av uppdraget.', p.period_year + 1 + (a.id % 3)::int,"
                    + " 'Rapportering ' || p.period_year, 'COMPILATION', true, now()"
                    + " from assignment a cross join " + periods + " p where a.ref like 'H-%'");
            c.commit();
            s.execute("analyze");
            return queryInt(c, "select count(*) from board_report br join assignment a on a.id = br.assignment_id"
                    + " where a.ref like 'H-%'");
        }
    }

    private static String statusArray() {
        return Arrays.stream(STATUSES).map(x -> "'" + x + "'").toList().toString();
    }

    /** How many of the generated periods have a stored rollup. */
    int storedRollups(int years) throws SQLException {
        try (Connection c = connect()) {
            return queryInt(c, "select count(*) from period_rollup r join reporting_period p on p.id = r.period_id"
                    + " where p.historical and p.period_year >= " + (FIRST_YEAR_AFTER - years)
                    + " and p.period_year < " + FIRST_YEAR_AFTER);
        }
    }

    /**
     * The best hand-written aggregation of one period over the raw rows: per goal the count of each status and
     * of the ongoing by estimated end year, per organisation the submitted and open reports. Answers the
     * milliseconds of each of {@code samples} runs (after as many warm-up runs), on one connection.
     */
    double[] rawSql(int year, String kind, int samples) throws SQLException {
        String goals = "select a.goal_id, aa.status, aa.estimated_end_year, count(*) from assignment_assessment aa"
                + " join assignment a on a.id = aa.assignment_id where aa.period_id = ? and not aa.awaiting_rework"
                + " group by a.goal_id, aa.status, aa.estimated_end_year";
        String organisations = "select br.organisation_id, count(*) filter (where br.state in ('SUBMITTED',"
                + " 'APPROVED')), count(*) filter (where br.state not in ('SUBMITTED', 'APPROVED'))"
                + " from board_report br where br.period_id = ? group by br.organisation_id";
        List<Double> times = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement period = c.prepareStatement(
                "select id from reporting_period where period_year = ? and kind = ?");
                PreparedStatement g = c.prepareStatement(goals);
                PreparedStatement o = c.prepareStatement(organisations)) {
            period.setInt(1, year);
            period.setString(2, kind);
            long periodId;
            try (ResultSet rows = period.executeQuery()) {
                rows.next();
                periodId = rows.getLong(1);
            }
            for (int i = 0; i < 2 * samples; i++) {
                long start = System.nanoTime();
                g.setLong(1, periodId);
                o.setLong(1, periodId);
                drain(g);
                drain(o);
                if (i >= samples) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void drain(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getLong(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, CrashSettings.pgUser(), CrashSettings.pgPassword());
    }

    private static int queryInt(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
