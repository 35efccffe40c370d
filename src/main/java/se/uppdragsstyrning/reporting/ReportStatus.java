package se.uppdragsstyrning.reporting;

/** The four statuses of the municipality's legend. */
public enum ReportStatus {
    GREEN_DONE("Grön slutfört", "Uppdraget är färdigt", "Grön. Uppdraget är slutfört."),
    GREEN_ON_TRACK("Grön", "Uppdraget pågår/väntar enligt plan", "Grön. Enligt plan."),
    YELLOW("Gul", "Uppdraget är försenat/inte påbörjat", "Gul. Försenat/inte påbörjat."),
    RED("Röd", "Uppdraget genomförs inte", "Röd. Genomförs inte.");

    private final String label;
    private final String meaning;
    private final String statusText;

    ReportStatus(String label, String meaning, String statusText) {
        this.label = label;
        this.meaning = meaning;
        this.statusText = statusText;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** As the published page writes it after "Status för uppdraget är ". */
    public String statusText() {
        return statusText;
    }

    /** Still going on (counts in the end-year distribution). */
    public boolean isOngoing() {
        return this == GREEN_ON_TRACK || this == YELLOW;
    }
}
