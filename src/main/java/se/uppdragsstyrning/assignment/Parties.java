package se.uppdragsstyrning.assignment;

import java.util.List;

import se.uppdragsstyrning.organisation.Organisation;

/**
 * The organisations with a part in an assignment, in council order, as {@link AssignmentService#parties} reads
 * them (the assignment refers to them by id).
 *
 * @param responsible the named responsible organisations (empty when {@code responsibleAll})
 */
public record Parties(boolean responsibleAll, List<Organisation> responsible, List<Organisation> concerned) {

    public List<String> responsibleCodes() {
        return codes(responsible);
    }

    public List<String> concernedCodes() {
        return codes(concerned);
    }

    public List<String> responsibleNames() {
        return responsible.stream().map(Organisation::getName).toList();
    }

    /** Whether the organisation is responsible for (also through "all") or concerned by the assignment. */
    public boolean involves(String organisationCode) {
        return responsibleAll || responsibleCodes().contains(organisationCode)
                || concernedCodes().contains(organisationCode);
    }

    private static List<String> codes(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::getCode).toList();
    }
}
