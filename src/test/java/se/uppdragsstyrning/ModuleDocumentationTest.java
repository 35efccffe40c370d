package se.uppdragsstyrning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation into {@code docs/modules/} (committed): the diagram of all modules and one per
 * module (PlantUML, Spring Modulith's {@link Documenter}) and each module's canvas (AsciiDoc). The README's
 * section "Moduler" shows the same dependencies as a Mermaid diagram, which GitHub draws; the test fails when
 * that diagram no longer matches the code.
 */
class ModuleDocumentationTest {

    static final Path FOLDER = Path.of("docs", "modules");

    @Test
    void writesTheModuleDiagramAndCanvasesAndTheReadmeShowsTheModulesAsTheyAre() throws IOException {
        new Documenter(ModularityTest.MODULES, Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.writeString(file, inStableOrder(Files.readString(file)));
            }
        }

        String diagram = Files.readString(FOLDER.resolve("components.puml"));
        ModularityTest.MODULES.forEach(module -> {
            assertThat(diagram).contains(module.getDisplayName());
            assertThat(FOLDER.resolve("module-" + module.getIdentifier() + ".puml")).exists();
            assertThat(FOLDER.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
        });
        String mermaid = mermaid();
        Files.writeString(FOLDER.resolve("modules.mmd"), mermaid);
        assertThat(Files.readString(Path.of("README.md")))
                .as("README.md's Mermaid diagram of the modules (copy docs/modules/modules.mmd into it)")
                .contains("```mermaid\n" + mermaid + "```\n");
    }

    /**
     * The Documenter lists relations, components and events in no fixed order: each run of such lines is sorted,
     * so that the committed files change only when the modules do.
     */
    static String inStableOrder(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            // a canvas cell's list begins with the cell's "|": sorted without it, put back on the first item
            boolean cell = lines.get(start).startsWith("|* `");
            if (cell) {
                lines.set(start, lines.get(start).substring(1));
            }
            String kind = kind(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            if (cell) {
                lines.set(start, "|" + lines.get(start));
            }
            start = end;
        }
        return String.join("\n", lines);
    }

    private static String kind(String line) {
        for (String prefix : List.of("Rel(", "  Component(", "Component(", "* `")) {
            if (line.startsWith(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    /** Each module and the modules it depends on, in name order. */
    static String mermaid() {
        StringBuilder text = new StringBuilder("flowchart LR\n");
        ModularityTest.MODULES.stream()
                .sorted(java.util.Comparator.comparing(ApplicationModule::getIdentifier,
                        java.util.Comparator.comparing(Object::toString)))
                .forEach(module -> {
                    String from = module.getIdentifier().toString();
                    String targets = module.getDirectDependencies(ModularityTest.MODULES).uniqueModules()
                            .map(m -> m.getIdentifier().toString()).sorted().distinct()
                            .collect(Collectors.joining(" & "));
                    text.append("    ").append(from).append(targets.isEmpty() ? "" : " --> " + targets)
                            .append('\n');
                });
        return text.toString();
    }
}
