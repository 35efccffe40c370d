package se.uppdragsstyrning.tasks.form;

import java.util.Locale;

/** The form-js component types the server renders; anything else is shown as not supported. */
public enum ComponentType {
    TEXTFIELD(true),
    TEXTAREA(true),
    NUMBER(true),
    SELECT(true),
    RADIO(true),
    CHECKBOX(true),
    CHECKLIST(true),
    /** Rendered like a checklist: several of the offered values. */
    TAGLIST(true),
    DATETIME(true),
    /** Plain text with simple markdown (headings, lists, paragraphs). */
    TEXT(false),
    GROUP(false),
    SEPARATOR(false),
    SPACER(false),
    /** The application has its own buttons (save draft, complete); form buttons are left out. */
    BUTTON(false),
    UNSUPPORTED(false);

    private final boolean input;

    ComponentType(boolean input) {
        this.input = input;
    }

    /** Holds a value the user enters. */
    public boolean isInput() {
        return input;
    }

    /** Several values at once. */
    public boolean isMultiple() {
        return this == CHECKLIST || this == TAGLIST;
    }

    /** Choices from a list of options. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || isMultiple();
    }

    static ComponentType of(String formJsType) {
        if (formJsType == null) {
            return UNSUPPORTED;
        }
        try {
            return valueOf(formJsType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNSUPPORTED;
        }
    }
}
