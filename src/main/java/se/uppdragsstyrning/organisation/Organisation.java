package se.uppdragsstyrning.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** A board or company that the council's assignments are given to. */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private boolean active = true;

    private Instant createdAt;

    /** The first day it takes part (null: since always). */
    private LocalDate activeFrom;

    /** The last day it takes part (null: until further notice). */
    private LocalDate activeTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "alias")
    private Set<String> aliases = new TreeSet<>();

    protected Organisation() {
    }

    /** @param createdAt when it is registered (the service's clock) */
    public Organisation(String code, String name, OrganisationKind kind, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public LocalDate getActiveTo() {
        return activeTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Active and, on the day, within its active dates. */
    public boolean isActiveOn(LocalDate day) {
        return active && (activeFrom == null || !day.isBefore(activeFrom))
                && (activeTo == null || !day.isAfter(activeTo));
    }

    public void setActivePeriod(LocalDate from, LocalDate to) {
        this.activeFrom = from;
        this.activeTo = to;
    }

    public Set<String> getAliases() {
        return Collections.unmodifiableSet(aliases);
    }

    public void rename(String name, OrganisationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void addAlias(String alias) {
        aliases.add(alias);
    }

    public void removeAlias(String alias) {
        aliases.remove(alias);
    }
}
