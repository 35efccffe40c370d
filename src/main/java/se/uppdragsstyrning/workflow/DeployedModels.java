package se.uppdragsstyrning.workflow;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.StartPageSection;

/**
 * The process owner's start page: every process, decision table and form the engine runs, with its current
 * version as the catalogue records it ({@link ModelCatalogue}, where she uploads and rolls back).
 */
@Service
public class DeployedModels implements StartPageSection {

    /** A deployed model: its kind, its id, its current version and its file. */
    public record Model(ModelKind kind, String id, int version, String name) {
    }

    private final ModelCatalogue catalogue;

    DeployedModels(ModelCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Map<String, Object> attributes(CurrentUser user) {
        if (!user.has(Role.PROCESS_OWNER)) {
            return Map.of();
        }
        List<Model> models = catalogue.currentVersions().stream()
                .map(v -> new Model(v.kind(), v.resourceId(), v.version(), v.fileName())).toList();
        return Map.of("deployedModels", models);
    }
}
