package se.uppdragsstyrning.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What changed between two versions of a file, element by element (by id): for a process every BPMN element
 * (tasks, events, gateways, flows, messages; the diagram's layout is not a change), for a decision table its
 * inputs, output and rules, for a form its components. Plain Java.
 */
public final class ModelDiff {

    private static final String BPMN_MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Set<String> DMN_TRACKED = Set.of("decision", "decisionTable", "input", "output", "rule");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelDiff() {
    }

    private record Entry(String what, String name, String canonical) {
    }

    /** The changes from {@code before} (null: nothing before, everything is added) to {@code after}. */
    public static List<ModelChange> between(ModelKind kind, String before, String after) {
        Map<String, Entry> old = before == null ? Map.of() : entries(kind, before);
        Map<String, Entry> now = entries(kind, after);
        List<ModelChange> changes = new ArrayList<>();
        now.forEach((id, entry) -> {
            Entry was = old.get(id);
            if (was == null) {
                changes.add(new ModelChange(ModelChange.Change.ADDED, id, entry.what(), entry.name()));
            } else if (!was.canonical().equals(entry.canonical())) {
                changes.add(new ModelChange(ModelChange.Change.CHANGED, id, entry.what(), entry.name()));
            }
        });
        old.forEach((id, entry) -> {
            if (!now.containsKey(id)) {
                changes.add(new ModelChange(ModelChange.Change.REMOVED, id, entry.what(), entry.name()));
            }
        });
        return changes;
    }

    private static Map<String, Entry> entries(ModelKind kind, String content) {
        try {
            return kind == ModelKind.FORM ? formEntries(content) : xmlEntries(kind, content);
        } catch (Exception unreadable) {
            return Map.of();
        }
    }

    private static Map<String, Entry> xmlEntries(ModelKind kind, String content) throws Exception {
        Element root = LinedXml.parse(content.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .getDocumentElement();
        Map<String, Entry> entries = new LinkedHashMap<>();
        ModelValidator.walk(root, element -> {
            if (element != root && tracked(kind, element)) {
                StringBuilder canonical = new StringBuilder();
                canonical(kind, element, canonical);
                entries.putIfAbsent(element.getAttribute("id"),
                        new Entry(element.getLocalName(), name(element), canonical.toString()));
            }
        });
        return entries;
    }

    private static boolean tracked(ModelKind kind, Element element) {
        if (!element.hasAttribute("id")) {
            return false;
        }
        if (kind == ModelKind.DECISION) {
            return DMN_TRACKED.contains(element.getLocalName());
        }
        return BPMN_MODEL.equals(element.getNamespaceURI()) && !element.getLocalName().endsWith("EventDefinition");
    }

    private static String name(Element element) {
        if (element.hasAttribute("name")) {
            return element.getAttribute("name");
        }
        if (element.hasAttribute("label")) {
            return element.getAttribute("label");
        }
        return ModelValidator.children(element, "description").stream().map(e -> e.getTextContent().trim())
                .findFirst().orElse("");
    }

    /** The element's attributes and text and those of its descendants that are not tracked themselves. */
    private static void canonical(ModelKind kind, Element element, StringBuilder out) {
        out.append('<').append(element.getLocalName());
        NamedNodeMap attributes = element.getAttributes();
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            sorted.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
        }
        sorted.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        out.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (!tracked(kind, e)) {
                    canonical(kind, e, out);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                out.append(child.getNodeValue().trim());
            }
        }
        out.append("</>");
    }

    private static Map<String, Entry> formEntries(String content) throws Exception {
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonNode root = JSON.readTree(content);
        components(root.path("components"), entries);
        return entries;
    }

    private static void components(JsonNode components, Map<String, Entry> entries) {
        if (!components.isArray()) {
            return;
        }
        for (JsonNode component : components) {
            ObjectNode own = component.deepCopy();
            own.remove("components");
            own.remove("layout");
            String id = component.path("id").asText(component.path("key").asText(""));
            entries.putIfAbsent(id, new Entry(component.path("type").asText(""),
                    component.path("label").asText(component.path("key").asText("")), own.toString()));
            components(component.path("components"), entries);
        }
    }
}
