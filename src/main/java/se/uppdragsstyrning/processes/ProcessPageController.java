package se.uppdragsstyrning.processes;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.workflow.DecisionDryRun;
import se.uppdragsstyrning.workflow.ModelCatalogue;
import se.uppdragsstyrning.workflow.ModelKind;
import se.uppdragsstyrning.workflow.ProcessDryRun;

/** The process owner's pages: the catalogue with its upload form, one model with its versions and diagram. */
@Controller
class ProcessPageController {

    static final String PATH = "/processer";

    private final ModelCatalogue catalogue;
    private final DecisionDryRun dryRuns;
    private final ProcessDryRun processDryRuns;

    ProcessPageController(ModelCatalogue catalogue, DecisionDryRun dryRuns, ProcessDryRun processDryRuns) {
        this.catalogue = catalogue;
        this.dryRuns = dryRuns;
        this.processDryRuns = processDryRuns;
    }

    @GetMapping(PATH)
    String catalogue(Model model) {
        model.addAttribute("entries", catalogue.catalogue());
        model.addAttribute("incidents", catalogue.incidents());
        return "processes/catalogue";
    }

    @GetMapping(PATH + "/{kind}/{id}")
    String detail(@PathVariable ModelKind kind, @PathVariable String id,
            @RequestParam(required = false) Integer version, Model model) {
        model.addAttribute("detail", catalogue.detail(kind, id, version)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
        return "processes/model";
    }

    /**
     * Validate only ("Kontrollera"), dry-run ("Provkör": a process model's replay or the decision tables') or validate and deploy ("Driftsätt");
     * the problems are listed on the page.
     */
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "validate") String action, Model model) {
        var uploaded = UploadedFiles.of(files);
        if ("dry-run".equals(action)) {
            try {
                if (ProcessDryRun.holdsProcess(uploaded)) {
                    model.addAttribute("processDryRun", processDryRuns.dryRun(uploaded));
                } else {
                    model.addAttribute("dryRun", dryRuns.dryRun(uploaded));
                }
            } catch (ProblemsException refused) {
                model.addAttribute("problems", refused.problems());
            }
        } else if ("deploy".equals(action)) {
            try {
                model.addAttribute("deployed", catalogue.deploy(uploaded));
            } catch (ProblemsException refused) {
                model.addAttribute("problems", refused.problems());
            }
        } else {
            List<Problem> problems = catalogue.validate(uploaded);
            model.addAttribute(problems.isEmpty() ? "valid" : "problems", problems.isEmpty() ? true : problems);
        }
        return catalogue(model);
    }

    @PostMapping(PATH + "/{kind}/{id}/versioner/{version}/aterstall")
    String rollback(@PathVariable ModelKind kind, @PathVariable String id, @PathVariable int version,
            RedirectAttributes redirect) {
        try {
            ModelCatalogue.Deployed deployed = catalogue.rollback(kind, id, version);
            redirect.addFlashAttribute("rolledBack", deployed);
        } catch (ProblemsException refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:" + PATH + "/" + kind + "/" + id;
    }

    /** Retries an incident; back to the page it was asked from (the catalogue or a period's page). */
    @PostMapping(PATH + "/incidenter/{id}/forsok-igen")
    @PreAuthorize("hasAnyRole('COORDINATOR','PROCESS_OWNER','ADMIN')")
    String retry(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            catalogue.retry(id);
            redirect.addFlashAttribute("retried", true);
        } catch (ProblemsException refused) {
            redirect.addFlashAttribute("incidentProblems", refused.problems());
        }
        return "redirect:" + (back != null && back.startsWith("/") && !back.startsWith("//") ? back : PATH);
    }
}
