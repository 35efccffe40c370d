package se.uppdragsstyrning.approval;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/periods/{id}/decision}: {@code {"decision":"APPROVE"|"RETURN","assignments":[…],"comment":"…"}}.
 * The checks of one field are here; {@link ApprovalService#decide} adds those that depend on the decision and the
 * period.
 */
public record DecisionRequest(
        @NotBlank(message = "{ks.request.decision.required}") String decision,
        List<String> assignments,
        @Size(max = 4000, message = "{ks.request.comment.size}") String comment) {
}
