package se.uppdragsstyrning.processes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import se.uppdragsstyrning.workflow.ModelCatalogue;

/**
 * The coordinator's period page ({@code /perioder/{id}}, reporting's) lists the incidents of the period's processes
 * with a "retry" action: added to its model here, so that reporting needs nothing of the engine.
 */
@ControllerAdvice(basePackages = "se.uppdragsstyrning.reporting")
class PeriodIncidentsAdvice {

    private static final Pattern PERIOD_PAGE = Pattern.compile("/perioder/[^/]+");
    private static final Set<String> MAY_RETRY = Set.of("ROLE_COORDINATOR", "ROLE_PROCESS_OWNER", "ROLE_ADMIN");

    private final ModelCatalogue catalogue;

    PeriodIncidentsAdvice(ModelCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ModelAttribute("periodIncidents")
    List<ModelCatalogue.Incident> periodIncidents(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !PERIOD_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
                || !mayRetry()) {
            return null;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object id = variables instanceof Map<?, ?> map ? map.get("id") : null;
        try {
            return id == null ? null : catalogue.incidentsOfPeriod(id.toString());
        } catch (IllegalArgumentException notAPeriod) {
            return null;
        }
    }

    private static boolean mayRetry() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(MAY_RETRY::contains);
    }
}
