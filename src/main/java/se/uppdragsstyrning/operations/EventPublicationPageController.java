package se.uppdragsstyrning.operations;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.uppdragsstyrning.system.InvalidInputException;

/** /admin/handelser: the incomplete event publications, and "Skicka igen" for all of them or for one. */
@Controller
class EventPublicationPageController {

    private final EventPublications publications;
    private final EventResubmissionProperties resubmission;
    private final MessageSource messages;

    EventPublicationPageController(EventPublications publications, EventResubmissionProperties resubmission,
            MessageSource messages) {
        this.publications = publications;
        this.resubmission = resubmission;
        this.messages = messages;
    }

    @GetMapping("/admin/handelser")
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        model.addAttribute("publications", publications.incomplete());
        model.addAttribute("scheduled", resubmission.enabled());
        model.addAttribute("resubmittedAfter", Age.of(resubmission.olderThan()));
        model.addAttribute("interval", Age.of(resubmission.interval()));
        return "operations/events";
    }

    @PostMapping("/admin/handelser/skicka-igen")
    @PreAuthorize("hasRole('ADMIN')")
    String resubmitAll(RedirectAttributes redirect) {
        redirect.addFlashAttribute("resubmitted", publications.resubmitAll());
        return "redirect:/admin/handelser";
    }

    @PostMapping("/admin/handelser/{id}/skicka-igen")
    @PreAuthorize("hasRole('ADMIN')")
    String resubmit(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("resubmitted", publications.resubmit(parse(id, messages, locale)));
        return "redirect:/admin/handelser";
    }

    static UUID parse(String id, MessageSource messages, Locale locale) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(messages.getMessage("events.badId", new Object[] {id}, locale));
        }
    }
}
