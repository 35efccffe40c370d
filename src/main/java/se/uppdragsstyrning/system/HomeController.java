package se.uppdragsstyrning.system;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page, the login page and the logged-in start page. */
@Controller
class HomeController {

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
        return "start";
    }
}
