package se.uppdragsstyrning.tasks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application with an empty register (no demo data), the test forms, a fake engine in place of the
 * workflow gateway, and the fixtures of the inbox tests. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(properties = {"uppdrag.demo.enabled=false", TaskFixtures.TEST_FORMS})
@AutoConfigureMockMvc
@Import({FakeTaskEngine.class, TaskFixtures.class})
@interface TaskTest {
}
