package se.uppdragsstyrning.approval;

import java.util.List;

/** {@code POST /api/periods/{id}/decision}: {@code {"decision":"APPROVE"|"RETURN","assignments":[…],"comment":"…"}}. */
public record DecisionRequest(String decision, List<String> assignments, String comment) {
}
