package se.uppdragsstyrning.workflow;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.camunda.client.CamundaClient;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With an external engine the application refuses to start when the Zeebe gateway does not answer a
 * topology request within {@code uppdrag.engine.startup-check-timeout}: better a clear failure at start-up
 * than reporting tasks that silently never appear. It runs once every other bean is created, so that a
 * database that does not answer either is reported first.
 */
@Component
@ConditionalOnProperty(name = "uppdrag.engine.embedded", havingValue = "false")
class ZeebeGatewayStartupCheck implements SmartInitializingSingleton {

    private final CamundaClient client;
    private final Duration timeout;

    ZeebeGatewayStartupCheck(CamundaClient client,
            @Value("${uppdrag.engine.startup-check-timeout}") Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public void afterSingletonsInstantiated() {
        URI address = client.getConfiguration().getGrpcAddress();
        try {
            client.newTopologyRequest().requestTimeout(timeout).send()
                    .join(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (RuntimeException unanswered) {
            throw new ZeebeGatewayUnreachableException(address, unanswered);
        }
    }
}
