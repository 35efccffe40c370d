package se.uppdragsstyrning.workflow;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Times every command the application sends the engine over gRPC: {@code uppdrag.engine.commands} (a timer,
 * tags {@code method} = the gateway's method such as CompleteJob or CreateProcessInstance, and {@code status} =
 * the gRPC status code, OK when it succeeded). The Camunda Spring Boot starter hands every
 * {@link ClientInterceptor} bean of the context to the client it builds. Calls that stream (job activation and
 * job streams, which stay open on purpose) are not timed: their duration says nothing about the engine's speed.
 */
@Component
class EngineCallMetrics implements ClientInterceptor {

    static final String METRIC = "uppdrag.engine.commands";

    /** Histogram buckets (le) for histogram_quantile: from a quick local command to the 30 s request timeout. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(30)};

    private final ObjectProvider<MeterRegistry> registry;

    EngineCallMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        ClientCall<Q, R> call = next.newCall(method, options);
        MeterRegistry meters = registry.getIfAvailable();
        if (meters == null || method.getType() != MethodDescriptor.MethodType.UNARY) {
            return call;
        }
        String name = method.getBareMethodName() == null ? method.getFullMethodName() : method.getBareMethodName();
        return new SimpleForwardingClientCall<>(call) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                long started = System.nanoTime();
                super.start(new SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onClose(Status status, Metadata trailers) {
                        Timer.builder(METRIC)
                                .description("Commands sent to the process engine (gRPC), by method and outcome")
                                .tag("method", name)
                                .tag("status", status.getCode().name())
                                .serviceLevelObjectives(BUCKETS)
                                .register(meters)
                                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                        super.onClose(status, trailers);
                    }
                }, headers);
            }
        };
    }
}
