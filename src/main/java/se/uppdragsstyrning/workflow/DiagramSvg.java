package se.uppdragsstyrning.workflow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A process diagram drawn on the server as SVG from the model's diagram interchange (the {@code BPMNShape} bounds
 * and {@code BPMNEdge} waypoints Camunda Modeler writes), with counts on the elements: open tasks (blue) and
 * incidents (red). No JavaScript; every text from the model is escaped. Plain Java.
 */
public final class DiagramSvg {

    private static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final double LABEL_OVERHANG = 40;
    private static final int MARGIN = 20;
    private static final int LINE_CHARS = 20;

    private DiagramSvg() {
    }

    private record Shape(String id, String type, String name, double x, double y, double w, double h,
            boolean nonInterrupting) {
    }

    /**
     * @param openTasks open tasks per element id
     * @param incidents incidents per element id
     * @return the SVG, or an empty string when the model has no diagram
     */
    public static String render(String bpmn, Map<String, Long> openTasks, Map<String, Long> incidents) {
        Document dom;
        try {
            dom = LinedXml.parse(bpmn.getBytes(StandardCharsets.UTF_8));
        } catch (Exception unreadable) {
            return "";
        }
        Map<String, Element> elements = ModelValidator.elementsById(dom);
        List<Shape> shapes = new ArrayList<>();
        List<double[]> edges = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        ModelValidator.walk(dom.getDocumentElement(), e -> {
            if (!DI.equals(e.getNamespaceURI())) {
                return;
            }
            if ("BPMNShape".equals(e.getLocalName())) {
                Element bounds = first(e, "Bounds");
                Element element = elements.get(e.getAttribute("bpmnElement"));
                if (bounds == null || element == null) {
                    return;
                }
                Shape shape = new Shape(element.getAttribute("id"), element.getLocalName(),
                        element.getAttribute("name"), number(bounds, "x"), number(bounds, "y"),
                        number(bounds, "width"), number(bounds, "height"),
                        "false".equals(element.getAttribute("cancelActivity")));
                shapes.add(shape);
                // the name under an event or gateway is wider than the shape: room for it on either side
                extend(box, shape.x() - LABEL_OVERHANG, shape.y());
                extend(box, shape.x() + shape.w() + LABEL_OVERHANG, shape.y() + shape.h() + 30);
            } else if ("BPMNEdge".equals(e.getLocalName())) {
                List<Element> points = ModelValidator.children(e, "waypoint");
                double[] line = new double[points.size() * 2];
                for (int i = 0; i < points.size(); i++) {
                    line[2 * i] = number(points.get(i), "x");
                    line[2 * i + 1] = number(points.get(i), "y");
                    extend(box, line[2 * i], line[2 * i + 1]);
                }
                edges.add(line);
            }
        });
        if (shapes.isEmpty()) {
            return "";
        }
        double x0 = box[0] - MARGIN;
        double y0 = box[1] - MARGIN;
        double width = box[2] - box[0] + 2 * MARGIN;
        double height = box[3] - box[1] + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\""
                + " viewBox=\"%.0f %.0f %.0f %.0f\" width=\"%.0f\" role=\"img\">", x0, y0, width, height, width));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/>"
                + "</marker></defs>");
        shapes.stream().filter(s -> "subProcess".equals(s.type())).forEach(s -> svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"10\" fill=\"#f8f8f8\""
                        + " stroke=\"#333\"/>", s.x(), s.y(), s.w(), s.h())));
        for (double[] line : edges) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.length; i += 2) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", line[i], line[i + 1]));
            }
            svg.append("<polyline points=\"").append(points.toString().trim())
                    .append("\" fill=\"none\" stroke=\"#333\" marker-end=\"url(#arrow)\"/>");
        }
        for (Shape s : shapes) {
            svg.append("<g><title>").append(escape(s.id() + (s.name().isEmpty() ? "" : ": " + s.name())))
                    .append("</title>");
            double cx = s.x() + s.w() / 2;
            double cy = s.y() + s.h() / 2;
            if (s.type().endsWith("Event")) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#fff\""
                        + " stroke=\"#333\" stroke-width=\"%s\"%s/>", cx, cy, Math.min(s.w(), s.h()) / 2,
                        "endEvent".equals(s.type()) ? "3" : "1.5", s.nonInterrupting() ? " stroke-dasharray=\"4 2\""
                                : ""));
                label(svg, s.name(), cx, s.y() + s.h() + 12);
            } else if (s.type().endsWith("Gateway")) {
                svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\""
                        + " fill=\"#fff\" stroke=\"#333\" stroke-width=\"1.5\"/>", cx, s.y(), s.x() + s.w(), cy, cx,
                        s.y() + s.h(), s.x(), cy));
                label(svg, s.name(), cx, s.y() + s.h() + 12);
            } else if ("subProcess".equals(s.type())) {
                label(svg, s.name(), s.x() + s.w() / 2, s.y() + 14);
            } else {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                        + " rx=\"10\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"1.5\"/>", s.x(), s.y(), s.w(),
                        s.h()));
                label(svg, s.name(), cx, cy - 6);
            }
            badge(svg, openTasks.getOrDefault(s.id(), 0L), s.x() + s.w(), s.y(), "#1d70b8", "count-tasks");
            badge(svg, incidents.getOrDefault(s.id(), 0L), s.x(), s.y(), "#d4351c", "count-incidents");
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void badge(StringBuilder svg, long count, double x, double y, String colour, String cssClass) {
        if (count <= 0) {
            return;
        }
        svg.append(String.format(Locale.ROOT, "<g class=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"11\" fill=\"%s\"/>"
                + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\""
                + " fill=\"#fff\">%d</text></g>", cssClass, x, y, colour, x, y + 4, count));
    }

    private static void label(StringBuilder svg, String name, double x, double y) {
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!line.isEmpty() && line.length() + word.length() + 1 > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        for (int i = 0; i < lines.size() && i < 4; i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                    + " font-size=\"11\" font-family=\"sans-serif\">", x, y + i * 13))
                    .append(escape(lines.get(i))).append("</text>");
        }
    }

    private static Element first(Element parent, String localName) {
        List<Element> found = ModelValidator.children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static double number(Element element, String attribute) {
        try {
            return Double.parseDouble(element.getAttribute(attribute));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void extend(double[] box, double x, double y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
