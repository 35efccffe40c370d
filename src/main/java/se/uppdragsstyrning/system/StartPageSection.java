package se.uppdragsstyrning.system;

import java.util.Map;

/**
 * A module's part of the logged-in start page ({@code /start}): the model attributes that the sections of
 * {@code start.html} show for a user. A module that has something to show a role implements it as a bean.
 */
public interface StartPageSection {

    /** What to add to the start page for the user; empty when she has nothing here. */
    Map<String, Object> attributes(CurrentUser user);
}
