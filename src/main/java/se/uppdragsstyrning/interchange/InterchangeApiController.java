package se.uppdragsstyrning.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * Import and export of the interchange format over the JSON API. A rejected import answers 400 (413 when the
 * file is over {@code uppdrag.import.max-bytes}) with a problem detail listing every problem:
 * {@code {"problems":[{"path":…,"message":…}]}}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class InterchangeApiController {

    private final InterchangeImport imports;
    private final InterchangeExport exports;
    private final ProblemMessages messages;

    InterchangeApiController(InterchangeImport imports, InterchangeExport exports, ProblemMessages messages) {
        this.imports = imports;
        this.exports = exports;
        this.messages = messages;
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    ImportResult importFile(InputStream body, @AuthenticationPrincipal CurrentUser user) throws IOException {
        ImportOutcome outcome = imports.importFile(body, user.username());
        if (!outcome.isAccepted()) {
            throw refusal(outcome.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
                    outcome.problems());
        }
        return outcome.result();
    }

    /** The period in the interchange format, e.g. {@code /api/export?period=2025-INTERIM_AUGUST}. */
    @GetMapping("/export")
    @PreAuthorize("isAuthenticated()")
    ObjectNode export(@RequestParam(required = false) String period) {
        PeriodId id;
        try {
            id = PeriodId.parse(period);
        } catch (IllegalArgumentException e) {
            throw refusal(HttpStatus.BAD_REQUEST, List.of(messages.at("period", "period")));
        }
        return exports.export(id).orElseThrow(() -> refusal(HttpStatus.NOT_FOUND,
                List.of(messages.at("period", "unknownPeriod", id.label()))));
    }

    private static ProblemsException refusal(HttpStatus status, List<Problem> problems) {
        return new ProblemsException(status, problems.stream()
                .map(p -> new se.uppdragsstyrning.system.Problem(p.path(), p.message())).toList());
    }
}
