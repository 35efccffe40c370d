package se.uppdragsstyrning.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The person's notices, and for coordinators and administrators the log of every notice sent. */
@Controller
class NoticePageController {

    private final NotificationService notifications;

    NoticePageController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notiser")
    @PreAuthorize("isAuthenticated()")
    String inbox(Authentication user, Model model) {
        model.addAttribute("notices", notifications.inbox(user.getName()));
        return "notification/inbox";
    }

    @PostMapping("/notiser/lasta")
    @PreAuthorize("isAuthenticated()")
    String markRead(Authentication user) {
        notifications.markAllRead(user.getName());
        return "redirect:/notiser";
    }

    @GetMapping("/notiser/logg")
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    String log(Model model) {
        model.addAttribute("notices", notifications.log());
        return "notification/log";
    }
}
