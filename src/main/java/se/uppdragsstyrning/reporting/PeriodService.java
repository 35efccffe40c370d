package se.uppdragsstyrning.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.Parties;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.system.RequestChecks;

/**
 * Opens reporting periods and answers which assignments take part in them and how far their reporting has
 * come. Due dates fall at 16:00 and reminders at 08:00 in the municipality's time zone.
 */
@Service
@Transactional(readOnly = true)
public class PeriodService {

    /** The one rule for when something is due: 16:00 on its day, in the municipality's time zone. */
    public static final LocalTime DUE_TIME = LocalTime.of(16, 0);
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    /** The opening form's fields in the order its problems are listed. */
    private static final List<String> OPEN_FIELDS = List.of("kind", "year", "reportDue", "compilationDue", "ksDue",
            "reminderDays");

    private final ReportingPeriodRepository periods;
    private final BoardReportRepository boardReports;
    private final AssignmentService assignments;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final Clock clock;
    private final RequestChecks checks;

    PeriodService(ReportingPeriodRepository periods, BoardReportRepository boardReports,
            AssignmentService assignments, OrganisationService organisations, ApplicationEventPublisher events,
            Clock clock, RequestChecks checks) {
        this.periods = periods;
        this.boardReports = boardReports;
        this.assignments = assignments;
        this.organisations = organisations;
        this.events = events;
        this.zone = clock.getZone();
        this.clock = clock;
        this.checks = checks;
    }

    /**
     * Opens the period: validates the request (every problem listed), stores the period with its due dates and
     * the number of tasks it expects, and announces it so that the workflow starts the period's process.
     */
    @Transactional
    public ReportingPeriod open(OpenPeriodRequest request, String user) {
        List<Problem> problems = new ArrayList<>(checks.problems(request));
        PeriodKind kind = parseKind(request.kind(), problems);
        int year = request.year() == null ? 0 : request.year();
        LocalDate today = LocalDate.now(clock);
        if (request.reportDue() != null && request.reportDue().isBefore(today)) {
            problems.add(new Problem("reportDue", "Sista dag för nämndernas rapporter har redan passerat."));
        }
        if (request.compilationDue() != null && request.reportDue() != null
                && !request.compilationDue().isAfter(request.reportDue())) {
            problems.add(new Problem("compilationDue",
                    "Sammanställningen ska vara klar efter nämndernas sista rapportdag."));
        }
        if (request.ksDue() != null && request.compilationDue() != null
                && !request.ksDue().isAfter(request.compilationDue())) {
            problems.add(new Problem("ksDue", "Kommunstyrelsens beslut ska komma efter sammanställningen."));
        }
        int reminderDays = request.reminderDays() == null ? 5 : request.reminderDays();
        if (kind != null && request.year() != null && periods.findByYearAndKind(year, kind).isPresent()) {
            problems.add(new Problem(null, new PeriodId(year, kind).label() + " finns redan."));
        }
        List<Participant> participants = kind == null ? List.of() : participants(new PeriodId(year, kind));
        Map<String, Long> idsByRef = assignments.activeAssignments().stream()
                .collect(Collectors.toMap(Assignment::getRef, Assignment::getId));
        if (kind != null && participants.isEmpty()) {
            problems.add(new Problem(null, "Det finns inga pågående uppdrag att rapportera på i perioden."));
        }
        if (kind != null) {
            stillReporting(new PeriodId(year, kind), participants, idsByRef).ifPresent(earlier -> problems.add(new Problem(null,
                    new PeriodId(year, kind).label() + " kan inte öppnas medan " + earlier.getLabel()
                            + " pågår: uppdragen rapporteras där fortfarande. Öppna perioden när kommunstyrelsen"
                            + " har godkänt " + earlier.getLabel() + ".")));
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException(RequestChecks.inFieldOrder(problems, OPEN_FIELDS));
        }
        PeriodId id = new PeriodId(year, kind);
        Instant now = clock.instant();
        ReportingPeriod period = new ReportingPeriod(id, PeriodState.OPENING, false, now);
        period.schedule(request.reportDue(), request.compilationDue(), request.ksDue(), reminderDays);
        int expected = participants.stream().mapToInt(p -> p.organisationCodes().size()).sum();
        period.open(user, expected, now);
        participants.forEach(p -> period.takePart(idsByRef.get(p.assignmentRef())));
        periods.save(period);
        events.publishEvent(announcement(period));
        return period;
    }

    /** An earlier period, opened here, whose reporting of some of these assignments is not yet approved. */
    private Optional<ReportingPeriod> stillReporting(PeriodId opening, List<Participant> participants,
            Map<String, Long> idsByRef) {
        Set<Long> ids = participants.stream().map(Participant::assignmentRef)
                .map(idsByRef::get).collect(Collectors.toSet());
        return periods.findAll().stream()
                .filter(p -> !p.isHistorical() && !p.getState().isApproved() && !p.periodId().equals(opening))
                .filter(p -> p.getParticipantIds().stream().anyMatch(ids::contains))
                .findFirst();
    }

    /**
     * The coordinator adds an assignment registered after the period opened to it: it takes part from now on, the
     * period expects its tasks, and the workflow asks its lifecycle for the reports at once
     * ({@link ParticipantAdded}, after the commit). Only a period that is opening or reporting takes one, and only
     * an assignment active in the period's year that does not take part already.
     */
    @Transactional
    public ReportingPeriod addParticipant(PeriodId id, String assignmentRef, String user) {
        List<Problem> problems = new ArrayList<>();
        Optional<ReportingPeriod> found = periods.findByYearAndKind(id.year(), id.kind());
        if (found.isEmpty()) {
            throw new ProblemsException(org.springframework.http.HttpStatus.NOT_FOUND,
                    List.of(new Problem(null, id.label() + " finns inte.")));
        }
        ReportingPeriod period = found.get();
        Optional<Assignment> assignment = assignmentRef == null || assignmentRef.isBlank() ? Optional.empty()
                : assignments.assignment(assignmentRef.trim());
        List<String> reporters = assignment.map(a -> PeriodCycle.reporters(assignments.parties(a),
                organisations.active())).orElse(List.of());
        if (assignmentRef == null || assignmentRef.isBlank()) {
            problems.add(new Problem("ref", "Ange vilket uppdrag som ska läggas till."));
        } else if (assignment.isEmpty()) {
            problems.add(new Problem("ref", "Uppdraget " + assignmentRef + " finns inte."));
        }
        if (!period.acceptsParticipants()) {
            problems.add(new Problem(null, period.getLabel() + " tar inte emot fler uppdrag: nämndernas"
                    + " rapportering är avslutad."));
        }
        assignment.ifPresent(a -> {
            if (!a.isActiveIn(id.year())) {
                problems.add(new Problem("ref", a.getLabel() + " (" + a.getRef() + ") är inte aktivt "
                        + id.year() + "."));
            } else if (period.takesPart(a.getId())) {
                problems.add(new Problem("ref", a.getLabel() + " (" + a.getRef() + ") ingår redan i "
                        + period.getLabel() + "."));
            } else if (reporters.isEmpty()) {
                problems.add(new Problem("ref", "Ingen aktiv nämnd eller bolag är ansvarig för uppdraget."));
            }
        });
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        Assignment added = assignment.orElseThrow();
        period.takePart(added.getId());
        period.expectMore(reporters.size());
        events.publishEvent(new ParticipantAdded(id, added.getRef(), added.getGoal().getNumber(), user));
        return period;
    }

    /** What the workflow needs to run the period: its due moments and the reminder moment. */
    public PeriodOpened announcement(ReportingPeriod period) {
        return new PeriodOpened(period.periodId(), dueAt(period.getReportDue()),
                period.getReportDue().minusDays(period.getReminderDays()).atTime(REMINDER_TIME).atZone(zone)
                        .toOffsetDateTime(),
                dueAt(period.getCompilationDue()), dueAt(period.getKsDue()), period.getReminderDays(),
                period.getTasksExpected());
    }

    /** The announcement of a period opened here. */
    public PeriodOpened announcement(PeriodId id) {
        return announcement(periods.findByYearAndKind(id.year(), id.kind())
                .orElseThrow(() -> new IllegalArgumentException("Perioden " + id + " finns inte")));
    }

    /** The organisations that report on the assignment now ("all" expanded to every active organisation). */
    public List<String> reporters(String assignmentRef) {
        return assignments.assignment(assignmentRef)
                .map(a -> PeriodCycle.reporters(assignments.parties(a), organisations.active())).orElse(List.of());
    }

    /**
     * The assignments that take part in a period: those active in the period's year (adopted by then, not ended
     * before it) decided before the period's end, each with the organisations that must report ("all" expands to
     * every active organisation).
     */
    public List<Participant> participants(PeriodId period) {
        LocalDate periodEnd = endOf(period);
        List<Organisation> active = organisations.active();
        List<Assignment> candidates = assignments.activeAssignments().stream()
                .filter(a -> a.isActiveIn(period.year()))
                .filter(a -> a.getDecision() == null || a.getDecision().date() == null
                        || !a.getDecision().date().isAfter(periodEnd))
                .toList();
        Map<Long, Parties> parties = assignments.parties(candidates);
        return candidates.stream()
                .map(a -> new Participant(a.getRef(), a.getGoal().getNumber(),
                        PeriodCycle.reporters(parties.get(a.getId()), active)))
                .filter(p -> !p.organisationCodes().isEmpty())
                .toList();
    }

    /** How far the period's reporting has come (the one definition; see {@link PeriodProgress}). */
    public PeriodProgress progress(ReportingPeriod period) {
        return PeriodProgress.of(period.getTasksExpected(), boardReports.findByPeriod(period),
                reportsOverdue(period));
    }

    /**
     * The period's reporting progress per organisation that has board reports in it, counted as {@link
     * #progress(ReportingPeriod)} counts the whole period (each organisation expects the reports it has).
     */
    public Map<Organisation, PeriodProgress> progressByOrganisation(ReportingPeriod period) {
        boolean overdue = reportsOverdue(period);
        Map<Long, Organisation> byId = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        Map<Organisation, PeriodProgress> progress = new LinkedHashMap<>();
        boardReports.findByPeriod(period).stream()
                .collect(Collectors.groupingBy(BoardReport::getOrganisationId, LinkedHashMap::new,
                        Collectors.toList()))
                .forEach((id, reports) -> progress.put(byId.get(id), PeriodProgress.of(reports.size(), reports,
                        overdue)));
        return progress;
    }

    /** Whether the period's board reports are past due: its report due date's 16:00 has passed. */
    public boolean reportsOverdue(ReportingPeriod period) {
        return period.getReportDue() != null && OffsetDateTime.now(clock).isAfter(dueAt(period.getReportDue()));
    }

    /** An assignment and organisation that take part in the period but have no task (no board report) yet. */
    public record MissingTask(String assignmentRef, String organisationCode) {
    }

    /** The tasks the period expects that have not arrived (each makes its board report row when it does). */
    public List<MissingTask> missingTasks(ReportingPeriod period) {
        if (period.isHistorical() || period.getState() == PeriodState.OPENING) {
            return List.of();
        }
        Map<Long, String> codes = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getCode));
        Map<Long, Assignment> participants = assignments.assignmentsById(period.getParticipantIds());
        Set<String> arrived = boardReports.findByPeriod(period).stream()
                .map(r -> participants.get(r.getAssignmentId()) == null ? "" : participants.get(r.getAssignmentId())
                        .getRef() + "/" + codes.get(r.getOrganisationId()))
                .collect(Collectors.toSet());
        List<Organisation> active = organisations.active();
        Map<Long, Parties> parties = assignments.parties(participants.values());
        return participants.values().stream()
                .flatMap(a -> PeriodCycle.reporters(parties.get(a.getId()), active).stream().map(code -> new MissingTask(a.getRef(), code)))
                .filter(m -> !arrived.contains(m.assignmentRef() + "/" + m.organisationCode()))
                .sorted(java.util.Comparator.comparing(MissingTask::assignmentRef)
                        .thenComparing(MissingTask::organisationCode))
                .toList();
    }

    /**
     * The coordinator asks for the missing tasks: the workflow checks the engine and asks the assignments without
     * any task again. Returns how many tasks were missing.
     */
    @Transactional
    public int repair(PeriodId id, String user) {
        ReportingPeriod period = periods.findByYearAndKind(id.year(), id.kind())
                .orElseThrow(() -> new ProblemsException(List.of(new Problem(null, id.label() + " finns inte."))));
        List<MissingTask> missing = missingTasks(period);
        Set<Long> reporting = boardReports.findByPeriod(period).stream().map(BoardReport::getAssignmentId)
                .collect(Collectors.toSet());
        Set<String> reportingRefs = assignments.assignmentsById(reporting).values().stream().map(Assignment::getRef)
                .collect(Collectors.toSet());
        events.publishEvent(new PeriodRepairRequested(id.toString(), missing.stream().map(MissingTask::assignmentRef)
                .filter(ref -> !reportingRefs.contains(ref)).distinct().toList(), user));
        return missing.size();
    }

    /** The moment a due date falls due: 16:00 in the municipality's time zone. */
    public OffsetDateTime dueAt(LocalDate date) {
        return date.atTime(DUE_TIME).atZone(zone).toOffsetDateTime();
    }

    /** The last day a period covers: 30 April, 31 August or 31 December. */
    static LocalDate endOf(PeriodId period) {
        MonthDay end = switch (period.kind()) {
            case INTERIM_APRIL -> MonthDay.of(4, 30);
            case INTERIM_AUGUST -> MonthDay.of(8, 31);
            case ANNUAL -> MonthDay.of(12, 31);
        };
        return end.atYear(period.year());
    }

    private static PeriodKind parseKind(String kind, List<Problem> problems) {
        if (kind == null || kind.isBlank()) {
            return null; // the request's own check
        }
        try {
            return PeriodKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("kind", "Okänd periodtyp: " + kind
                    + " (giltiga: INTERIM_APRIL, INTERIM_AUGUST, ANNUAL)."));
            return null;
        }
    }
}
