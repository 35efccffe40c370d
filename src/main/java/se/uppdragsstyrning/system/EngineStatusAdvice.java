package se.uppdragsstyrning.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's layout says when the process engine does not answer (layout.html, {@code engine.unavailable.*}):
 * what people save is kept, and tasks and submissions go on once it answers again.
 */
@ControllerAdvice(annotations = Controller.class)
class EngineStatusAdvice {

    private final EngineStatus engine;

    EngineStatusAdvice(EngineStatus engine) {
        this.engine = engine;
    }

    @ModelAttribute("engineUnavailable")
    boolean engineUnavailable() {
        return engine.unreachable();
    }
}
