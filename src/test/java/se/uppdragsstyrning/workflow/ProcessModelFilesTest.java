package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.zeebe.dmn.DecisionEngineFactory;
import io.camunda.zeebe.dmn.ParsedDecision;
import io.camunda.zeebe.dmn.ParsedDecisionRequirementsGraph;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.Definitions;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.w3c.dom.Element;

/**
 * What the process owner's files in {@code bpmn/} and {@code forms/} must satisfy beyond deploying: they open
 * laid out in Camunda Modeler, every element says in Swedish what it does, user tasks are job-based (the task
 * gateway completes them as jobs), they target Camunda 8.8, and the references between the files resolve.
 */
class ProcessModelFilesTest {

    private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyModelParsesAndValidates() throws IOException {
        List<String> names = new ArrayList<>();
        for (Resource file : files(".bpmn")) {
            Bpmn.validateModel(read(file));
            names.add(file.getFilename());
        }
        assertThat(names).contains("assignment-lifecycle.bpmn", "reporting-period.bpmn");
    }

    @Test
    void everyModelTargetsCamunda88() throws IOException {
        for (Resource file : files(".bpmn")) {
            Definitions definitions = read(file).getDefinitions();
            assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))
                    .as(file.getFilename()).isEqualTo("Camunda Cloud");
            assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))
                    .as(file.getFilename()).isEqualTo("8.8.0");
        }
    }

    @Test
    void everyElementHasANameAndDocumentation() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource file : files(".bpmn")) {
            BpmnModelInstance model = read(file);
            Stream.of(Process.class, FlowNode.class, Message.class)
                    .flatMap(type -> model.getModelElementsByType(type).stream())
                    .forEach(element -> describe(file, element, nameOf(element), problems));
            for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
                if (gateway.getOutgoing().size() > 1) {
                    gateway.getOutgoing().forEach(flow -> describe(file, flow, flow.getName(), problems));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyElementIsLaidOut() throws IOException {
        for (Resource file : files(".bpmn")) {
            BpmnModelInstance model = read(file);
            Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
            Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
            assertThat(shapes).as(file.getFilename()).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
            assertThat(edges).as(file.getFilename()).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
        }
    }

    @Test
    void userTasksAreJobBasedWithDeployedFormsGroupsAndDueDates() throws IOException {
        Set<String> formIds = forms().keySet();
        int userTasks = 0;
        for (Resource file : files(".bpmn")) {
            BpmnModelInstance model = read(file);
            assertThat(model.getModelElementsByType(ZeebeUserTask.class))
                    .as("%s: <zeebe:userTask/> cannot be completed on the in-memory engine", file.getFilename())
                    .isEmpty();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = file.getFilename() + " " + task.getId();
                assertThat(task.getSingleExtensionElement(ZeebeFormDefinition.class)).as(where).isNotNull()
                        .extracting(ZeebeFormDefinition::getFormId).isIn(formIds);
                assertThat(task.getSingleExtensionElement(ZeebeAssignmentDefinition.class)).as(where).isNotNull()
                        .extracting(ZeebeAssignmentDefinition::getCandidateGroups).isNotNull();
                assertThat(task.getSingleExtensionElement(ZeebeTaskSchedule.class)).as(where).isNotNull()
                        .extracting(ZeebeTaskSchedule::getDueDate).isNotNull();
                userTasks++;
            }
        }
        assertThat(userTasks).isEqualTo(3);
    }

    @Test
    void businessRuleTasksCallDecisionsThatExist() throws Exception {
        Set<String> decisionIds = new HashSet<>();
        for (Resource file : files(".dmn")) {
            try (InputStream content = file.getInputStream()) {
                ParsedDecisionRequirementsGraph graph = DecisionEngineFactory.createDecisionEngine().parse(content);
                assertThat(graph.isValid()).as(file.getFilename() + ": " + graph.getFailureMessage()).isTrue();
                graph.getDecisions().stream().map(ParsedDecision::getId).forEach(decisionIds::add);
            }
        }
        assertThat(decisionIds).containsExactlyInAnyOrder("combined-status", "goal-status");

        for (Resource file : files(".bpmn")) {
            for (BusinessRuleTask task : read(file).getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(task.getSingleExtensionElement(ZeebeCalledDecision.class).getDecisionId())
                        .as(task.getId()).isIn(decisionIds);
            }
        }
    }

    @Test
    void decisionTablesUseHitPolicyFirstAndDescribeEveryRule() throws Exception {
        for (Resource file : files(".dmn")) {
            Element root;
            try (InputStream content = file.getInputStream()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                root = factory.newDocumentBuilder().parse(content).getDocumentElement();
            }
            assertThat(root.getAttributeNS(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Cloud");
            assertThat(root.getAttributeNS(MODELER_NS, "executionPlatformVersion")).as(file.getFilename())
                    .isEqualTo("8.8.0");
            Element table = (Element) root.getElementsByTagNameNS("*", "decisionTable").item(0);
            assertThat(table.getAttribute("hitPolicy")).as(file.getFilename()).isEqualTo("FIRST");
            var rules = table.getElementsByTagNameNS("*", "rule");
            assertThat(rules.getLength()).as(file.getFilename()).isPositive();
            for (int i = 0; i < rules.getLength(); i++) {
                Element rule = (Element) rules.item(i);
                assertThat(rule.getElementsByTagNameNS("*", "description").item(0))
                        .as(file.getFilename() + " " + rule.getAttribute("id")).isNotNull()
                        .extracting(node -> node.getTextContent().isBlank()).isEqualTo(false);
            }
        }
    }

    @Test
    void formsAreCamundaFormsNamedAfterTheirIdWithTheProcessVariablesAsKeys() throws IOException {
        Map<String, JsonNode> forms = forms();
        assertThat(forms.keySet()).containsExactlyInAnyOrder("board-report", "compilation", "ks-approval");
        forms.forEach((id, form) -> {
            assertThat(form.path("type").asText()).as(id).isEqualTo("default");
            assertThat(form.path("schemaVersion").asInt()).as(id).isEqualTo(16);
            assertThat(form.path("executionPlatform").asText()).as(id).isEqualTo("Camunda Cloud");
            assertThat(form.path("executionPlatformVersion").asText()).as(id).isEqualTo("8.8.0");
            assertThat(components(form)).as(id + ": a text with instructions")
                    .anySatisfy(component -> assertThat(component.path("type").asText()).isEqualTo("text"));
        });
        assertThat(keys(forms.get("board-report")))
                .containsExactlyInAnyOrder("status", "assessment", "estimatedEndYear", "comment");
        assertThat(keys(forms.get("compilation")))
                .containsExactlyInAnyOrder("combinedStatus", "combinedAssessment", "combinedEndYear");
        assertThat(keys(forms.get("ks-approval")))
                .containsExactlyInAnyOrder("decision", "returnedAssignments", "comment", "reviewed");
        assertThat(forms.values().stream().flatMap(ProcessModelFilesTest::components))
                .anySatisfy(component -> assertThat(component.path("type").asText()).isEqualTo("group"));
    }

    @Test
    void boardReportFormValidatesWithPlainRules() throws IOException {
        Map<String, JsonNode> fields = components(forms().get("board-report"))
                .filter(component -> component.hasNonNull("key"))
                .collect(Collectors.toMap(component -> component.get("key").asText(), component -> component));

        assertThat(fields.get("status").path("validate").path("required").asBoolean()).isTrue();
        assertThat(fields.get("status").path("values").findValuesAsText("value"))
                .containsExactly("GREEN_DONE", "GREEN_ON_TRACK", "YELLOW", "RED");
        JsonNode assessment = fields.get("assessment").path("validate");
        assertThat(assessment.path("required").asBoolean()).isTrue();
        assertThat(assessment.path("minLength").asInt()).isEqualTo(20);
        assertThat(assessment.path("maxLength").asInt()).isEqualTo(20000);
        JsonNode endYear = fields.get("estimatedEndYear");
        assertThat(endYear.path("validate").path("min").asInt()).isEqualTo(2020);
        assertThat(endYear.path("validate").path("max").asInt()).isEqualTo(2100);
        assertThat(endYear.path("validate").path("required").asBoolean()).isTrue();
        assertThat(endYear.path("conditional").path("hide").asText())
                .as("required unless the status is red: a hidden field is neither validated nor submitted")
                .isEqualTo("=status = \"RED\"");
        assertThat(fields.get("comment").path("validate").path("maxLength").asInt()).isEqualTo(2000);
    }

    private static void describe(Resource file, BaseElement element, String name, List<String> problems) {
        String where = file.getFilename() + " " + element.getId();
        if (name == null || name.isBlank()) {
            problems.add(where + " has no name");
        }
        if (element.getDocumentations().stream().allMatch(doc -> doc.getTextContent().isBlank())) {
            problems.add(where + " has no documentation");
        }
    }

    private static String nameOf(BaseElement element) {
        return element.getAttributeValue("name");
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }

    private static List<Resource> files(String suffix) {
        return DeployedProcesses.resources().stream().filter(file -> file.getFilename().endsWith(suffix)).toList();
    }

    private static BpmnModelInstance read(Resource file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return Bpmn.readModelFromStream(content);
        }
    }

    private static Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new TreeMap<>();
        for (Resource file : files(".form")) {
            JsonNode form;
            try (InputStream content = file.getInputStream()) {
                form = JSON.readTree(content);
            }
            assertThat(form.path("id").asText()).as("form id of " + file.getFilename())
                    .isEqualTo(file.getFilename().replace(".form", ""));
            forms.put(form.path("id").asText(), form);
        }
        return forms;
    }

    private static Stream<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        container.path("components").forEach(component -> {
            all.add(component);
            components(component).forEach(all::add);
        });
        return all.stream();
    }

    private static Set<String> keys(JsonNode form) {
        return components(form).filter(component -> component.hasNonNull("key"))
                .map(component -> component.get("key").asText()).collect(Collectors.toSet());
    }
}
