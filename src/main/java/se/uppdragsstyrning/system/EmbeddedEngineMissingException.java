package se.uppdragsstyrning.system;

/** The embedded default was asked for, but this build of the application has no in-memory engine. */
class EmbeddedEngineMissingException extends RuntimeException {

    EmbeddedEngineMissingException() {
        super("uppdrag.engine.embedded is true but " + EmbeddedEngineCheck.ENGINE_CLASS + " is not on the classpath");
    }
}
