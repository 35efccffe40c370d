package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The changes between two versions, as the catalogue lists them, and the diagram drawn with its counts. */
class ModelDiffTest {

    @Test
    void aChangedRuleAnAddedTaskAndARemovedComponentAreNamedByTheirIds() {
        String table = ModelValidatorTest.bundled("goal-status.dmn").text();
        assertThat(ModelDiff.between(ModelKind.DECISION, table,
                table.replace("<text>&gt;= 0.8</text>", "<text>&gt;= 0.9</text>")))
                .containsExactly(new ModelChange(ModelChange.Change.CHANGED, "Rule_MostlyGreen", "rule",
                        "Minst fyra femtedelar av uppdragen är slutförda eller går enligt plan."));

        String process = ModelValidatorTest.bundled("reporting-period.bpmn").text();
        String moved = process.replace("<dc:Bounds x=\"", "<dc:Bounds x=\"1");
        assertThat(ModelDiff.between(ModelKind.PROCESS, process, moved)).as("the layout is not a change").isEmpty();
        String renamed = process.replace("name=\"Publicera uppföljningen\"", "name=\"Publicera\"");
        assertThat(ModelDiff.between(ModelKind.PROCESS, process, renamed)).extracting(ModelChange::id)
                .containsExactly("Task_PublishPeriod");

        String form = ModelValidatorTest.bundled("ks-approval.form").text();
        String without = form.replace("\"key\": \"comment\"", "\"key\": \"kommentar\"");
        assertThat(ModelDiff.between(ModelKind.FORM, form, without)).extracting(ModelChange::change)
                .containsExactly(ModelChange.Change.CHANGED);
        assertThat(ModelDiff.between(ModelKind.FORM, null, form)).isNotEmpty()
                .allMatch(c -> c.change() == ModelChange.Change.ADDED);
    }

    @Test
    void theDiagramHasEveryElementAndItsCountsAndEscapesTheNames() {
        String process = ModelValidatorTest.bundled("reporting-period.bpmn").text()
                .replace("name=\"Publicera uppföljningen\"", "name=\"Publicera &lt;script&gt;\"");
        String svg = DiagramSvg.render(process, Map.of("Task_KsApproval", 3L), Map.of("Task_PublishPeriod", 1L));
        assertThat(svg).startsWith("<svg").contains("<title>Task_KsApproval: Godkänn periodens uppföljning</title>")
                .contains("class=\"count-tasks\"").contains(">3</text>").contains("class=\"count-incidents\"")
                .contains("&lt;script&gt;").doesNotContain("<script>");
    }
}
