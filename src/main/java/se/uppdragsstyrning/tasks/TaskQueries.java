package se.uppdragsstyrning.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.DisplayDates;

/**
 * What the inbox answers without changing anything: a person's lists, a period's open task of a form, how far a
 * period's reporting has come. Read-only transactions; a person sees only her organisation's or her central role's
 * tasks.
 */
@Service
@Transactional(readOnly = true)
public class TaskQueries {

    static final int PAGE_SIZE = 50;

    private final UserTaskRepository tasks;
    private final TaskLookup lookup;
    private final TaskRows rows;
    private final DisplayDates dates;
    private final Clock clock;

    TaskQueries(UserTaskRepository tasks, TaskLookup lookup, TaskRows rows, DisplayDates dates, Clock clock) {
        this.tasks = tasks;
        this.lookup = lookup;
        this.rows = rows;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * The list's section and filters from request parameters; blank ones are no filter.
     *
     * @throws IllegalArgumentException with a Swedish message naming the bad parameter
     */
    public TaskFilter filter(String view, String period, String goal, String state, String dueBefore) {
        return TaskFilter.of(view, period, goal, state, dueBefore, lookup.content());
    }

    /** What the list's filters offer: the periods and the goals. */
    public List<TaskContent.Option> periods() {
        return lookup.content().periods();
    }

    public List<TaskContent.Option> goals() {
        return lookup.content().goals();
    }

    /** A page of the person's tasks in a section of the list, soonest due first (latest completed first). */
    public Page<TaskRow> list(CurrentUser user, TaskFilter filter, int page) {
        Set<String> groups = TaskGroups.of(user);
        if (groups.isEmpty()) {
            return Page.empty();
        }
        Page<UserTask> found = tasks.findAll(matching(user, groups, filter).and(ordered(filter.view())),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        return new PageImpl<>(rows.of(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    private Specification<UserTask> matching(CurrentUser user, Set<String> groups, TaskFilter filter) {
        Set<String> goalRefs = filter.goal() == null ? null : lookup.content().assignmentsOfGoal(filter.goal());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("candidateGroup").in(groups));
            switch (filter.view()) {
                case MINE -> where.add(cb.equal(root.get("assignee"), user.username()));
                case ORGANISATION -> where.add(cb.isNull(root.get("assignee")));
                case COMPLETED -> where.add(root.get("state").in(TaskState.COMPLETED, TaskState.CANCELLED));
            }
            if (filter.state() != null) {
                where.add(cb.equal(root.get("state"), filter.state()));
            } else if (filter.view() != TaskListView.COMPLETED) {
                where.add(cb.equal(root.get("state"), TaskState.ACTIVE));
            }
            if (filter.periodId() != null) {
                where.add(cb.equal(root.get("periodId"), filter.periodId()));
            }
            if (goalRefs != null) {
                where.add(goalRefs.isEmpty() ? cb.disjunction() : root.get("assignmentRef").in(goalRefs));
            }
            if (filter.dueBefore() != null) {
                Instant endOfDay = filter.dueBefore().plusDays(1).atStartOfDay(dates.zone()).toInstant();
                where.add(cb.lessThan(root.get("dueAt"), endOfDay));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * Soonest due first, tasks without a due date last; in the completed section the latest completed first.
     * (Written here because sorting with null placement is not available through Sort with criteria queries.)
     */
    private static Specification<UserTask> ordered(TaskListView view) {
        return (root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                Expression<?> time = root.get(view == TaskListView.COMPLETED ? "completedAt" : "dueAt");
                Expression<Integer> missing = cb.<Integer>selectCase().when(cb.isNull(time), 1).otherwise(0);
                query.orderBy(cb.asc(missing), view == TaskListView.COMPLETED ? cb.desc(time) : cb.asc(time),
                        view == TaskListView.COMPLETED ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
            }
            return null;
        };
    }

    /** The open task of a period with the given form (e.g. kommunstyrelsen's approval). */
    public Optional<Long> activeTaskId(String formId, String periodId) {
        return tasks.findByFormIdAndPeriodIdAndStateOrderByCreatedAtDesc(formId, periodId, TaskState.ACTIVE).stream()
                .map(UserTask::getId).findFirst();
    }

    /**
     * How far the organisations' reporting in a period has come.
     *
     * @param periodId e.g. {@code 2026-INTERIM_AUGUST}
     * @throws IllegalArgumentException with a Swedish message when the period is not written as a period
     */
    public TaskProgress progress(String periodId) {
        String period = lookup.content().periodId(periodId);
        List<ProgressRow> found = tasks.progressRows(period);
        Instant now = clock.instant();
        Set<String> created = new HashSet<>();
        Set<String> completed = new HashSet<>();
        Set<String> open = new HashSet<>();
        int active = 0;
        int overdue = 0;
        for (ProgressRow row : found) {
            String pair = row.assignmentRef() + "/" + row.organisationCode();
            created.add(pair);
            switch (row.state()) {
                case COMPLETED -> completed.add(pair);
                case ACTIVE -> {
                    open.add(pair);
                    active++;
                    if (row.dueAt() != null && row.dueAt().isBefore(now)) {
                        overdue++;
                    }
                }
                case CANCELLED -> { }
            }
        }
        completed.removeAll(open);
        return new TaskProgress(lookup.content().expectedTasks(period), created.size(), completed.size(), active,
                overdue);
    }
}
