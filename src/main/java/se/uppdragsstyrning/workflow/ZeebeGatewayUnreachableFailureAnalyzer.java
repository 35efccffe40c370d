package se.uppdragsstyrning.workflow;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/** Turns {@link ZeebeGatewayUnreachableException} into one sentence instead of a gRPC stack trace. */
class ZeebeGatewayUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<ZeebeGatewayUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ZeebeGatewayUnreachableException cause) {
        String reason = NestedExceptionUtils.getMostSpecificCause(cause).getMessage();
        return new FailureAnalysis(
                "Processmotorn (Zeebe-gatewayen) på " + cause.address() + " svarar inte (" + reason + ").",
                "Kontrollera UPPDRAG_ZEEBE_GRPC_ADDRESS och att Camunda 8 är igång och nåbar härifrån;"
                        + " väntetiden ställs med uppdrag.engine.startup-check-timeout.",
                cause);
    }
}
