package se.uppdragsstyrning.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link EmbeddedEngineMissingException} into one sentence saying how to start instead. */
class EmbeddedEngineMissingFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedEngineMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedEngineMissingException cause) {
        return new FailureAnalysis(
                "Den här jar-filen är byggd för produktion utan den inbyggda processmotorn och startar därför bara"
                        + " med profilen prod och en extern Camunda 8.",
                "Sätt SPRING_PROFILES_ACTIVE=prod och produktionsinställningarna i README.md, eller kör demon med"
                        + " ./mvnw spring-boot:run.",
                cause);
    }
}
