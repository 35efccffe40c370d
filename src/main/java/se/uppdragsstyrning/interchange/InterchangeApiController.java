package se.uppdragsstyrning.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.system.CurrentUser;

/**
 * Import and export of the interchange format over the JSON API. A rejected import answers 400 (413 when the
 * file is over {@code uppdrag.import.max-bytes}) with {@code {"problems":[{"path":…,"message":…}]}}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class InterchangeApiController {

    /** The body of every refused request: all its problems. */
    record Problems(List<Problem> problems) {
    }

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
    ResponseEntity<?> importFile(InputStream body, @AuthenticationPrincipal CurrentUser user) throws IOException {
        ImportOutcome outcome = imports.importFile(body, user.username());
        if (outcome.isAccepted()) {
            return ResponseEntity.ok(outcome.result());
        }
        return ResponseEntity.status(outcome.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST)
                .body(new Problems(outcome.problems()));
    }

    /** The period in the interchange format, e.g. {@code /api/export?period=2025-INTERIM_AUGUST}. */
    @GetMapping("/export")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> export(@RequestParam(required = false) String period) {
        PeriodId id;
        try {
            id = PeriodId.parse(period);
        } catch (IllegalArgumentException e) {
            return refuse(HttpStatus.BAD_REQUEST, messages.at("period", "period"));
        }
        return exports.export(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> refuse(HttpStatus.NOT_FOUND, messages.at("period", "unknownPeriod", id.label())));
    }

    private static ResponseEntity<Problems> refuse(HttpStatus status, Problem problem) {
        return ResponseEntity.status(status).body(new Problems(List.of(problem)));
    }
}
