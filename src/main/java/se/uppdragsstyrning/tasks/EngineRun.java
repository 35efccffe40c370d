package se.uppdragsstyrning.tasks;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the process engine: job keys handed out in one run mean nothing in another. */
@Entity
@Table(name = "engine_run")
class EngineRun {

    @Id
    private String id;

    private Instant startedAt;

    private String reason;

    protected EngineRun() {
    }

    EngineRun(String id, Instant startedAt, String reason) {
        this.id = id;
        this.startedAt = startedAt;
        this.reason = reason;
    }

    String getId() {
        return id;
    }
}
