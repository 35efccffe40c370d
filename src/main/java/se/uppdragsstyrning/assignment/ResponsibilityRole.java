package se.uppdragsstyrning.assignment;

/** Responsible organisations report on the assignment; concerned ones are affected by it. */
public enum ResponsibilityRole {
    RESPONSIBLE, CONCERNED
}
