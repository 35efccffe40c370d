package se.uppdragsstyrning.system;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public front page, the login page and the logged-in start page, which leads every role to its work; modules
 * add what they show there as {@link StartPageSection}s.
 */
@Controller
class HomeController {

    private final List<StartPageSection> sections;

    HomeController(List<StartPageSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/")
    @PreAuthorize("permitAll()")
    String index() {
        return "index";
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "login";
    }

    @GetMapping("/start")
    @PreAuthorize("isAuthenticated()")
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        sections.forEach(section -> model.addAllAttributes(section.attributes(user)));
        return "start";
    }
}
