package se.uppdragsstyrning.operations;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The incomplete event publications as JSON, and their resubmission, for administrators' scripts. */
@RestController
@RequestMapping("/api/admin/event-publications")
class EventPublicationApiController {

    private final EventPublications publications;
    private final MessageSource messages;

    EventPublicationApiController(EventPublications publications, MessageSource messages) {
        this.publications = publications;
        this.messages = messages;
    }

    /** One incomplete publication: the listener and event as the registry names them, when and how long ago. */
    record PublicationJson(UUID id, String listener, String eventType, Instant publishedAt, long ageSeconds) {

        static PublicationJson of(IncompletePublication p) {
            return new PublicationJson(p.id(), p.listener(), p.eventType(), p.publishedAt(), p.ageSeconds());
        }
    }

    /** How many publications were handed to their listeners again. */
    record Resubmitted(int resubmitted) {
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    List<PublicationJson> incomplete() {
        return publications.incomplete().stream().map(PublicationJson::of).toList();
    }

    @PostMapping("/resubmit")
    @PreAuthorize("hasRole('ADMIN')")
    Resubmitted resubmitAll() {
        return new Resubmitted(publications.resubmitAll());
    }

    @PostMapping("/{id}/resubmit")
    @PreAuthorize("hasRole('ADMIN')")
    Resubmitted resubmit(@PathVariable String id, Locale locale) {
        return new Resubmitted(publications.resubmit(EventPublicationPageController.parse(id, messages, locale)));
    }
}
