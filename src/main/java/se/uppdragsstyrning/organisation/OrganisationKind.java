package se.uppdragsstyrning.organisation;

/** A board (nämnd) or a municipal company (bolag). */
public enum OrganisationKind {
    BOARD, COMPANY
}
