package se.uppdragsstyrning.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import se.uppdragsstyrning.system.DisplayDates;

/** Turns tasks into the rows the list and the API show, asking once what a page of them is about. */
@Component
class TaskRows {

    private final TaskLookup lookup;
    private final DisplayDates dates;
    private final Clock clock;

    TaskRows(TaskLookup lookup, DisplayDates dates, Clock clock) {
        this.lookup = lookup;
        this.dates = dates;
        this.clock = clock;
    }

    /** The rows of a page of tasks, in their order. */
    List<TaskRow> of(List<UserTask> tasks) {
        TaskContent content = lookup.content();
        Map<String, TaskContent.Subject> subjects = content.subjects(tasks.stream().map(UserTask::getAssignmentRef)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, String> names = new HashMap<>();
        Instant now = clock.instant();
        return tasks.stream().map(task -> row(task, content, subjects, names, now)).toList();
    }

    TaskRow of(UserTask task) {
        return of(List.of(task)).get(0);
    }

    private TaskRow row(UserTask task, TaskContent content, Map<String, TaskContent.Subject> subjects,
            Map<String, String> names, Instant now) {
        TaskContent.Subject subject = task.getAssignmentRef() == null ? null : subjects.get(task.getAssignmentRef());
        return new TaskRow(task.getId(), task.getFormId(), task.getState(), task.getCandidateGroup(),
                task.getOrganisationCode(), task.getAssignee(),
                task.getAssignee() == null ? null : names.computeIfAbsent(task.getAssignee(), lookup::displayName),
                task.getPeriodId(), task.getPeriodId() == null ? null : content.periodLabel(task.getPeriodId()),
                task.getAssignmentRef(),
                subject == null ? null : subject.label(),
                subject == null ? null : subject.title(),
                subject == null ? null : subject.goalNumber(),
                local(task.getDueAt()), task.isOverdue(now), local(task.getRemindedAt()),
                local(task.getEscalatedAt()), local(task.getCompletedAt()), task.getCompletedBy());
    }

    private OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(dates.zone()).toOffsetDateTime();
    }
}
