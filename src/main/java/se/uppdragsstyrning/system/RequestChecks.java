package se.uppdragsstyrning.system;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * The Bean Validation constraints of a request ({@code jakarta.validation} annotations on a record's components,
 * their messages from the message bundles) as problems beside their fields, in the order of the components. A
 * service adds the checks that need the register after them, so that every problem is listed at once.
 */
@Component
public class RequestChecks {

    private final Validator validator;

    RequestChecks(Validator validator) {
        this.validator = validator;
    }

    public List<Problem> problems(Record request) {
        List<String> order = Arrays.stream(request.getClass().getRecordComponents()).map(RecordComponent::getName)
                .toList();
        Comparator<ConstraintViolation<Record>> byComponent = Comparator.comparingInt(
                violation -> order.indexOf(violation.getPropertyPath().iterator().next().getName()));
        return validator.validate(request).stream()
                .sorted(byComponent.thenComparing(violation -> violation.getPropertyPath().toString()))
                .map(violation -> new Problem(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
    }

    /**
     * The problems in the order of the fields named (a stable sort: one field's problems keep their order), those
     * of any other field or of none after them: a service that adds its own checks to a request's constraints
     * lists them all in its form's order.
     */
    public static List<Problem> inFieldOrder(List<Problem> problems, List<String> fields) {
        return problems.stream().sorted(Comparator.comparingInt(problem -> {
            int index = fields.indexOf(problem.path());
            return index < 0 ? fields.size() : index;
        })).toList();
    }
}
