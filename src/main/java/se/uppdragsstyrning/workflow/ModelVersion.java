package se.uppdragsstyrning.workflow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One deployed version of a model, decision table or form, with its file. */
@Entity
class ModelVersion {

    /** Where a version came from. */
    enum Origin {
        /** With the application ({@code bpmn/}, {@code forms/}). */
        BUNDLED,
        /** Uploaded by a process owner. */
        UPLOADED,
        /** An earlier version deployed again as the newest. */
        ROLLBACK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ModelKind kind;

    private String resourceId;

    private int version;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private Integer restoredFrom;

    private Instant deployedAt;

    private String deployedBy;

    private Integer engineVersion;

    private Long engineKey;

    private String content;

    protected ModelVersion() {
    }

    ModelVersion(ModelKind kind, String resourceId, int version, ModelFile file, Origin origin, Integer restoredFrom,
            Instant deployedAt, String deployedBy) {
        this.kind = kind;
        this.resourceId = resourceId;
        this.version = version;
        this.fileName = file.fileName();
        this.origin = origin;
        this.restoredFrom = restoredFrom;
        this.deployedAt = deployedAt;
        this.deployedBy = deployedBy;
        this.content = file.text();
    }

    void deployedAs(Integer engineVersion, Long engineKey) {
        this.engineVersion = engineVersion;
        this.engineKey = engineKey;
    }

    ModelFile file() {
        return new ModelFile(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    Long getId() {
        return id;
    }

    ModelKind getKind() {
        return kind;
    }

    String getResourceId() {
        return resourceId;
    }

    int getVersion() {
        return version;
    }

    String getFileName() {
        return fileName;
    }

    Origin getOrigin() {
        return origin;
    }

    Integer getRestoredFrom() {
        return restoredFrom;
    }

    Instant getDeployedAt() {
        return deployedAt;
    }

    String getDeployedBy() {
        return deployedBy;
    }

    Integer getEngineVersion() {
        return engineVersion;
    }

    Long getEngineKey() {
        return engineKey;
    }

    String getContent() {
        return content;
    }
}
