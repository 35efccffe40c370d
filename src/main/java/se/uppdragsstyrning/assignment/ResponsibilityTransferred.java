package se.uppdragsstyrning.assignment;

/** Published when responsibility moved; the workflow moves the open reporting tasks with it. */
public record ResponsibilityTransferred(long transferId, String ref, String fromOrganisation, String toOrganisation) {
}
