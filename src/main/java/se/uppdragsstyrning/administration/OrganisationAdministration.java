package se.uppdragsstyrning.administration;

import static se.uppdragsstyrning.administration.UserAdministration.trimmed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.administration.AdminChange.Subject;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.organisation.OrganisationService.DatedName;
import se.uppdragsstyrning.organisation.OrganisationService.DatedNames;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * The administrator's work on organisations: create, and change name (from a date: the earlier names are kept,
 * so an old period shows the name it had then), kind, aliases, whether it is active and its active dates. Every
 * problem of a request is listed in Swedish and nothing is stored; every change is kept in the history.
 */
@Service
@Transactional(readOnly = true)
class OrganisationAdministration {

    private static final Pattern CODE = Pattern.compile("[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9_-]{0,19}");

    /**
     * What a form or an API body gives for an organisation; {@code nameFrom} is the day the name holds from
     * (today when empty), {@code aliases} one per entry.
     */
    record OrganisationForm(String code, String name, LocalDate nameFrom, String kind, List<String> aliases,
            Boolean active, LocalDate activeFrom, LocalDate activeTo) {

        static OrganisationForm of(Organisation organisation) {
            return new OrganisationForm(organisation.getCode(), organisation.getName(), null,
                    organisation.getKind().name(), List.copyOf(organisation.getAliases()), organisation.isActive(),
                    organisation.getActiveFrom(), organisation.getActiveTo());
        }

        /** The aliases written one per line or separated by commas (the page's text area). */
        static List<String> aliasesFrom(String text) {
            return text == null ? List.of()
                    : Arrays.stream(text.split("[,\\n]")).map(String::trim).filter(a -> !a.isEmpty()).toList();
        }
    }

    /** An organisation as the administration shows it, with its names over time. */
    record OrganisationView(String code, String name, OrganisationKind kind, List<String> aliases, boolean active,
            boolean activeToday, LocalDate activeFrom, LocalDate activeTo, List<DatedName> names) {
    }

    private final OrganisationService organisations;
    private final AdminHistory history;
    private final AdminMessages messages;
    private final Clock clock;

    OrganisationAdministration(OrganisationService organisations, AdminHistory history, AdminMessages messages,
            Clock clock) {
        this.organisations = organisations;
        this.history = history;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<OrganisationView> organisations() {
        List<Organisation> all = organisations.all();
        DatedNames names = organisations.datedNames(all);
        return all.stream().map(o -> view(o, names.of(o))).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationView organisation(String code) {
        return view(existing(code));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationForm form(String code) {
        return OrganisationForm.of(existing(code));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AdminHistory.Entry> history(String code) {
        return history.of(Subject.ORGANISATION, existing(code).getCode());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationView create(OrganisationForm form, String actor) {
        List<Problem> problems = new ArrayList<>();
        String code = trimmed(form.code());
        if (code == null) {
            problems.add(messages.problem("code", "admin.organisation.code.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(messages.problem("code", "admin.organisation.code.format"));
        } else if (organisations.findByCode(code).isPresent()) {
            problems.add(messages.problem("code", "admin.organisation.code.taken", code));
        }
        Checked checked = check(form, code, problems);
        AdminMessages.refuseIf(problems);
        Organisation created = organisations.create(code, checked.name(), checked.kind(), checked.nameFrom(),
                checked.aliases(), form.activeFrom(), form.activeTo());
        if (Boolean.FALSE.equals(form.active())) {
            organisations.setActive(code, false);
        }
        history.record(actor, Subject.ORGANISATION, code, "created", null,
                checked.name() + " (" + checked.kind() + ")");
        return view(created);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationView update(String code, OrganisationForm form, String actor) {
        Organisation organisation = existing(code);
        List<Problem> problems = new ArrayList<>();
        Checked checked = check(form, code, problems);
        AdminMessages.refuseIf(problems);
        String nameThen = organisations.nameOn(code, checked.nameFrom()).orElse(organisation.getName());
        if (!Objects.equals(nameThen, checked.name())) {
            history.record(actor, Subject.ORGANISATION, code, "name", nameThen,
                    messages.get("admin.history.nameFrom", checked.name(), checked.nameFrom()));
        }
        history.record(actor, Subject.ORGANISATION, code, "kind", organisation.getKind(), checked.kind());
        history.record(actor, Subject.ORGANISATION, code, "aliases", organisation.getAliases(), checked.aliases());
        boolean active = form.active() == null ? organisation.isActive() : form.active();
        history.record(actor, Subject.ORGANISATION, code, "active", organisation.isActive(), active);
        history.record(actor, Subject.ORGANISATION, code, "activeFrom", organisation.getActiveFrom(),
                form.activeFrom());
        history.record(actor, Subject.ORGANISATION, code, "activeTo", organisation.getActiveTo(), form.activeTo());
        return view(organisations.update(code, checked.name(), checked.nameFrom(), checked.kind(),
                checked.aliases(), active, form.activeFrom(), form.activeTo()));
    }

    private record Checked(String name, LocalDate nameFrom, OrganisationKind kind, Set<String> aliases) {
    }

    private Checked check(OrganisationForm form, String code, List<Problem> problems) {
        LocalDate today = LocalDate.now(clock);
        String name = trimmed(form.name());
        if (name == null) {
            problems.add(messages.problem("name", "admin.organisation.name.required"));
        } else if (name.length() > 200) {
            problems.add(messages.problem("name", "admin.tooLong", 200));
        }
        LocalDate nameFrom = form.nameFrom() == null ? today : form.nameFrom();
        if (nameFrom.isAfter(today)) {
            problems.add(messages.problem("nameFrom", "admin.organisation.nameFrom.future"));
        }
        OrganisationKind kind = null;
        try {
            kind = OrganisationKind.valueOf(String.valueOf(form.kind()).trim());
        } catch (IllegalArgumentException e) {
            problems.add(messages.problem("kind", "admin.organisation.kind.unknown"));
        }
        Set<String> aliases = new LinkedHashSet<>();
        for (String alias : form.aliases() == null ? List.<String>of() : form.aliases()) {
            String trimmedAlias = trimmed(alias);
            if (trimmedAlias == null) {
                continue;
            }
            if (trimmedAlias.length() > 200) {
                problems.add(messages.problem("aliases", "admin.tooLong", 200));
            } else {
                Optional<Organisation> holder = organisations.findByAlias(trimmedAlias)
                        .filter(o -> !o.getCode().equals(code));
                if (holder.isPresent()) {
                    problems.add(messages.problem("aliases", "admin.organisation.alias.taken", trimmedAlias,
                            holder.get().getCode()));
                } else {
                    aliases.add(trimmedAlias);
                }
            }
        }
        if (form.activeFrom() != null && form.activeTo() != null && form.activeTo().isBefore(form.activeFrom())) {
            problems.add(messages.problem("activeTo", "admin.organisation.activeTo.beforeFrom"));
        }
        return new Checked(name, nameFrom, kind, aliases);
    }

    private Organisation existing(String code) {
        return organisations.findByCode(code).orElseThrow(() -> new ProblemsException(HttpStatus.NOT_FOUND,
                List.of(messages.problem(null, "admin.organisation.unknown", code))));
    }

    private OrganisationView view(Organisation o) {
        return view(o, organisations.names(o.getCode()));
    }

    private OrganisationView view(Organisation o, List<DatedName> names) {
        return new OrganisationView(o.getCode(), o.getName(), o.getKind(), List.copyOf(o.getAliases()),
                o.isActive(), o.isActiveOn(LocalDate.now(clock)), o.getActiveFrom(), o.getActiveTo(), names);
    }
}
