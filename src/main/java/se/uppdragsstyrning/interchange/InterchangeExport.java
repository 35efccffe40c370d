package se.uppdragsstyrning.interchange;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.DecisionReference;
import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.assignment.GoalSection;
import se.uppdragsstyrning.assignment.Parties;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.reporting.AssessmentEntry;
import se.uppdragsstyrning.reporting.GoalPeriodText;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.UppdragProperties;

/**
 * Writes a period in the interchange format (schemaVersion 1), the same format the import reads: the register's
 * organisations, the goals and assignments that have an assessment in the period with that assessment as their
 * report, and the texts published for the goal when the period covers one goal. Derived fields (the period's
 * label, the status legend, each report's status text) come from the period and the statuses.
 */
@Service
@Transactional(readOnly = true)
public class InterchangeExport {

    private final ObjectMapper json;
    private final OrganisationService organisations;
    private final ReportingService reporting;
    private final String municipality;
    private final AssignmentService assignments;

    InterchangeExport(ObjectMapper json, OrganisationService organisations, ReportingService reporting,
            UppdragProperties settings, AssignmentService assignments) {
        this.json = json;
        this.organisations = organisations;
        this.reporting = reporting;
        this.assignments = assignments;
        this.municipality = settings.municipality();
    }

    /** The period's file, or empty when the period does not exist. */
    public Optional<ObjectNode> export(PeriodId id) {
        return reporting.period(id).map(this::export);
    }

    private ObjectNode export(ReportingPeriod period) {
        List<AssessmentEntry> assessments = reporting.assessments(period).stream()
                .sorted(Comparator.comparing(AssessmentEntry::assignment, Assignment.COUNCIL_ORDER))
                .toList();
        Map<Integer, Goal> goals = new LinkedHashMap<>();
        assessments.stream().map(a -> a.assignment().getGoal())
                .sorted(Comparator.comparingInt(Goal::getNumber))
                .forEach(goal -> goals.putIfAbsent(goal.getNumber(), goal));

        ObjectNode file = json.createObjectNode();
        file.put("schemaVersion", InterchangeValidator.SCHEMA_VERSION);
        file.put("municipality", municipality);
        file.putObject("period")
                .put("year", period.getYear())
                .put("kind", period.getKind().name())
                .put("label", period.getLabel());
        ArrayNode legend = file.putArray("statusLegend");
        for (ReportStatus status : ReportStatus.values()) {
            legend.addObject().put("code", status.name()).put("label", status.label()).put("meaning", status.meaning());
        }
        ArrayNode organisationList = file.putArray("organisations");
        organisations.all().stream().sorted(Comparator.comparing(Organisation::getId)).forEach(o -> organisationList
                .addObject().put("code", o.getCode()).put("name", o.getName()).put("kind", o.getKind().name()));
        ArrayNode goalList = file.putArray("goals");
        goals.values().forEach(goal -> goalList.add(goal(goal)));
        ArrayNode assignmentList = file.putArray("assignments");
        Map<Long, Parties> parties = assignments.parties(assessments.stream().map(AssessmentEntry::assignment)
                .toList());
        assessments.forEach(assessment -> assignmentList.add(assignment(assessment,
                parties.get(assessment.assignment().getId()))));
        if (goals.size() == 1) {
            reporting.goalText(goals.values().iterator().next(), period)
                    .ifPresent(text -> file.set("publishedSummary", summary(text)));
        }
        return file;
    }

    private ObjectNode goal(Goal goal) {
        ObjectNode node = json.createObjectNode().put("number", goal.getNumber()).put("title", goal.getTitle());
        ArrayNode sections = node.putArray("description");
        for (GoalSection section : goal.getSections()) {
            sections.addObject().put("heading", section.heading()).put("text", section.text());
        }
        return node;
    }

    private ObjectNode assignment(AssessmentEntry assessment, Parties parties) {
        Assignment assignment = assessment.assignment();
        ObjectNode node = json.createObjectNode()
                .put("ref", assignment.getRef())
                .put("goal", assignment.getGoal().getNumber())
                .put("number", assignment.getNumber())
                .put("origin", assignment.getOrigin().name())
                .put("title", assignment.getTitle())
                .put("description", assignment.getDescription());
        node.set("concerned", codes(parties.concerned()));
        node.set("responsible", parties.responsibleAll()
                ? json.createArrayNode().add(InterchangeValidator.ALL)
                : codes(parties.responsible()));
        node.set("decision", decision(assignment.getDecision()));
        if (assignment.getBudgetYear() != null && assignment.getBudgetYear() != assessment.period().year()) {
            node.put("budgetYear", assignment.getBudgetYear()); // the import's default is the period's year
        }
        if (assignment.getContinuesRef() != null) {
            node.put("continues", assignment.getContinuesRef());
        }
        node.putObject("report")
                .put("status", assessment.status().name())
                .put("statusText", assessment.status().statusText())
                .put("reportedAs", assessment.reportedAs())
                .put("assessment", assessment.assessment())
                .put("estimatedEndYear", assessment.estimatedEndYear());
        return node;
    }

    private ArrayNode codes(List<Organisation> organisationList) {
        ArrayNode codes = json.createArrayNode();
        organisationList.forEach(o -> codes.add(o.getCode()));
        return codes;
    }

    private JsonNode decision(DecisionReference decision) {
        if (decision == null) {
            return NullNode.getInstance();
        }
        return json.createObjectNode()
                .put("caseNumber", decision.caseNumber())
                .put("body", decision.body())
                .put("date", decision.date() == null ? null : decision.date().toString())
                .put("paragraph", decision.paragraph())
                .put("title", decision.title());
    }

    private ObjectNode summary(GoalPeriodText text) {
        ObjectNode node = json.createObjectNode()
                .put("goalStatus", text.getGoalStatus())
                .put("goalStatusText", text.getGoalStatusText())
                .put("forecastText", text.getForecastText());
        node.set("claimed", claimed(text.getClaimedJson()));
        return node;
    }

    private JsonNode claimed(String claimedJson) {
        if (claimedJson == null) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(claimedJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored claimed numbers are not JSON: " + claimedJson, e);
        }
    }
}
