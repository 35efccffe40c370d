package se.uppdragsstyrning.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.ResponsibilityTransfer;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.system.RequestChecks;

/** Checks a move of responsibility (every problem listed) before the register records it. */
@Service
class ResponsibilityTransfers {

    private final AssignmentService assignments;
    private final OrganisationService organisations;
    private final RequestChecks checks;

    ResponsibilityTransfers(AssignmentService assignments, OrganisationService organisations, RequestChecks checks) {
        this.assignments = assignments;
        this.organisations = organisations;
        this.checks = checks;
    }

    @Transactional
    TransferLine transfer(String ref, TransferRequest request, String user) {
        Assignment assignment = assignments.assignment(ref).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Uppdraget " + ref + " finns inte"));
        List<Problem> problems = new ArrayList<>(checks.problems(request));
        Optional<Organisation> from = organisation(request.from(), "from", problems);
        Optional<Organisation> to = organisation(request.to(), "to", problems);
        if (assignment.getState().isClosed()) {
            problems.add(Problem.of("Uppdraget är avslutat; ansvaret kan inte flyttas."));
        }
        if (assignment.isResponsibleAll()) {
            problems.add(Problem.of("Alla nämnder och bolag är ansvariga för uppdraget; ansvaret kan inte flyttas."));
        }
        from.filter(f -> !assignment.getResponsibleIds().contains(f.getId()))
                .ifPresent(f -> problems.add(new Problem("from", f.getName() + " är inte ansvarig för uppdraget.")));
        to.filter(t -> !t.isActive())
                .ifPresent(t -> problems.add(new Problem("to", t.getName() + " är inte längre aktiv.")));
        if (from.isPresent() && to.isPresent() && from.get().getCode().equals(to.get().getCode())) {
            problems.add(new Problem("to", "Ansvaret ska flyttas till en annan organisation."));
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        ResponsibilityTransfer transfer = assignments.transfer(ref, from.get(), to.get(), request.effectiveDate(),
                blankToNull(request.decisionReference()), blankToNull(request.note()), user);
        return TransferLine.of(transfer, from.get(), to.get());
    }

    /** The organisation named; a blank name is left to the request's own checks. */
    private Optional<Organisation> organisation(String code, String field, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Optional<Organisation> organisation = organisations.resolve(code);
        if (organisation.isEmpty()) {
            problems.add(new Problem(field, "Okänd organisation: " + code));
        }
        return organisation;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
