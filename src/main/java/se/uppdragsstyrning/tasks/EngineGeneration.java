package se.uppdragsstyrning.tasks;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which run of the process engine the inbox talks to. The in-memory engine forgets everything on restart and
 * hands out the same job keys again, so with it every start of the application is a new generation; an
 * external broker keeps its keys, so its generation stays the same (configurable for a broker whose data was
 * wiped). A task of an earlier generation can never be completed: its job key may mean another task now.
 */
@Component
class EngineGeneration {

    private final String current;

    EngineGeneration(@Value("${uppdrag.engine.embedded:true}") boolean embedded,
            @Value("${uppdrag.engine.generation:external}") String configured) {
        this.current = embedded ? "embedded-" + UUID.randomUUID() : configured;
    }

    String current() {
        return current;
    }
}
