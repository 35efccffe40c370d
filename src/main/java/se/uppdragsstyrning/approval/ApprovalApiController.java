package se.uppdragsstyrning.approval;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.system.CurrentUser;

/** Kommunstyrelsen's decision on a period as JSON. */
@RestController
@RequestMapping("/api/periods/{id}")
@Tag(name = "KS-beslut", description = "Kommunstyrelsens godkännande eller återremiss av en period")
class ApprovalApiController {

    private final ApprovalService approvals;

    ApprovalApiController(ApprovalService approvals) {
        this.approvals = approvals;
    }

    record DecisionView(int round, Decision decision, String comment, List<String> returnedAssignments,
            String decidedBy, Instant decidedAt, String sourceVersion, String assessedVersions) {
    }

    @PostMapping("/decision")
    @PreAuthorize("hasRole('KS_APPROVER')")
    @Operation(summary = "Godkänn periodens sammanställning eller återremittera valda uppdrag med en kommentar")
    ResponseEntity<Void> decide(@PathVariable String id, @RequestBody DecisionRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        approvals.decide(PeriodId.parse(id), request, user);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/decisions")
    @PreAuthorize("hasAnyRole('KS_APPROVER','COORDINATOR','ADMIN')")
    @Operation(summary = "Periodens beslut: vem, när, kommentar och exakt vilka versioner av bedömningarna")
    List<DecisionView> decisions(@PathVariable String id) {
        return approvals.decisions(PeriodId.parse(id)).stream().map(d -> new DecisionView(d.getRound(),
                d.getDecision(), d.getComment(), d.getReturnedRefs(), d.getDecidedBy(), d.getDecidedAt(),
                d.getSourceVersion(), d.getAssessedVersions())).toList();
    }
}
