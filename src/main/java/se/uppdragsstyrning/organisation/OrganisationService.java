package se.uppdragsstyrning.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations of the municipality: look-ups by code or alias, the active set that "all" means, and their
 * names over time. A name change is dated: {@link #nameOn(String, LocalDate)} answers the name an organisation
 * had on a day, so that an old period shows the name it had then; {@link Organisation#getName()} is today's.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final OrganisationNameRepository names;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, OrganisationNameRepository names, Clock clock) {
        this.organisations = organisations;
        this.names = names;
        this.clock = clock;
    }

    /** A name and the day it was taken. */
    public record DatedName(String name, LocalDate validFrom) {

        static DatedName of(OrganisationName name) {
            return new DatedName(name.getName(), name.getValidFrom());
        }
    }

    /** Finds an organisation by its code (case-insensitive) or one of its aliases. */
    public Optional<Organisation> resolve(String codeOrAlias) {
        if (codeOrAlias == null || codeOrAlias.isBlank()) {
            return Optional.empty();
        }
        String key = codeOrAlias.trim();
        return organisations.findByCode(key)
                .or(() -> organisations.findByCode(key.toUpperCase(Locale.ROOT)))
                .or(() -> organisations.findByAlias(key));
    }

    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code);
    }

    /** The organisation that has the alias (any case), if any. */
    public Optional<Organisation> findByAlias(String alias) {
        return organisations.findByAlias(alias);
    }

    public Organisation get(Long id) {
        return organisations.findById(id).orElseThrow();
    }

    /**
     * The organisations with the ids, by id, read in one query: what a list of another module's rows that refer to
     * organisations by id needs for their codes and names. Null ids and unknown ids are left out.
     */
    public Map<Long, Organisation> byIds(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<Long, Organisation> found = new HashMap<>();
        organisations.findAllById(wanted).forEach(o -> found.put(o.getId(), o));
        return found;
    }

    public List<Organisation> all() {
        return organisations.findAllByOrderByName();
    }

    /** What "Alla nämnder och bolag" expands to: the organisations active today (within their active dates). */
    public List<Organisation> active() {
        LocalDate today = LocalDate.now(clock);
        return organisations.findByActiveTrueOrderByName().stream().filter(o -> o.isActiveOn(today)).toList();
    }

    /**
     * The name the organisation had on the day: the name taken last on or before it (before its first known name,
     * that first name); empty for an unknown code.
     */
    public Optional<String> nameOn(String code, LocalDate day) {
        return organisations.findByCode(code).map(organisation -> nameOn(
                names.findByOrganisationIdOrderByValidFrom(organisation.getId()).stream().map(DatedName::of).toList(),
                day, organisation.getName()));
    }

    /** The name taken last on or before the day; before the first, the first; without any, {@code today}. */
    private static String nameOn(List<DatedName> history, LocalDate day, String today) {
        return history.stream().filter(n -> !n.validFrom().isAfter(day)).reduce((a, b) -> b)
                .or(() -> history.stream().findFirst()).map(DatedName::name).orElse(today);
    }

    /**
     * The dated names of the organisations, read at once, for a page that shows many organisations in old periods:
     * {@link DatedNames#on(Organisation, LocalDate)} answers as {@link #nameOn(String, LocalDate)} does.
     */
    public DatedNames datedNames(Collection<Organisation> of) {
        Set<Long> ids = of.stream().filter(Objects::nonNull).map(Organisation::getId).collect(Collectors.toSet());
        Map<Long, List<DatedName>> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            names.findByOrganisationIdInOrderByValidFrom(ids).forEach(n -> byId
                    .computeIfAbsent(n.getOrganisationId(), id -> new ArrayList<>()).add(DatedName.of(n)));
        }
        return new DatedNames(byId, LocalDate.now(clock));
    }

    /** Organisations' names over time, as {@link #datedNames(Collection)} read them. */
    public static final class DatedNames {

        private final Map<Long, List<DatedName>> byId;
        private final LocalDate today;

        private DatedNames(Map<Long, List<DatedName>> byId, LocalDate today) {
            this.byId = byId;
            this.today = today;
        }

        /**
         * The name the organisation had on the day, such as a period's last day; a day still to come (a period under
         * way) reads as today, so that a name decided for later is not shown before it is taken. Before its first
         * known name, that one; without any, today's.
         */
        public String on(Organisation organisation, LocalDate day) {
            return nameOn(of(organisation), day.isAfter(today) ? today : day, organisation.getName());
        }

        /** Every name the organisation has had, the oldest first. */
        public List<DatedName> of(Organisation organisation) {
            return byId.getOrDefault(organisation.getId(), List.of());
        }
    }

    /** Every name the organisation has had, the oldest first. */
    public List<DatedName> names(String code) {
        return organisations.findByCode(code)
                .map(o -> names.findByOrganisationIdOrderByValidFrom(o.getId()).stream().map(DatedName::of).toList())
                .orElse(List.of());
    }

    /** An inactive organisation gets no new reporting tasks and is not part of "all". */
    @Transactional
    public Organisation setActive(String code, boolean active) {
        Organisation organisation = organisations.findByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Okänd organisation: " + code));
        organisation.setActive(active);
        return organisation;
    }

    /** Creates the organisation or updates its name (from today) and kind; returns it. */
    @Transactional
    public Organisation upsert(String code, String name, OrganisationKind kind) {
        return upsert(code, name, kind, LocalDate.now(clock));
    }

    /**
     * Creates the organisation, or records that it had the name from the day on (a day after today counts as
     * today). A day before the current name's leaves today's name as it is: the name is kept as the one it had
     * then, so that reading an older file does not rename today's organisation. The kind is taken only from a
     * name that is current.
     */
    @Transactional
    public Organisation upsert(String code, String name, OrganisationKind kind, LocalDate asOf) {
        LocalDate day = asOf.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : asOf;
        Optional<Organisation> existing = organisations.findByCode(code);
        if (existing.isEmpty()) {
            Organisation created = organisations.save(new Organisation(code, name, kind, clock.instant()));
            names.save(new OrganisationName(created.getId(), name, day));
            return created;
        }
        Organisation organisation = existing.get();
        boolean current = recordName(organisation, name, day);
        if (current) {
            organisation.rename(organisation.getName(), kind);
        }
        return organisation;
    }

    /**
     * Creates an organisation (the administrator's form); its name holds from {@code validFrom}.
     *
     * @throws IllegalArgumentException when the code is taken
     */
    @Transactional
    public Organisation create(String code, String name, OrganisationKind kind, LocalDate validFrom,
            Collection<String> aliases, LocalDate activeFrom, LocalDate activeTo) {
        if (organisations.findByCode(code).isPresent()) {
            throw new IllegalArgumentException("Koden finns redan: " + code);
        }
        Organisation created = organisations.save(new Organisation(code, name, kind, clock.instant()));
        names.save(new OrganisationName(created.getId(), name, validFrom));
        aliases.forEach(created::addAlias);
        created.setActivePeriod(activeFrom, activeTo);
        return created;
    }

    /**
     * Changes what the administrator keeps of an organisation: a new name from a day on (kept beside the earlier
     * ones), its kind, aliases, whether it is active and its active dates.
     */
    @Transactional
    public Organisation update(String code, String name, LocalDate nameFrom, OrganisationKind kind,
            Collection<String> aliases, boolean active, LocalDate activeFrom, LocalDate activeTo) {
        Organisation organisation = organisations.findByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Okänd organisation: " + code));
        if (!Objects.equals(nameOn(code, nameFrom).orElse(null), name)) {
            recordName(organisation, name, nameFrom);
        }
        organisation.rename(organisation.getName(), kind);
        new ArrayList<>(organisation.getAliases()).stream().filter(a -> !aliases.contains(a))
                .forEach(organisation::removeAlias);
        aliases.forEach(organisation::addAlias);
        organisation.setActive(active);
        organisation.setActivePeriod(activeFrom, activeTo);
        return organisation;
    }

    /**
     * Records that the organisation was called {@code name} from the day on, drops entries that repeat the name
     * before them, and sets today's name from the history.
     *
     * @return whether the day is that of the name valid today (so the entry is today's name)
     */
    private boolean recordName(Organisation organisation, String name, LocalDate day) {
        List<OrganisationName> history = new ArrayList<>(
                names.findByOrganisationIdOrderByValidFrom(organisation.getId()));
        Optional<OrganisationName> sameDay = history.stream().filter(n -> n.getValidFrom().equals(day)).findFirst();
        if (sameDay.isPresent()) {
            sameDay.get().setName(name);
        } else {
            OrganisationName entry = names.save(new OrganisationName(organisation.getId(), name, day));
            history.add(entry);
            history.sort(Comparator.comparing(OrganisationName::getValidFrom));
        }
        String previous = null;
        for (OrganisationName entry : List.copyOf(history)) {
            if (entry.getName().equals(previous)) {
                names.delete(entry);
                history.remove(entry);
            } else {
                previous = entry.getName();
            }
        }
        LocalDate today = LocalDate.now(clock);
        OrganisationName current = history.stream().filter(n -> !n.getValidFrom().isAfter(today))
                .reduce((a, b) -> b).orElse(history.get(0));
        organisation.rename(current.getName(), organisation.getKind());
        return !day.isBefore(current.getValidFrom());
    }
}
