package se.uppdragsstyrning.processes;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.workflow.DecisionDryRun;
import se.uppdragsstyrning.workflow.ModelCatalogue;
import se.uppdragsstyrning.workflow.ModelFile;
import se.uppdragsstyrning.workflow.ModelKind;
import se.uppdragsstyrning.workflow.ProcessDryRun;

/** The process owner's JSON API: catalogue, validation, dry run, deployment, roll-back and incidents. */
@RestController
@RequestMapping(path = "/api/processes", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcessApiController {

    private final ModelCatalogue catalogue;
    private final DecisionDryRun dryRuns;
    private final ProcessDryRun processDryRuns;

    ProcessApiController(ModelCatalogue catalogue, DecisionDryRun dryRuns, ProcessDryRun processDryRuns) {
        this.catalogue = catalogue;
        this.dryRuns = dryRuns;
        this.processDryRuns = processDryRuns;
    }

    @GetMapping
    List<ModelCatalogue.Entry> catalogue() {
        return catalogue.catalogue();
    }

    @GetMapping("/{kind}/{id}")
    ModelCatalogue.Detail detail(@PathVariable ModelKind kind, @PathVariable String id,
            @RequestParam(required = false) Integer version) {
        return catalogue.detail(kind, id, version).orElseThrow(() -> new ProblemsException(HttpStatus.NOT_FOUND,
                List.of(Problem.of("Okänd modell " + id))));
    }

    /** The problems the files have (HTTP 400 with the list), or 200 with an empty list when they may be deployed. */
    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> validate(@RequestPart(name = "files", required = false) List<MultipartFile> files) {
        List<Problem> problems = catalogue.validate(UploadedFiles.of(files));
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        return ResponseEntity.ok(Map.of("problems", List.of()));
    }

    @PostMapping(path = "/deploy", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<ModelCatalogue.Deployed>> deploy(
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalogue.deploy(UploadedFiles.of(files)));
    }

    /**
     * The uploaded files next to the current versions over the last closed period; nothing is deployed. With a
     * process model the period is replayed ({@link ProcessDryRun.Result}), otherwise the decision tables are
     * evaluated over its inputs ({@link DecisionDryRun.Result}).
     */
    @PostMapping(path = "/dry-run", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Object dryRun(@RequestPart(name = "files", required = false) List<MultipartFile> files) {
        List<ModelFile> uploaded = UploadedFiles.of(files);
        return ProcessDryRun.holdsProcess(uploaded) ? processDryRuns.dryRun(uploaded) : dryRuns.dryRun(uploaded);
    }

    @PostMapping("/{kind}/{id}/versions/{version}/rollback")
    ResponseEntity<ModelCatalogue.Deployed> rollback(@PathVariable ModelKind kind, @PathVariable String id,
            @PathVariable int version) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalogue.rollback(kind, id, version));
    }

    @GetMapping("/incidents")
    List<ModelCatalogue.Incident> incidents() {
        return catalogue.incidents();
    }

    @PostMapping("/incidents/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable long id) {
        catalogue.retry(id);
        return ResponseEntity.noContent().build();
    }
}
