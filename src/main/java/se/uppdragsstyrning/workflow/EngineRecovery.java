package se.uppdragsstyrning.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.grpc.Status;

import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodRestoration;
import se.uppdragsstyrning.reporting.ProcessStep;
import se.uppdragsstyrning.tasks.TaskInbox;

/**
 * Gives an engine that lost its state back every running instance, from the database: the in-memory engine of the
 * embedded default starts empty at every start of the application, a standalone one may be restarted, a cluster
 * restored from an old backup. Each lifecycle and period resumes at the step the database says it is at, with the
 * variables it had; its open tasks come back to the same inbox rows (same URLs), and a task completed here
 * meanwhile is completed on the new instance with the values stored then ({@link UserTaskGateway}).
 *
 * <p>An instance is lost when the engine does not know its key: probed with a set-variables command with no
 * variables, which changes nothing on an instance that exists. When no running instance is left (the engine lost
 * everything), a new engine run begins before anything is restored, so that job keys the new engine hands out again
 * are never taken for the old ones. With two application instances, only the one that begins the run restores.
 */
@Component
class EngineRecovery {

    private static final Logger log = LoggerFactory.getLogger(EngineRecovery.class);
    private static final Map<ProcessStep.Step, String> LIFECYCLE_RESUMES_BEFORE = Map.of(
            ProcessStep.Step.REPORTING, "SubProcess_Reporting",
            ProcessStep.Step.AWAITING_DECISION, "Event_AssignmentDecided");
    private static final Map<ProcessStep.Step, String> PERIOD_RESUMES_BEFORE = Map.of(
            ProcessStep.Step.AWAITING_REPORTS, "Task_AwaitReports",
            ProcessStep.Step.AGGREGATING, "Task_AggregateStatus",
            ProcessStep.Step.APPROVING, "Task_ApprovePeriod");

    private final CamundaClient client;
    private final ProcessDeployment deployment;
    private final ProcessLinkRepository links;
    private final ProcessRestorationRepository restorations;
    private final Processes processes;
    private final PeriodRestoration steps;
    private final TaskInbox inbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean embedded;

    EngineRecovery(CamundaClient client, ProcessDeployment deployment, ProcessLinkRepository links, ProcessRestorationRepository restorations,
            Processes processes, PeriodRestoration steps, TaskInbox inbox,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${uppdrag.engine.embedded:true}") boolean embedded) {
        this.client = client;
        this.deployment = deployment;
        this.links = links;
        this.restorations = restorations;
        this.processes = processes;
        this.steps = steps;
        this.inbox = inbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.embedded = embedded;
    }

    /**
     * At start-up, after the models are deployed: the embedded engine is always new; an external one is probed.
     * Returns how many instances were restored.
     */
    int atStartUp() {
        return recover(embedded);
    }

    /** Checks a few running instances (the newest); when the engine no longer knows them, recovers. */
    int check() {
        List<ProcessLink> running = links.findByEndedAtIsNullOrderByStartedAtDesc();
        if (running.isEmpty() || running.stream().limit(3).anyMatch(this::exists)) {
            return 0;
        }
        return recover(false);
    }

    private int recover(boolean engineIsNew) {
        String run = inbox.engineRun();
        List<ProcessLink> running = links.findByEndedAtIsNullOrderByStartedAtDesc();
        List<ProcessLink> lost = engineIsNew ? running : running.stream().filter(l -> !exists(l)).toList();
        if (lost.isEmpty()) {
            return 0;
        }
        boolean everythingLost = lost.size() == running.size();
        if (everythingLost && !inbox.beginEngineRun(run, engineIsNew
                ? "den inbyggda processmotorn startade tom" : "processmotorn hade förlorat alla instanser")) {
            log.info("Another instance of the application is restoring the engine's instances");
            return 0;
        }
        deployment.deployAll(); // a new engine has none of the models yet
        List<ProcessLink> ordered = new ArrayList<>(lost);
        // lifecycles first: the period's process sends them messages once it runs again
        ordered.sort((a, b) -> Boolean.compare(Processes.PERIOD.equals(a.getProcessId()),
                Processes.PERIOD.equals(b.getProcessId())));
        int restored = 0;
        for (ProcessLink link : ordered) {
            if (restore(link)) {
                restored++;
            }
        }
        log.info("Återställde {} av {} processinstanser som processmotorn hade förlorat", restored, lost.size());
        return restored;
    }

    private boolean restore(ProcessLink link) {
        boolean lifecycle = Processes.LIFECYCLE.equals(link.getProcessId());
        ProcessStep step = lifecycle ? steps.lifecycle(link.getBusinessRef())
                : steps.period(PeriodId.parse(link.getBusinessRef()));
        if (step.step() == ProcessStep.Step.FINISHED) {
            processes.ended(link.getProcessId(), link.getBusinessRef());
            return false;
        }
        String before = (lifecycle ? LIFECYCLE_RESUMES_BEFORE : PERIOD_RESUMES_BEFORE).get(step.step());
        Processes.Created created = processes.create(link.getProcessId(), step.variables(), before);
        long key = created.instanceKey();
        Boolean ours = transactions.execute(status -> {
            if (links.restored(link.getId(), link.getProcessInstanceKey(), key, created.definitionKey(),
                    clock.instant()) == 0) {
                return false;
            }
            restorations.save(new ProcessRestoration(clock.instant(), link.getProcessId(), link.getBusinessRef(),
                    step.step().name(), link.getProcessInstanceKey(), key));
            return true;
        });
        if (!Boolean.TRUE.equals(ours)) {
            client.newCancelInstanceCommand(key).send().join();
            return false;
        }
        log.info("Återställde {} för {} vid {} (instans {} → {})", link.getProcessId(), link.getBusinessRef(),
                step.step(), link.getProcessInstanceKey(), key);
        return true;
    }

    /** Whether the engine knows the instance (a set-variables command with no variables changes nothing). */
    private boolean exists(ProcessLink link) {
        try {
            client.newSetVariablesCommand(link.getProcessInstanceKey()).variables(Map.of()).send().join();
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
