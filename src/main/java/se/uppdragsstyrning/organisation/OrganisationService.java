package se.uppdragsstyrning.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of the municipality: look-ups by code or alias, and the active set that "all" means. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Finds an organisation by its code (case-insensitive) or one of its aliases. */
    public Optional<Organisation> resolve(String codeOrAlias) {
        if (codeOrAlias == null || codeOrAlias.isBlank()) {
            return Optional.empty();
        }
        String key = codeOrAlias.trim();
        return organisations.findByCode(key)
                .or(() -> organisations.findByCode(key.toUpperCase(java.util.Locale.ROOT)))
                .or(() -> organisations.findByAlias(key));
    }

    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code);
    }

    public Organisation get(Long id) {
        return organisations.findById(id).orElseThrow();
    }

    public List<Organisation> all() {
        return organisations.findAllByOrderByName();
    }

    /** What "Alla nämnder och bolag" expands to. */
    public List<Organisation> active() {
        return organisations.findByActiveTrueOrderByName();
    }

    /** An inactive organisation gets no new reporting tasks and is not part of "all". */
    @Transactional
    public Organisation setActive(String code, boolean active) {
        Organisation organisation = organisations.findByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Okänd organisation: " + code));
        organisation.setActive(active);
        return organisation;
    }

    /** Creates the organisation or updates its name and kind; returns it. */
    @Transactional
    public Organisation upsert(String code, String name, OrganisationKind kind) {
        Organisation organisation = organisations.findByCode(code)
                .orElseGet(() -> organisations.save(new Organisation(code, name, kind, clock.instant())));
        organisation.rename(name, kind);
        return organisation;
    }
}
