/**
 * The task inbox: user tasks as the engine hands them out, each person's lists, a task's page with its form
 * (form-js forms, parsed and checked in {@code tasks.form}), drafts and completion, committed before the engine hears
 * of it. Generic: what a task is about (an assignment, its earlier reports, a period) is supplied by the module whose
 * processes make the tasks, through {@link se.uppdragsstyrning.tasks.TaskContent}; what a completion means is for
 * the modules listening to {@link se.uppdragsstyrning.tasks.TaskCompleted}.
 */
@ApplicationModule(allowedDependencies = "system")
package se.uppdragsstyrning.tasks;

import org.springframework.modulith.ApplicationModule;
