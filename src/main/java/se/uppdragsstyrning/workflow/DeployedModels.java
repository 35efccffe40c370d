package se.uppdragsstyrning.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.StartPageSection;

/**
 * The models the engine runs, read-only: every process, decision table and form of the application's deployment
 * with the version the engine gave it. The process owner's start page lists them (her own pages, for changing
 * them, are another matter).
 */
@Service
public class DeployedModels implements StartPageSection {

    /** What a deployed resource is. */
    public enum Kind {
        PROCESS, DECISION, FORM
    }

    /** A deployed model: its kind, its id in the engine, its version there and its file or name. */
    public record Model(Kind kind, String id, int version, String name) {
    }

    private final ProcessDeployment deployment;

    DeployedModels(ProcessDeployment deployment) {
        this.deployment = deployment;
    }

    /** The deployed models, processes first, each kind by id. */
    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public List<Model> all() {
        return deployment.deployed().stream()
                .sorted(Comparator.comparing(Model::kind).thenComparing(Model::id)).toList();
    }

    @Override
    public Map<String, Object> attributes(CurrentUser user) {
        return user.has(Role.PROCESS_OWNER) ? Map.of("deployedModels", all()) : Map.of();
    }
}
