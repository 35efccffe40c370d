package se.uppdragsstyrning.workflow;

import java.time.Duration;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component "zeebe": up when the gateway answers a topology request. */
@Component("zeebe")
class ZeebeHealthIndicator extends AbstractHealthIndicator {

    private final CamundaClient client;

    ZeebeHealthIndicator(CamundaClient client) {
        super("Processmotorn (Zeebe) svarar inte");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Topology topology = client.newTopologyRequest().requestTimeout(Duration.ofSeconds(5)).send().join();
        builder.up()
                .withDetail("brokers", topology.getBrokers().size())
                .withDetail("partitions", topology.getPartitionsCount())
                .withDetail("gatewayVersion", topology.getGatewayVersion());
    }
}
