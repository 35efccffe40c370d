package se.uppdragsstyrning.system;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the municipality's name and whether the demo banner shows. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final boolean demoMode;
    private final String municipality;

    LayoutModelAdvice(UppdragProperties settings) {
        this.demoMode = settings.demo().enabled();
        this.municipality = settings.municipality();
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode;
    }

    /** The name the header shows for the logged-in person. */
    @ModelAttribute("displayName")
    String displayName(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication.getPrincipal() instanceof CurrentUser user ? user.displayName() : authentication.getName();
    }

    @ModelAttribute("municipality")
    String municipality() {
        return municipality;
    }
}
