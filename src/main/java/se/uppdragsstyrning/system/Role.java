package se.uppdragsstyrning.system;

/** The roles of the product; the Swedish labels are in the message bundle under {@code role.<name>}. */
public enum Role {
    /** Nämndsekreterare: reports for her own organisation. */
    SECRETARY,
    /** Nämndens godkännare: approves the organisation's reports before they go on. */
    BOARD_APPROVER,
    /** Samordnare på kommunledningskontoret. */
    COORDINATOR,
    /** Kommunstyrelsen: approves a period's rollup. */
    KS_APPROVER,
    /** Processägare: owns the BPMN models, DMN tables and forms. */
    PROCESS_OWNER,
    /** Administratör: users, roles, organisations. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
