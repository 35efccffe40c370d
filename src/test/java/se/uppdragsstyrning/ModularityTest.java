package se.uppdragsstyrning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module structure holds: no cycles, no reaching into other modules, and only workflow talks to Camunda. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(UppdragsstyrningApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void onlyTheWorkflowModuleImportsCamunda() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.uppdragsstyrning");
        noClasses().that().resideOutsideOfPackage("se.uppdragsstyrning.workflow..")
                .should().dependOnClassesThat().resideInAPackage("io.camunda..")
                .because("the engine is an implementation detail of the workflow module")
                .check(classes);
    }
}
