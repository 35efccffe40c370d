package se.uppdragsstyrning.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * The demo ({@code uppdrag.demo.enabled=true}): at start-up reads in the published follow-up of Fokusmål 4,
 * August 2025, and creates one user per role, all with the password {@code demo}: {@code samordnare},
 * {@code ks}, {@code processagare}, {@code admin}, a secretary {@code sekr-<code>} for every organisation
 * (e.g. {@code sekr-aln} for ÄLN) and the board approver {@code godk-scn}. The file is read in only into an empty
 * database (the embedded default keeps its data across restarts); users that exist are left as they are.
 */
@Component
@ConditionalOnProperty(name = "uppdrag.demo.enabled", havingValue = "true")
class DemoData {

    static final String FILE = "demo/uppsala-fokusmal4-2025-08.json";
    static final String PASSWORD = "demo";
    /** Who the register history names for the demo's import. */
    static final String LOADER = "demodata";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final InterchangeImport imports;
    private final OrganisationService organisations;
    private final UserAccounts users;
    private final MessageSource messages;

    DemoData(InterchangeImport imports, OrganisationService organisations, UserAccounts users,
            MessageSource messages) {
        this.imports = imports;
        this.organisations = organisations;
        this.users = users;
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() throws IOException {
        if (!organisations.all().isEmpty()) {
            log.info("Demo data: the database has a register already; {} is not read in again", FILE);
            createUsers();
            return;
        }
        ImportOutcome outcome;
        try (InputStream file = new ClassPathResource(FILE).getInputStream()) {
            outcome = imports.importFile(file, LOADER);
        }
        if (!outcome.isAccepted()) {
            throw new IllegalStateException("The demo file " + FILE + " was not imported: " + outcome.problems());
        }
        log.info("Demo data {}: {} created, {} updated, {} unchanged", FILE, outcome.result().created(),
                outcome.result().updated(), outcome.result().unchanged());
        createUsers();
    }

    private void createUsers() {
        central("samordnare", "demo.user.coordinator", Role.COORDINATOR);
        central("ks", "demo.user.ksApprover", Role.KS_APPROVER);
        central("processagare", "demo.user.processOwner", Role.PROCESS_OWNER);
        central("admin", "demo.user.admin", Role.ADMIN);
        for (Organisation organisation : organisations.all()) {
            board("sekr-" + usernamePart(organisation.getCode()), "demo.user.secretary", organisation,
                    Role.SECRETARY);
        }
        organisations.findByCode("SCN")
                .ifPresent(scn -> board("godk-scn", "demo.user.boardApprover", scn, Role.BOARD_APPROVER));
    }

    private void central(String username, String nameKey, Role role) {
        users.createIfMissing(username, PASSWORD, message(nameKey), email(username), null, Set.of(role));
    }

    private void board(String username, String nameKey, Organisation organisation, Role role) {
        users.createIfMissing(username, PASSWORD, message(nameKey, organisation.getName()), email(username),
                organisation.getCode(), Set.of(role));
    }

    /** "ÄLN" → "aln": lower case, å/ä/ö written a/a/o. */
    static String usernamePart(String code) {
        return code.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
    }

    private static String email(String username) {
        return username + "@kommun.example";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("sv-SE"));
    }
}
