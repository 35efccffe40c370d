package se.uppdragsstyrning.register;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.uppdragsstyrning.register.DecisionLinks.Pattern;
import se.uppdragsstyrning.system.ProblemsException;

/** The administrator's list of decision links ({@code /admin/beslutslankar}): one row per case-number prefix. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DecisionLinkPageController {

    /** Empty rows the form offers for new prefixes. */
    static final int NEW_ROWS = 3;

    private final DecisionLinks links;

    DecisionLinkPageController(DecisionLinks links) {
        this.links = links;
    }

    @GetMapping("/admin/beslutslankar")
    String page(Model model) {
        return page(model, links.patterns(), List.of());
    }

    @PostMapping("/admin/beslutslankar")
    String save(@RequestParam(name = "prefix", required = false) List<String> prefixes,
            @RequestParam(name = "urlPattern", required = false) List<String> patterns, Authentication user,
            Model model, RedirectAttributes redirect) {
        List<Pattern> entered = new ArrayList<>();
        int rows = Math.max(prefixes == null ? 0 : prefixes.size(), patterns == null ? 0 : patterns.size());
        for (int i = 0; i < rows; i++) {
            entered.add(new Pattern(prefixes == null || i >= prefixes.size() ? null : prefixes.get(i),
                    patterns == null || i >= patterns.size() ? null : patterns.get(i)));
        }
        try {
            links.replace(entered, user.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/beslutslankar";
        } catch (ProblemsException e) {
            return page(model, entered, e.problems());
        }
    }

    private String page(Model model, List<Pattern> rows, List<se.uppdragsstyrning.system.Problem> problems) {
        List<Pattern> shown = new ArrayList<>(rows);
        for (int i = 0; i < NEW_ROWS; i++) {
            shown.add(new Pattern(null, null));
        }
        model.addAttribute("rows", shown);
        model.addAttribute("problems", problems);
        model.addAttribute("placeholder", DecisionLinks.PLACEHOLDER);
        return "register/decision-links";
    }
}
