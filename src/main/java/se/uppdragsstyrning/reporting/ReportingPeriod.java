package se.uppdragsstyrning.reporting;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/** A follow-up round: a year and a kind, its due dates, and where it stands. */
@Entity
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind;

    @Enumerated(EnumType.STRING)
    private PeriodState state;

    /** Imported from earlier follow-ups rather than run in this system. */
    private boolean historical;

    private LocalDate reportDue;

    private LocalDate compilationDue;

    private LocalDate ksDue;

    private int reminderDays = 5;

    private int tasksExpected;

    private int reworkRound;

    /** When the boards' rework of the current round is due (kommunstyrelsen's return), or null. */
    private Instant reworkReportDueAt;

    private String openedBy;

    private Instant openedAt;

    private Instant createdAt;

    /** The assignments (the assignment module's) taking part, by id; read with the period (pages read it after). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "period_participant", joinColumns = @JoinColumn(name = "period_id"))
    @Column(name = "assignment_id")
    private Set<Long> participantIds = new HashSet<>();

    @Version
    private long version;

    protected ReportingPeriod() {
    }

    /** @param createdAt when it is created (the service's clock) */
    public ReportingPeriod(PeriodId id, PeriodState state, boolean historical, Instant createdAt) {
        this.year = id.year();
        this.kind = id.kind();
        this.state = state;
        this.historical = historical;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public PeriodId periodId() {
        return new PeriodId(year, kind);
    }

    public int getYear() {
        return year;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public String getLabel() {
        return periodId().label();
    }

    public PeriodState getState() {
        return state;
    }

    public boolean isHistorical() {
        return historical;
    }

    public LocalDate getReportDue() {
        return reportDue;
    }

    public LocalDate getCompilationDue() {
        return compilationDue;
    }

    public LocalDate getKsDue() {
        return ksDue;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public int getTasksExpected() {
        return tasksExpected;
    }

    /** How many times kommunstyrelsen has returned assignments in this period. */
    public int getReworkRound() {
        return reworkRound;
    }

    /**
     * Kommunstyrelsen returned assignments: a new rework round begins, due at {@code reportDueAt}. Only a period
     * waiting for kommunstyrelsen starts one, so the same return delivered twice is one round. Returns whether it
     * began a round.
     */
    boolean startRework(Instant reportDueAt) {
        if (state != PeriodState.KS_APPROVAL) {
            return false;
        }
        reworkRound++;
        reworkReportDueAt = reportDueAt;
        state = PeriodState.REPORTING;
        return true;
    }

    /** When the current rework round's reports are due, or null outside a rework. */
    public Instant getReworkReportDueAt() {
        return reworkRound == 0 ? null : reworkReportDueAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    void schedule(LocalDate reportDue, LocalDate compilationDue, LocalDate ksDue, int reminderDays) {
        this.reportDue = reportDue;
        this.compilationDue = compilationDue;
        this.ksDue = ksDue;
        this.reminderDays = reminderDays;
    }

    void open(String user, int tasksExpected, Instant at) {
        this.openedBy = user;
        this.openedAt = at;
        this.tasksExpected = tasksExpected;
    }

    /** The ids of the assignments that take part, fixed when the period opened. */
    public Set<Long> getParticipantIds() {
        return Collections.unmodifiableSet(participantIds);
    }

    public boolean takesPart(Long assignmentId) {
        return participantIds.contains(assignmentId);
    }

    /** Whether an assignment may still be added: the boards are still reporting (or about to). */
    public boolean acceptsParticipants() {
        return !historical && (state == PeriodState.OPENING || state == PeriodState.REPORTING);
    }

    /** An assignment added after the period opened: the period expects its tasks too. */
    void expectMore(int tasks) {
        this.tasksExpected += tasks;
    }

    void takePart(Long assignmentId) {
        participantIds.add(assignmentId);
    }

    void moveTo(PeriodState state) {
        this.state = state;
    }
}
