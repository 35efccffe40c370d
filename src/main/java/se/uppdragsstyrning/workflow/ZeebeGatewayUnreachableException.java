package se.uppdragsstyrning.workflow;

import java.net.URI;

/** The external Zeebe gateway did not answer at start-up. */
class ZeebeGatewayUnreachableException extends RuntimeException {

    private final URI address;

    ZeebeGatewayUnreachableException(URI address, Throwable cause) {
        super("Zeebe gateway at " + address + " did not answer a topology request", cause);
        this.address = address;
    }

    URI address() {
        return address;
    }
}
