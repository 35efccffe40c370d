package se.uppdragsstyrning.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;

import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Checks a process owner's upload before anything of it reaches the engine: each file parses (XML or JSON, with
 * the line of the error), passes Zeebe's own model validation ({@link ZeebeDesignTimeValidators}, what the engine
 * runs at deployment), and keeps what the application depends on ({@link ModelContract}, docs/processes.md): the
 * element ids and variables, forms that exist, job types the application has workers for, the messages and
 * correlation keys it publishes, timers and FEEL expressions that parse, and decision tables that take the inputs
 * the application passes and give the output it reads. Plain Java: no Spring, no engine.
 */
public final class ModelValidator {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FEEL_TEXT_ELEMENTS = Set.of("conditionExpression", "timeDate", "timeDuration",
            "timeCycle", "completionCondition");
    private static final Set<String> TIMER_ELEMENTS = Set.of("timeDate", "timeDuration", "timeCycle");
    private static final Pattern CYCLE = Pattern.compile("R\\d*/.+");
    private static final String NO_VARIABLE = "NO_VARIABLE_FOUND";

    private final Set<String> jobTypes;

    /** @param jobTypes the job types the application has workers for ({@code @JobWorker}) */
    public ModelValidator(Set<String> jobTypes) {
        this.jobTypes = Set.copyOf(jobTypes);
    }

    /** A file that passed, with what it is and its id (process id, decision id, form id). */
    public record Checked(ModelFile file, ModelKind kind, String resourceId) {
    }

    public record Result(List<ModelProblem> problems, List<Checked> models) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param deployedFormIds the forms the engine has already (a user task may link one of them, or one in the
     *                        same upload)
     */
    public Result validate(List<ModelFile> files, Set<String> deployedFormIds) {
        Result all = checkAll(files, deployedFormIds);
        return new Result(all.problems(), all.ok() ? all.models() : List.of());
    }

    /**
     * The problems that break this application's contract but not the engine: what a dry run may still run (a
     * candidate without the reminder timer, a job type nobody works), reported as warnings.
     */
    static final Set<String> CONTRACT_KEYS = Set.of("model.bpmn.missingElement", "model.bpmn.missingVariable",
            "model.bpmn.unknownJobType", "model.bpmn.unknownMessage", "model.bpmn.correlationKey",
            "model.bpmn.unknownDecision", "model.bpmn.noForm", "model.bpmn.unknownForm", "model.bpmn.zeebeUserTask",
            "model.form.missingKey", "model.dmn.output", "model.dmn.outputValue", "model.dmn.inputVariable");

    /** A dry run's check: the errors that stop it, the contract problems it runs with, and the files. */
    record Lenient(List<ModelProblem> errors, List<ModelProblem> warnings, List<Checked> models) {
    }

    /** Validates for a dry run: the contract's problems ({@link #CONTRACT_KEYS}) are warnings, not errors. */
    Lenient validateLeniently(List<ModelFile> files, Set<String> deployedFormIds) {
        Result all = checkAll(files, deployedFormIds);
        List<ModelProblem> errors = all.problems().stream().filter(p -> !CONTRACT_KEYS.contains(p.key())).toList();
        List<ModelProblem> warnings = all.problems().stream().filter(p -> CONTRACT_KEYS.contains(p.key())).toList();
        return new Lenient(errors, warnings, errors.isEmpty() ? all.models() : List.of());
    }

    private Result checkAll(List<ModelFile> files, Set<String> deployedFormIds) {
        List<ModelProblem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(ModelProblem.of(null, null, null, "model.none"));
            return new Result(problems, List.of());
        }
        Map<ModelKind, List<ModelFile>> byKind = new HashMap<>();
        for (ModelFile file : files) {
            Optional<ModelKind> kind = ModelKind.of(file.fileName());
            if (kind.isEmpty()) {
                problems.add(ModelProblem.of(file.fileName(), null, null, "model.file.kind"));
            } else if (file.content().length == 0) {
                problems.add(ModelProblem.of(file.fileName(), null, null, "model.file.empty"));
            } else {
                byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(file);
            }
        }
        Set<String> formIds = new HashSet<>(deployedFormIds);
        for (ModelFile file : byKind.getOrDefault(ModelKind.FORM, List.of())) {
            String id = form(file, problems);
            if (id != null) {
                formIds.add(id);
                checked.add(new Checked(file, ModelKind.FORM, id));
            }
        }
        for (ModelFile file : byKind.getOrDefault(ModelKind.DECISION, List.of())) {
            String id = decision(file, problems);
            if (id != null) {
                checked.add(new Checked(file, ModelKind.DECISION, id));
            }
        }
        for (ModelFile file : byKind.getOrDefault(ModelKind.PROCESS, List.of())) {
            String id = process(file, formIds, problems);
            if (id != null) {
                checked.add(new Checked(file, ModelKind.PROCESS, id));
            }
        }
        Set<String> seen = new HashSet<>();
        for (Checked model : checked) {
            if (!seen.add(model.kind() + ":" + model.resourceId())) {
                problems.add(ModelProblem.of(model.file().fileName(), model.resourceId(), null, "model.duplicate",
                        model.resourceId()));
            }
        }
        return new Result(List.copyOf(problems), List.copyOf(checked));
    }

    /**
     * The id a file deploys under (the executable process's id, the decision's id, the form's id), read without
     * the application's rules; empty when the file does not say.
     */
    public static Optional<String> resourceId(ModelFile file) {
        Optional<ModelKind> kind = ModelKind.of(file.fileName());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (kind.get() == ModelKind.FORM) {
                JsonNode id = JSON.readTree(file.content()).path("id");
                return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
            }
            Element root = LinedXml.parse(file.content()).getDocumentElement();
            String child = kind.get() == ModelKind.PROCESS ? "process" : "decision";
            return children(root, child).stream()
                    .filter(e -> kind.get() == ModelKind.DECISION || !"false".equals(e.getAttribute("isExecutable")))
                    .map(e -> e.getAttribute("id")).findFirst();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- BPMN

    private String process(ModelFile file, Set<String> formIds, List<ModelProblem> problems) {
        String name = file.fileName();
        Document dom = xml(file, problems);
        if (dom == null) {
            return null;
        }
        Map<String, Element> elements = elementsById(dom);
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (RuntimeException e) {
            problems.add(ModelProblem.of(name, null, null, "model.bpmn.schema", rootMessage(e)));
            return null;
        }
        var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        results.getResults().forEach((element, list) -> {
            for (ValidationResult result : list) {
                if (result.getType() == ValidationResultType.ERROR) {
                    String id = idOf(element);
                    problems.add(ModelProblem.of(name, id, line(elements, id), "model.bpmn.zeebe",
                            result.getMessage()));
                }
            }
        });
        List<Process> executable = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).toList();
        if (executable.size() != 1) {
            problems.add(ModelProblem.of(name, null, null, "model.bpmn.processCount", executable.size()));
            return null;
        }
        String processId = executable.get(0).getId();
        Set<String> required = ModelContract.PROCESS_ELEMENTS.get(processId);
        if (required == null) {
            problems.add(ModelProblem.of(name, processId, line(elements, processId), "model.bpmn.unknownProcess",
                    processId, String.join(", ", ModelContract.PROCESS_ELEMENTS.keySet().stream().sorted().toList())));
            return null;
        }
        required.stream().sorted().filter(id -> !elements.containsKey(id)).forEach(id -> problems.add(
                ModelProblem.of(name, id, null, "model.bpmn.missingElement", id)));
        ModelContract.PROCESS_VARIABLES.get(processId).forEach((elementId, variables) -> {
            Element element = elements.get(elementId);
            if (element != null) {
                Set<String> set = variablesSetIn(element);
                variables.stream().filter(v -> !set.contains(v)).forEach(v -> problems.add(ModelProblem.of(name,
                        elementId, LinedXml.line(element), "model.bpmn.missingVariable", v, elementId)));
            }
        });
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            Integer line = line(elements, task.getId());
            if (task.getSingleExtensionElement(ZeebeUserTask.class) != null) {
                problems.add(ModelProblem.of(name, task.getId(), line, "model.bpmn.zeebeUserTask", task.getId()));
            }
            ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            String formId = form == null ? null : form.getFormId();
            if (formId == null || formId.isBlank()) {
                problems.add(ModelProblem.of(name, task.getId(), line, "model.bpmn.noForm", task.getId()));
            } else if (!formIds.contains(formId)) {
                problems.add(ModelProblem.of(name, task.getId(), line, "model.bpmn.unknownForm", task.getId(),
                        formId));
            }
        }
        for (ZeebeTaskDefinition definition : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
            String owner = idOf(definition.getParentElement().getParentElement());
            String type = definition.getType();
            if (type != null && !type.startsWith("=") && !jobTypes.contains(type)) {
                problems.add(ModelProblem.of(name, owner, line(elements, owner), "model.bpmn.unknownJobType",
                        owner, type));
            }
        }
        for (Message message : model.getModelElementsByType(Message.class)) {
            String expected = ModelContract.MESSAGES.get(message.getName());
            Integer line = line(elements, message.getId());
            if (expected == null) {
                problems.add(ModelProblem.of(name, message.getId(), line, "model.bpmn.unknownMessage",
                        String.valueOf(message.getName()), String.join(", ",
                                ModelContract.MESSAGES.keySet().stream().sorted().toList())));
                continue;
            }
            ZeebeSubscription subscription = message.getExtensionElements() == null ? null
                    : message.getExtensionElements().getElementsQuery().filterByType(ZeebeSubscription.class)
                            .list().stream().findFirst().orElse(null);
            String key = subscription == null ? null : subscription.getCorrelationKey();
            if (!expected.equals(key)) {
                problems.add(ModelProblem.of(name, message.getId(), line, "model.bpmn.correlationKey",
                        message.getName(), String.valueOf(key), expected));
            }
        }
        for (ZeebeCalledDecision called : model.getModelElementsByType(ZeebeCalledDecision.class)) {
            String owner = idOf(called.getParentElement().getParentElement());
            if (called.getDecisionId() != null && !called.getDecisionId().startsWith("=")
                    && !ModelContract.DECISIONS.containsKey(called.getDecisionId())) {
                problems.add(ModelProblem.of(name, owner, line(elements, owner), "model.bpmn.unknownDecision", owner,
                        called.getDecisionId()));
            }
        }
        expressions(name, dom.getDocumentElement(), problems);
        return processId;
    }

    /** Every FEEL expression (an attribute or a condition/timer text that begins with =) parses; static timers too. */
    private static void expressions(String file, Element root, List<ModelProblem> problems) {
        walk(root, element -> {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                String value = attributes.item(i).getNodeValue();
                if (value != null && value.startsWith("=")) {
                    feel(file, element, value, problems);
                }
            }
            String local = element.getLocalName();
            if (FEEL_TEXT_ELEMENTS.contains(local)) {
                String text = element.getTextContent().trim();
                if (text.startsWith("=")) {
                    feel(file, element, text, problems);
                } else if (TIMER_ELEMENTS.contains(local) && !staticTimer(local, text)) {
                    Element owner = owner(element);
                    problems.add(ModelProblem.of(file, owner == null ? null : owner.getAttribute("id"),
                            LinedXml.line(element), "model.timer", text));
                }
            }
        });
    }

    private static void feel(String file, Element element, String expression, List<ModelProblem> problems) {
        ParseResult parsed = FEEL.parseExpression(expression.substring(1));
        if (parsed.isFailure()) {
            Element owner = owner(element);
            problems.add(ModelProblem.of(file, owner == null ? null : owner.getAttribute("id"),
                    LinedXml.line(element), "model.feel", expression, parsed.failure().message()));
        }
    }

    static boolean staticTimer(String kind, String text) {
        try {
            switch (kind) {
                case "timeDate" -> {
                    try {
                        OffsetDateTime.parse(text);
                    } catch (DateTimeParseException e) {
                        ZonedDateTime.parse(text);
                    }
                }
                case "timeDuration" -> {
                    if (text.contains("T") || !text.startsWith("P")) {
                        Duration.parse(text);
                    } else {
                        Period.parse(text);
                    }
                }
                default -> {
                    if (!CYCLE.matcher(text).matches()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Set<String> variablesSetIn(Element element) {
        Set<String> variables = new LinkedHashSet<>();
        walk(element, e -> {
            if ("output".equals(e.getLocalName()) && e.hasAttribute("target")) {
                variables.add(e.getAttribute("target"));
            }
            for (String attribute : List.of("resultVariable", "outputCollection", "inputElement")) {
                if (e.hasAttribute(attribute)) {
                    variables.add(e.getAttribute(attribute));
                }
            }
        });
        return variables;
    }

    // ---------------------------------------------------------------- DMN

    private String decision(ModelFile file, List<ModelProblem> problems) {
        String name = file.fileName();
        Document dom = xml(file, problems);
        if (dom == null) {
            return null;
        }
        Element root = dom.getDocumentElement();
        if (!"definitions".equals(root.getLocalName()) || root.getNamespaceURI() == null
                || !root.getNamespaceURI().toUpperCase(java.util.Locale.ROOT).contains("DMN")) {
            problems.add(ModelProblem.of(name, null, LinedXml.line(root), "model.dmn.notDmn"));
            return null;
        }
        List<Element> decisions = children(root, "decision");
        if (decisions.size() != 1) {
            problems.add(ModelProblem.of(name, null, LinedXml.line(root), "model.dmn.decisionCount",
                    decisions.size()));
            return null;
        }
        Element decision = decisions.get(0);
        String id = decision.getAttribute("id");
        ModelContract.DecisionContract contract = ModelContract.DECISIONS.get(id);
        if (contract == null) {
            problems.add(ModelProblem.of(name, id, LinedXml.line(decision), "model.dmn.unknownDecision", id,
                    String.join(", ", ModelContract.DECISIONS.keySet().stream().sorted().toList())));
            return null;
        }
        List<Element> tables = children(decision, "decisionTable");
        if (tables.size() != 1) {
            problems.add(ModelProblem.of(name, id, LinedXml.line(decision), "model.dmn.noTable", id));
            return id;
        }
        Element table = tables.get(0);
        List<Element> inputs = children(table, "input");
        for (Element input : inputs) {
            String expression = children(input, "inputExpression").stream()
                    .flatMap(e -> children(e, "text").stream()).map(e -> e.getTextContent().trim())
                    .findFirst().orElse("");
            String inputId = input.getAttribute("id");
            ParseResult parsed = FEEL.parseExpression(expression);
            if (expression.isEmpty() || parsed.isFailure()) {
                problems.add(ModelProblem.of(name, inputId, LinedXml.line(input), "model.dmn.feel", inputId,
                        expression, expression.isEmpty() ? "-" : parsed.failure().message()));
                continue;
            }
            EvaluationResult result = FEEL.evaluate(parsed.parsedExpression(), contract.sampleInputs());
            List<String> missing = CollectionConverters.asJava(result.suppressedFailures()).stream()
                    .map(org.camunda.feel.api.EvaluationFailure.class::cast)
                    .filter(f -> NO_VARIABLE.equals(f.failureType().toString())).map(f -> f.failureMessage()).toList();
            if (result.isFailure() || !missing.isEmpty()) {
                problems.add(ModelProblem.of(name, inputId, LinedXml.line(input), "model.dmn.inputVariable",
                        inputId, expression, String.join(", ", contract.sampleInputs().keySet().stream().sorted()
                                .toList())));
            }
        }
        List<Element> outputs = children(table, "output");
        if (outputs.size() != 1 || !contract.output().equals(outputs.get(0).getAttribute("name"))) {
            problems.add(ModelProblem.of(name, id, LinedXml.line(table), "model.dmn.output", contract.output()));
        }
        for (Element rule : children(table, "rule")) {
            String ruleId = rule.getAttribute("id");
            List<Element> entries = children(rule, "inputEntry");
            if (entries.size() != inputs.size()) {
                problems.add(ModelProblem.of(name, ruleId, LinedXml.line(rule), "model.dmn.entryCount", ruleId,
                        entries.size(), inputs.size()));
            }
            for (Element entry : entries) {
                String text = entry.getTextContent().trim();
                ParseResult parsed = FEEL.parseUnaryTests(text.isEmpty() ? "-" : text);
                if (parsed.isFailure()) {
                    problems.add(ModelProblem.of(name, ruleId, LinedXml.line(entry), "model.dmn.feel", ruleId, text,
                            parsed.failure().message()));
                }
            }
            for (Element entry : children(rule, "outputEntry")) {
                String text = entry.getTextContent().trim();
                if (text.isEmpty()) {
                    continue;
                }
                ParseResult parsed = FEEL.parseExpression(text);
                if (parsed.isFailure()) {
                    problems.add(ModelProblem.of(name, ruleId, LinedXml.line(entry), "model.dmn.feel", ruleId, text,
                            parsed.failure().message()));
                    continue;
                }
                EvaluationResult value = FEEL.evaluate(parsed.parsedExpression(), Map.of());
                if (value.isSuccess() && value.result() instanceof String s && !contract.outputValues().contains(s)) {
                    problems.add(ModelProblem.of(name, ruleId, LinedXml.line(entry), "model.dmn.outputValue", ruleId,
                            s, String.join(", ", contract.outputValues().stream().sorted().toList())));
                }
            }
        }
        return id;
    }

    // ---------------------------------------------------------------- forms

    private String form(ModelFile file, List<ModelProblem> problems) {
        String name = file.fileName();
        JsonNode root;
        try {
            root = JSON.readTree(file.content());
        } catch (JsonProcessingException e) {
            problems.add(ModelProblem.of(name, null, e.getLocation() == null ? null : e.getLocation().getLineNr(),
                    "model.json.parse", e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(ModelProblem.of(name, null, null, "model.json.parse", e.getMessage()));
            return null;
        }
        if (root == null || !root.isObject() || !root.path("id").isTextual() || root.path("id").asText().isBlank()) {
            problems.add(ModelProblem.of(name, null, null, "model.form.noId"));
            return null;
        }
        String id = root.get("id").asText();
        if (!root.path("components").isArray()) {
            problems.add(ModelProblem.of(name, id, null, "model.form.noComponents", id));
            return id;
        }
        Set<String> keys = new HashSet<>();
        components(root.get("components"), component -> {
            if (component.path("key").isTextual()) {
                keys.add(component.get("key").asText());
            }
            JsonNode hide = component.path("conditional").path("hide");
            if (hide.isTextual() && hide.asText().startsWith("=")) {
                ParseResult parsed = FEEL.parseExpression(hide.asText().substring(1));
                if (parsed.isFailure()) {
                    problems.add(ModelProblem.of(name, component.path("id").asText(null), null, "model.feel",
                            hide.asText(), parsed.failure().message()));
                }
            }
        });
        ModelContract.FORM_KEYS.getOrDefault(id, Set.of()).stream().sorted().filter(k -> !keys.contains(k))
                .forEach(k -> problems.add(ModelProblem.of(name, id, null, "model.form.missingKey", id, k)));
        return id;
    }

    private static void components(JsonNode components, java.util.function.Consumer<JsonNode> visit) {
        for (JsonNode component : components) {
            visit.accept(component);
            if (component.path("components").isArray()) {
                components(component.get("components"), visit);
            }
        }
    }

    // ---------------------------------------------------------------- XML helpers

    private static Document xml(ModelFile file, List<ModelProblem> problems) {
        try {
            return LinedXml.parse(file.content());
        } catch (SAXParseException e) {
            problems.add(ModelProblem.of(file.fileName(), null, e.getLineNumber(), "model.xml.parse",
                    e.getMessage()));
        } catch (Exception e) {
            problems.add(ModelProblem.of(file.fileName(), null, null, "model.xml.parse", e.getMessage()));
        }
        return null;
    }

    static Map<String, Element> elementsById(Document dom) {
        Map<String, Element> elements = new HashMap<>();
        walk(dom.getDocumentElement(), e -> {
            if (e.hasAttribute("id")) {
                elements.putIfAbsent(e.getAttribute("id"), e);
            }
        });
        return elements;
    }

    static void walk(Element element, java.util.function.Consumer<Element> visit) {
        visit.accept(element);
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                walk(child, visit);
            }
        }
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The nearest element with an id that is not a DI element: where a problem is reported. */
    private static Element owner(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute("id") && !e.getLocalName().endsWith("EventDefinition")) {
                return e;
            }
        }
        return null;
    }

    private static Integer line(Map<String, Element> elements, String id) {
        Element element = id == null ? null : elements.get(id);
        return element == null ? null : LinedXml.line(element);
    }

    private static String idOf(ModelElementInstance element) {
        return element == null ? null : element.getAttributeValue("id");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? e.getMessage() : root.getMessage();
    }
}
