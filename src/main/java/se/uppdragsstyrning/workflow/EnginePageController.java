package se.uppdragsstyrning.workflow;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The engine page ({@code /processmotor}) and its JSON ({@code /api/engine}). */
@Controller
class EnginePageController {

    private final EngineOverview overview;

    EnginePageController(EngineOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/processmotor")
    @PreAuthorize("hasAnyRole('COORDINATOR','PROCESS_OWNER','ADMIN')")
    String page(Model model) {
        model.addAttribute("engine", overview.overview());
        return "workflow/engine";
    }

    @GetMapping("/api/engine")
    @PreAuthorize("hasAnyRole('COORDINATOR','PROCESS_OWNER','ADMIN')")
    @ResponseBody
    ResponseEntity<EngineOverview.Overview> api() {
        return ResponseEntity.ok(overview.overview());
    }
}
