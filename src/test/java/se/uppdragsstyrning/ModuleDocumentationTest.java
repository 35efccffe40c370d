package se.uppdragsstyrning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
