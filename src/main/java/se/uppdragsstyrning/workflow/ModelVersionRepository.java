package se.uppdragsstyrning.workflow;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModelVersionRepository extends JpaRepository<ModelVersion, Long> {

    List<ModelVersion> findAllByOrderByKindAscResourceIdAscVersionDesc();

    List<ModelVersion> findByKindAndResourceIdOrderByVersionDesc(ModelKind kind, String resourceId);

    Optional<ModelVersion> findFirstByKindAndResourceIdOrderByVersionDesc(ModelKind kind, String resourceId);

    Optional<ModelVersion> findFirstByKindAndResourceIdAndOriginOrderByVersionDesc(ModelKind kind, String resourceId,
            ModelVersion.Origin origin);

    Optional<ModelVersion> findByKindAndResourceIdAndVersion(ModelKind kind, String resourceId, int version);
}
