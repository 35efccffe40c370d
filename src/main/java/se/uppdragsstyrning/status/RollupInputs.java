package se.uppdragsstyrning.status;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.reporting.BoardReport;
import se.uppdragsstyrning.reporting.ReportingPeriod;

/**
 * The reads the aggregation needs beyond {@code ReportingService}: a period's board reports with everything
 * the rollup groups by, in one query, and the fingerprint of the data a rollup depends on.
 */
@Component
class RollupInputs {

    private final EntityManager entityManager;

    RollupInputs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<BoardReport> boardReports(ReportingPeriod period) {
        return entityManager.createQuery("select r from BoardReport r join fetch r.assignment a join fetch a.goal"
                + " join fetch r.organisation where r.period = :period", BoardReport.class)
                .setParameter("period", period).getResultList();
    }

    /**
     * Row counts, id sums and version sums of the assessments and board reports of the given periods (the
     * period and every earlier one, which the trend depends on) and of the assignments (which goal they
     * belong to): any insert, update or delete changes it. Every JPA update raises the row's version.
     */
    String fingerprint(List<Long> periodIds) {
        return aggregate("AssignmentAssessment", periodIds) + ";" + aggregate("BoardReport", periodIds) + ";"
                + row(entityManager.createQuery("select count(a), coalesce(sum(a.version), 0) from Assignment a",
                        Object[].class).getSingleResult());
    }

    private String aggregate(String entity, List<Long> periodIds) {
        return row(entityManager.createQuery("select count(x), coalesce(sum(x.id), 0), coalesce(sum(x.version), 0)"
                + " from " + entity + " x where x.period.id in :periods", Object[].class)
                .setParameter("periods", periodIds).getSingleResult());
    }

    private static String row(Object[] values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            text.append(text.isEmpty() ? "" : "/").append(value);
        }
        return text.toString();
    }
}
