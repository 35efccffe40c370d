package se.uppdragsstyrning.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import se.uppdragsstyrning.assignment.ResponsibilityTransfer;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;

/**
 * A move of responsibility with its organisations, for the assignment's page and the API (the transfer itself
 * refers to them by id).
 *
 * @param from null when nobody was responsible before
 */
record TransferLine(LocalDate effectiveDate, Organisation from, Organisation to, String decisionReference,
        String note, String recordedBy, Instant recordedAt) {

    static TransferLine of(ResponsibilityTransfer transfer, Organisation from, Organisation to) {
        return new TransferLine(transfer.getEffectiveDate(), from, to, transfer.getDecisionReference(),
                transfer.getNote(), transfer.getRecordedBy(), transfer.getRecordedAt());
    }

    /** The transfers with their organisations, read in one query for the whole list. */
    static List<TransferLine> of(List<ResponsibilityTransfer> transfers, OrganisationService organisations) {
        Map<Long, Organisation> byId = organisations.byIds(transfers.stream()
                .flatMap(t -> Stream.of(t.getFromOrganisationId(), t.getToOrganisationId())).toList());
        return transfers.stream().map(t -> of(t, t.getFromOrganisationId() == null ? null
                : byId.get(t.getFromOrganisationId()), byId.get(t.getToOrganisationId()))).toList();
    }

    RegisterViews.TransferView view() {
        return new RegisterViews.TransferView(from == null ? null : from.getCode(), to.getCode(), effectiveDate,
                decisionReference, note, recordedBy, recordedAt);
    }
}
