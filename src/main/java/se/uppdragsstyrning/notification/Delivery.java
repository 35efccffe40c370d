package se.uppdragsstyrning.notification;

/** How a notice reached its recipient: by e-mail, only logged (no mail server configured), or not at all. */
public enum Delivery {
    EMAIL, LOGGED, FAILED
}
