package se.uppdragsstyrning.status;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService.DatedNames;

/** An organisation's stored reporting progress in a period. */
@Entity
@Table(name = "organisation_progress")
class OrganisationProgressRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_rollup_id")
    private PeriodRollupRecord periodRollup;

    /** The organisation (the organisation module's) by id. */
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    private int submitted;

    @Column(name = "open_reports")
    private int open;

    /** Overdue when it was computed; a read derives it from the clock ({@link #view(boolean)}). */
    private int overdue;

    protected OrganisationProgressRecord() {
    }

    OrganisationProgressRecord(PeriodRollupRecord periodRollup, Long organisationId) {
        this.periodRollup = periodRollup;
        this.organisationId = organisationId;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    /** The progress as read; when the period's reports are overdue every open one is. */
    /** The organisation under the name it had on the day (the period's end). */
    OrganisationProgress view(Organisation organisation, DatedNames names, LocalDate day, boolean overdue) {
        return new OrganisationProgress(organisation.getCode(), names.on(organisation, day), submitted, open,
                overdue ? open : 0);
    }

    void update(int submitted, int open, int overdue) {
        this.submitted = submitted;
        this.open = open;
        this.overdue = overdue;
    }
}
