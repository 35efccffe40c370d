package se.uppdragsstyrning.interchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.DecisionReference;
import se.uppdragsstyrning.assignment.GoalSection;
import se.uppdragsstyrning.interchange.ImportPlan.AssignmentEntry;
import se.uppdragsstyrning.interchange.ImportPlan.GoalEntry;
import se.uppdragsstyrning.interchange.ImportPlan.OrganisationEntry;
import se.uppdragsstyrning.interchange.ImportPlan.ReportEntry;
import se.uppdragsstyrning.interchange.ImportPlan.SummaryEntry;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodKind;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.UppdragProperties;

/**
 * Checks an interchange file (schemaVersion 1) completely before anything is written: walks the JSON tree,
 * collects every problem with its JSON path and a Swedish message, and turns a clean file into an
 * {@link ImportPlan}.
 *
 * <p>Rules beyond the shape of the format: organisation codes in {@code responsible}/{@code concerned} must be
 * defined in the file's {@code organisations} or known to the register (as code or alias); {@code ALL} ("Alla
 * nämnder och bolag") stands alone and only among the responsible; refs and goal numbers are unique in the
 * file; an assignment's goal is in the file or in the register; years lie in {@value #FIRST_YEAR}..{@value
 * #LAST_YEAR}, and an ongoing assignment (green on track, yellow) cannot be estimated to end before the period's
 * year (done or not carried out ones may name an earlier year); a report's optional {@code statusText} must be
 * its status's text; a period run in this system cannot be imported over. An assignment may name its
 * {@code budgetYear} (else the file's year) and the ref it {@code continues} under a new number. {@code statusLegend} and
 * {@code period.label} are derived from the status and period and are not read.
 */
@Component
class InterchangeValidator {

    static final int SCHEMA_VERSION = 1;
    /** "Alla nämnder och bolag" in a list of responsible organisations. */
    static final String ALL = "ALL";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** Refs and organisation codes: letters, digits, dot, hyphen, underscore (they appear in URLs). */
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private final ObjectReader reader;
    private final ProblemMessages messages;
    private final OrganisationService organisations;
    private final AssignmentService register;
    private final ReportingService reporting;
    private final String municipality;

    InterchangeValidator(ObjectMapper json, ProblemMessages messages, OrganisationService organisations,
            AssignmentService register, ReportingService reporting,
            UppdragProperties settings) {
        this.reader = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.messages = messages;
        this.organisations = organisations;
        this.register = register;
        this.reporting = reporting;
        this.municipality = settings.municipality();
    }

    /** Every problem of the file; the plan only when there are none. */
    record Validation(List<Problem> problems, ImportPlan plan) {
    }

    Validation validate(byte[] content) {
        Walk walk = new Walk(null);
        JsonNode root = walk.parse(content);
        ImportPlan plan = root == null ? null : walk.file(root);
        return new Validation(List.copyOf(walk.problems), walk.problems.isEmpty() ? plan : null);
    }

    /**
     * What a registration or a change from a decision asks: the ref it changes ({@code null} for a new
     * registration, whose ref may be left out and is then given by the register).
     */
    record Registration(String changedRef) {
    }

    /** Every problem of one assignment sent on its own; the entry only when there are none. */
    record AssignmentValidation(List<Problem> problems, AssignmentEntry entry) {
    }

    /**
     * One assignment in the interchange format (without {@code report}), registered or changed from a decision,
     * checked by the import's rules plus those of a decision: a budget assignment has its budget year and number,
     * a carried-over one the year it comes from, an additional one its decision (case number, body, date and §);
     * a new ref is free, and {@code continues} names an assignment in the register.
     */
    AssignmentValidation validateAssignment(byte[] content, Registration registration) {
        Walk walk = new Walk(registration);
        JsonNode root = walk.parse(content);
        AssignmentEntry entry = null;
        if (root != null && !root.isObject()) {
            walk.add("$", "notObject");
        } else if (root != null) {
            entry = walk.assignment(root, "$");
        }
        return new AssignmentValidation(List.copyOf(walk.problems), walk.problems.isEmpty() ? entry : null);
    }

    /** One pass over one file: the problems found so far and what the file itself defines. */
    private final class Walk {

        /** Null for a file; what is asked for one assignment registered or changed from a decision. */
        final Registration registration;

        final List<Problem> problems = new ArrayList<>();
        /** Organisation codes the file defines, upper case → code as written. */
        final Map<String, String> fileCodes = new HashMap<>();
        final Map<String, Optional<String>> resolved = new HashMap<>();
        final Map<String, String> organisationPaths = new HashMap<>();
        /** Goal numbers the file defines → where. */
        final Map<Integer, String> goalPaths = new HashMap<>();
        final Map<String, String> refPaths = new HashMap<>();
        /** The known goals the file covers, through its goals and its assignments. */
        final Set<Integer> coveredGoals = new LinkedHashSet<>();
        Integer periodYear;

        Walk(Registration registration) {
            this.registration = registration;
        }

        void add(String path, String key, Object... args) {
            problems.add(messages.at(path, key, args));
        }

        // ---- the file as a whole

        JsonNode parse(byte[] content) {
            if (content.length == 0) {
                add("$", "empty");
                return null;
            }
            String text = decode(content);
            if (text == null) {
                return null;
            }
            try {
                return reader.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (JsonProcessingException e) {
                var location = e.getLocation();
                add("$", e instanceof JsonEOFException ? "jsonEnd" : "json",
                        location == null ? "?" : location.getLineNr(), location == null ? "?" : location.getColumnNr());
                return null;
            }
        }

        /** The file as UTF-8 text, or null with a problem naming where the first unreadable byte is. */
        String decode(byte[] content) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer out = CharBuffer.allocate(content.length);
            CoderResult result = decoder.decode(ByteBuffer.wrap(content), out, true);
            if (result.isError()) {
                String before = out.flip().toString();
                long line = 1 + before.chars().filter(c -> c == '\n').count();
                add("$", "encoding", line, before.length() - before.lastIndexOf('\n'));
                return null;
            }
            decoder.flush(out);
            return out.flip().toString();
        }

        ImportPlan file(JsonNode root) {
            if (!root.isObject()) {
                add("$", "notObject");
                return null;
            }
            Integer version = integer(root, "$", "schemaVersion", true, Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (version != null && version != SCHEMA_VERSION) {
                add("$.schemaVersion", "schemaVersion", version, SCHEMA_VERSION);
            }
            String fileMunicipality = text(root, "$", "municipality", false, 200);
            if (fileMunicipality != null && !fileMunicipality.equals(municipality)) {
                add("$.municipality", "municipality", fileMunicipality, municipality);
            }
            PeriodId period = period(root);
            List<OrganisationEntry> organisationEntries = objects(root, "$", "organisations", false,
                    this::organisation);
            List<GoalEntry> goals = objects(root, "$", "goals", false, this::goal);
            List<AssignmentEntry> assignments = objects(root, "$", "assignments", true, this::assignment);
            return new ImportPlan(period, organisationEntries, goals, assignments, summary(root));
        }

        PeriodId period(JsonNode root) {
            JsonNode node = object(root, "$", "period", true);
            if (node == null) {
                return null;
            }
            Integer year = integer(node, "$.period", "year", true, FIRST_YEAR, LAST_YEAR);
            PeriodKind kind = choice(node, "$.period", "kind", PeriodKind.class, true);
            periodYear = year;
            if (year == null || kind == null) {
                return null;
            }
            PeriodId id = new PeriodId(year, kind);
            reporting.period(id).filter(p -> !p.isHistorical()).map(ReportingPeriod::getLabel)
                    .ifPresent(label -> add("$.period", "periodRunHere", label));
            return id;
        }

        // ---- organisations and goals the file defines

        OrganisationEntry organisation(JsonNode node, String path) {
            String code = key(node, path, "code", 20);
            if (code != null && ALL.equalsIgnoreCase(code)) {
                add(path + ".code", "reservedCode", ALL);
            } else if (code != null) {
                once(organisationPaths, code.toUpperCase(Locale.ROOT), path, "code", "duplicateOrganisation", code);
                fileCodes.putIfAbsent(code.toUpperCase(Locale.ROOT), code);
            }
            return new OrganisationEntry(code, text(node, path, "name", true, 200),
                    choice(node, path, "kind", OrganisationKind.class, true));
        }

        GoalEntry goal(JsonNode node, String path) {
            Integer number = integer(node, path, "number", true, 1, 999);
            if (number != null) {
                once(goalPaths, number, path, "number", "duplicateGoal", number);
                coveredGoals.add(number);
            }
            return new GoalEntry(number, text(node, path, "title", true, 500),
                    objects(node, path, "description", false, this::section));
        }

        GoalSection section(JsonNode node, String path) {
            return new GoalSection(text(node, path, "heading", true, 300), text(node, path, "text", true, 20000));
        }

        // ---- assignments and their reports

        AssignmentEntry assignment(JsonNode node, String path) {
            String ref = registration != null && node.path("ref").isMissingNode() ? registration.changedRef()
                    : key(node, path, "ref", 40);
            if (ref != null) {
                once(refPaths, ref, path, "ref", "duplicateRef", ref);
            }
            if (registration != null && ref != null && registration.changedRef() == null
                    && register.assignment(ref).isPresent()) {
                add(path + ".ref", "refTaken", ref);
            } else if (registration != null && ref != null && registration.changedRef() != null
                    && !ref.equals(registration.changedRef())) {
                add(path + ".ref", "refChanged", ref, registration.changedRef());
            }
            Integer goal = integer(node, path, "goal", true, 1, 999);
            if (goal != null && !goalPaths.containsKey(goal) && register.goal(goal).isEmpty()) {
                add(path + ".goal", "unknownGoal", goal);
            } else if (goal != null) {
                coveredGoals.add(goal);
            }
            Integer number = integer(node, path, "number", false, 1, 9999);
            AssignmentOrigin origin = choice(node, path, "origin", AssignmentOrigin.class, true);
            Integer budgetYear = integer(node, path, "budgetYear", false, FIRST_YEAR, LAST_YEAR);
            String continues = node.hasNonNull("continues") ? key(node, path, "continues", 40) : null;
            String title = text(node, path, "title", true, 2000);
            String description = text(node, path, "description", false, 20000);
            OrganisationList responsible = organisationList(node, path, "responsible", true);
            OrganisationList concerned = organisationList(node, path, "concerned", false);
            DecisionReference decision = decision(node, path);
            if (registration != null) {
                decided(node, path, origin, number, budgetYear, decision, continues, ref);
            }
            return new AssignmentEntry(ref, goal, number, origin, title, description, responsible.all(),
                    responsible.codes(), concerned.codes(), decision, budgetYear, continues,
                    registration == null ? report(node, path) : null);
        }

        /** What a decision must say beyond the file format: the origin's own facts, no report, a known line. */
        void decided(JsonNode node, String path, AssignmentOrigin origin, Integer number, Integer budgetYear,
                DecisionReference decision, String continues, String ref) {
            if (origin == AssignmentOrigin.BUDGET && node.path("budgetYear").isMissingNode()) {
                add(path + ".budgetYear", "budgetYearRequired");
            }
            if (origin == AssignmentOrigin.BUDGET && node.path("number").isMissingNode()) {
                add(path + ".number", "numberRequired");
            }
            if (origin == AssignmentOrigin.CARRIED_OVER && node.path("budgetYear").isMissingNode()) {
                add(path + ".budgetYear", "carriedOverYearRequired");
            }
            if (origin == AssignmentOrigin.ADDITIONAL) {
                JsonNode given = node.path("decision");
                for (String field : List.of("caseNumber", "body", "date", "paragraph")) {
                    if (!given.hasNonNull(field) && (given.isMissingNode() || given.isObject())) {
                        add(path + ".decision." + field, "decisionRequired." + field);
                    }
                }
            }
            if (node.has("report")) {
                add(path + ".report", "reportNotHere");
            }
            if (continues != null && (continues.equals(ref) || register.assignment(continues).isEmpty())) {
                add(path + ".continues", "unknownContinues", continues);
            }
        }

        /** Remembers which entry first uses a key; a later entry using it is a problem naming the first. */
        <K> void once(Map<K, String> firstPaths, K key, String path, String field, String problem, Object shown) {
            String first = firstPaths.putIfAbsent(key, path);
            if (first != null) {
                add(path + "." + field, problem, shown, first);
            }
        }

        record OrganisationList(boolean all, List<String> codes) {
        }

        OrganisationList organisationList(JsonNode assignment, String assignmentPath, String field,
                boolean responsible) {
            String path = assignmentPath + "." + field;
            List<JsonNode> nodes = list(assignment, assignmentPath, field, responsible);
            if (responsible && nodes.isEmpty() && assignment.path(field).isArray()) {
                add(path, "noResponsible");
            }
            boolean all = false;
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                String itemPath = path + "[" + i + "]";
                JsonNode node = nodes.get(i);
                if (!node.isTextual() || node.textValue().isBlank()) {
                    add(itemPath, "organisationCode");
                    continue;
                }
                String value = node.textValue().trim();
                if (ALL.equalsIgnoreCase(value)) {
                    if (responsible) {
                        all = true;
                    } else {
                        add(itemPath, "allNotConcerned", ALL);
                    }
                    continue;
                }
                Optional<String> code = resolve(value);
                if (code.isEmpty()) {
                    add(itemPath, "unknownOrganisation", value);
                } else if (codes.contains(code.get())) {
                    add(itemPath, "duplicateOrganisationInList", value);
                } else {
                    codes.add(code.get());
                }
            }
            if (all && nodes.size() > 1) {
                add(path, "allAlone", ALL);
            }
            return new OrganisationList(all, codes);
        }

        /** The register code for a code or alias: the file's own organisations first, then the register. */
        Optional<String> resolve(String codeOrAlias) {
            String fileCode = fileCodes.get(codeOrAlias.toUpperCase(Locale.ROOT));
            if (fileCode != null) {
                return Optional.of(fileCode);
            }
            return resolved.computeIfAbsent(codeOrAlias,
                    value -> organisations.resolve(value).map(Organisation::getCode));
        }

        DecisionReference decision(JsonNode assignment, String assignmentPath) {
            JsonNode node = object(assignment, assignmentPath, "decision", false);
            if (node == null) {
                return null;
            }
            String path = assignmentPath + ".decision";
            return new DecisionReference(text(node, path, "caseNumber", false, 40), text(node, path, "body", false, 40),
                    date(node, path, "date"), text(node, path, "paragraph", false, 20),
                    text(node, path, "title", false, 1000));
        }

        ReportEntry report(JsonNode assignment, String assignmentPath) {
            JsonNode node = object(assignment, assignmentPath, "report", false);
            if (node == null) {
                return null;
            }
            String path = assignmentPath + ".report";
            ReportStatus status = choice(node, path, "status", ReportStatus.class, true);
            String statusText = text(node, path, "statusText", false, 200);
            if (status != null && statusText != null && !statusText.equals(status.statusText())) {
                add(path + ".statusText", "statusText", statusText, status.name(), status.statusText());
            }
            Integer endYear = integer(node, path, "estimatedEndYear", false, FIRST_YEAR, LAST_YEAR);
            if (endYear != null && status != null && status.isOngoing() && periodYear != null
                    && endYear < periodYear) {
                add(path + ".estimatedEndYear", "endYearBeforePeriod", endYear, periodYear);
            }
            return new ReportEntry(status, text(node, path, "assessment", false, 20000), endYear,
                    text(node, path, "reportedAs", false, 200));
        }

        /** The published texts belong to the one goal the file covers. */
        SummaryEntry summary(JsonNode root) {
            JsonNode node = object(root, "$", "publishedSummary", false);
            if (node == null) {
                return null;
            }
            String path = "$.publishedSummary";
            if (coveredGoals.size() != 1) {
                add(path, "summaryGoal", coveredGoals.size());
            }
            JsonNode claimed = object(node, path, "claimed", false);
            String claimedJson = claimed == null ? null : claimed.toString();
            if (claimedJson != null && claimedJson.length() > 4000) {
                add(path + ".claimed", "tooLong", 4000, claimedJson.length());
            }
            return new SummaryEntry(coveredGoals.size() == 1 ? coveredGoals.iterator().next() : null,
                    text(node, path, "goalStatus", false, 20), text(node, path, "goalStatusText", false, 500),
                    text(node, path, "forecastText", false, 20000), claimedJson);
        }

        // ---- typed values; each returns null (and records why) when the value cannot be used

        String text(JsonNode parent, String path, String field, boolean required, int maxLength) {
            JsonNode value = present(parent, path, field, required);
            String at = path + "." + field;
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                add(at, "notText", field);
                return null;
            }
            String text = value.textValue();
            if (required && text.isBlank()) {
                add(at, "blank", field);
                return null;
            }
            if (text.length() > maxLength) {
                add(at, "tooLong", maxLength, text.length());
                return null;
            }
            return text;
        }

        /** A ref or a code: required, short, without spaces or slashes. */
        String key(JsonNode parent, String path, String field, int maxLength) {
            String key = text(parent, path, field, true, maxLength);
            if (key != null && !KEY.matcher(key).matches()) {
                add(path + "." + field, "key", key);
                return null;
            }
            return key;
        }

        Integer integer(JsonNode parent, String path, String field, boolean required, int min, int max) {
            JsonNode value = present(parent, path, field, required);
            String at = path + "." + field;
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                add(at, "notInteger", field);
                return null;
            }
            int number = value.intValue();
            if (number < min || number > max) {
                add(at, "range", number, min, max);
                return null;
            }
            return number;
        }

        <E extends Enum<E>> E choice(JsonNode parent, String path, String field, Class<E> type, boolean required) {
            String text = text(parent, path, field, required, 100);
            if (text == null) {
                return null;
            }
            E[] values = type.getEnumConstants();
            return Arrays.stream(values).filter(v -> v.name().equals(text)).findFirst().orElseGet(() -> {
                add(path + "." + field, "choice", text,
                        Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            });
        }

        LocalDate date(JsonNode parent, String path, String field) {
            String text = text(parent, path, field, false, 100);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                add(path + "." + field, "date", text);
                return null;
            }
        }

        JsonNode object(JsonNode parent, String path, String field, boolean required) {
            JsonNode value = present(parent, path, field, required);
            if (value != null && !value.isObject()) {
                add(path + "." + field, "notObjectField", field);
                return null;
            }
            return value;
        }

        List<JsonNode> list(JsonNode parent, String path, String field, boolean required) {
            JsonNode value = present(parent, path, field, required);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                add(path + "." + field, "notArray", field);
                return List.of();
            }
            List<JsonNode> elements = new ArrayList<>();
            value.forEach(elements::add);
            return elements;
        }

        /** Reads each element of a list, which must be an object, with its path ({@code $.goals[0]}). */
        <T> List<T> objects(JsonNode parent, String path, String field, boolean required,
                BiFunction<JsonNode, String, T> read) {
            List<T> entries = new ArrayList<>();
            List<JsonNode> nodes = list(parent, path, field, required);
            for (int i = 0; i < nodes.size(); i++) {
                String at = path + "." + field + "[" + i + "]";
                if (nodes.get(i).isObject()) {
                    entries.add(read.apply(nodes.get(i), at));
                } else {
                    add(at, "notObject");
                }
            }
            return entries;
        }

        /** The field's value, or null when it is absent or null (a problem if it is required). */
        JsonNode present(JsonNode parent, String path, String field, boolean required) {
            JsonNode value = parent.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    add(path + "." + field, "required", field);
                }
                return null;
            }
            return value;
        }
    }
}
