package se.uppdragsstyrning.system;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page, the login page and the logged-in start page. */
@Controller
class HomeController {

    @GetMapping("/")
    String index() {
        return "index";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/start")
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        return "start";
    }
}
