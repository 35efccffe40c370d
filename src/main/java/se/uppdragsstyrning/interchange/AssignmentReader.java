package se.uppdragsstyrning.interchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.AssignmentData;
import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.interchange.ImportPlan.AssignmentEntry;
import se.uppdragsstyrning.interchange.InterchangeValidator.AssignmentValidation;
import se.uppdragsstyrning.interchange.InterchangeValidator.Registration;
import se.uppdragsstyrning.organisation.OrganisationService;

/**
 * Reads one assignment in the interchange format (without {@code report}), as the coordinator registers or changes
 * it from a decision (API body or form), with the import's own checks for an assignment ({@link
 * InterchangeValidator}) and a decision's. Every problem comes back with its JSON path ({@code $.title},
 * {@code $.decision.date}, {@code $.responsible[1]}) and a Swedish message.
 */
@Component
@Transactional(readOnly = true)
public class AssignmentReader {

    private final InterchangeValidator validator;
    private final ProblemMessages messages;
    private final OrganisationService organisations;
    private final AssignmentService register;
    private final Clock clock;

    AssignmentReader(InterchangeValidator validator, ProblemMessages messages, OrganisationService organisations,
            AssignmentService register, Clock clock) {
        this.validator = validator;
        this.messages = messages;
        this.organisations = organisations;
        this.register = register;
        this.clock = clock;
    }

    /** The problems of what was sent, or (with none) the register's data for it. */
    public record Read(List<se.uppdragsstyrning.system.Problem> problems, AssignmentData data) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * A new assignment. Without a {@code ref} the register gives it one: {@code <budget year>-<number>} for a budget
     * or carried-over assignment, {@code <year>-T<n>} (the next free n) for an additional one.
     */
    public Read registration(byte[] body) {
        AssignmentValidation validation = validator.validateAssignment(body, new Registration(null));
        if (!validation.problems().isEmpty()) {
            return refused(validation.problems());
        }
        AssignmentEntry entry = validation.entry();
        String ref = entry.ref() != null ? entry.ref() : newRef(entry);
        if (entry.ref() == null && register.assignment(ref).isPresent()) {
            return refused(List.of(messages.at("$.number", "refTaken", ref)));
        }
        return new Read(List.of(), entry.data(ref, year(entry), organisations));
    }

    /** A change of the assignment {@code ref}: the whole assignment as it is to be. */
    public Read change(String ref, byte[] body) {
        AssignmentValidation validation = validator.validateAssignment(body, new Registration(ref));
        if (!validation.problems().isEmpty()) {
            return refused(validation.problems());
        }
        return new Read(List.of(), validation.entry().data(ref, null, organisations));
    }

    /** The kinds of problem whose message names the JSON field ("Fältet title är tomt."). */
    private static final List<String> FIELD_NAMING = List.of("required", "blank", "notInteger", "notText",
            "notArray", "notObjectField");

    /**
     * Which kind of problem this is when its message names the JSON field ({@code required}, {@code blank},
     * {@code notInteger}, {@code notText}, {@code notArray}, {@code notObjectField}), so that a form can say it in
     * its own words with its own label; empty for every other problem (their messages name no field).
     */
    public Optional<String> fieldNamingKind(se.uppdragsstyrning.system.Problem problem) {
        if (problem.path() == null || problem.message() == null) {
            return Optional.empty();
        }
        String field = problem.path().substring(problem.path().lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        return FIELD_NAMING.stream()
                .filter(kind -> messages.at(problem.path(), kind, field).message().equals(problem.message()))
                .findFirst();
    }

    private String newRef(AssignmentEntry entry) {
        int year = year(entry);
        if (entry.origin() != AssignmentOrigin.ADDITIONAL && entry.number() != null) {
            return year + "-" + entry.number();
        }
        int n = 1;
        while (register.assignment(year + "-T" + n).isPresent()) {
            n++;
        }
        return year + "-T" + n;
    }

    /** The assignment's budget year: as given, else the year of its decision, else this year. */
    private int year(AssignmentEntry entry) {
        if (entry.budgetYear() != null) {
            return entry.budgetYear();
        }
        if (entry.decision() != null && entry.decision().date() != null) {
            return entry.decision().date().getYear();
        }
        return LocalDate.now(clock).getYear();
    }

    private static Read refused(List<Problem> problems) {
        return new Read(problems.stream().map(p -> new se.uppdragsstyrning.system.Problem(p.path(), p.message()))
                .toList(), null);
    }
}
