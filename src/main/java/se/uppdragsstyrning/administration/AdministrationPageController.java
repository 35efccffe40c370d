package se.uppdragsstyrning.administration;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import se.uppdragsstyrning.administration.OrganisationAdministration.OrganisationForm;
import se.uppdragsstyrning.administration.UserAdministration.UserForm;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.system.Role;

/**
 * The administrator's pages: users ({@code /admin/anvandare}), organisations ({@code /admin/organisationer}) and
 * the roles ({@code /admin/roller}). A refused form is shown again with every problem beside its field.
 */
@Controller
class AdministrationPageController {

    private static final String USER = "administration/user";
    private static final String ORGANISATION = "administration/organisation";

    private final UserAdministration users;
    private final OrganisationAdministration organisations;
    private final RoleList roles;
    private final OrganisationService organisationList;
    private final AdminMessages messages;

    AdministrationPageController(UserAdministration users, OrganisationAdministration organisations, RoleList roles,
            OrganisationService organisationList, AdminMessages messages) {
        this.users = users;
        this.organisations = organisations;
        this.roles = roles;
        this.organisationList = organisationList;
        this.messages = messages;
    }

    /** The organisation form as the page sends it: the aliases one per line. */
    record OrganisationPageForm(String code, String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nameFrom,
            String kind, String aliases, Boolean active,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeTo) {

        static OrganisationPageForm of(OrganisationForm form) {
            return new OrganisationPageForm(form.code(), form.name(), form.nameFrom(), form.kind(),
                    String.join("\n", form.aliases()), form.active(), form.activeFrom(), form.activeTo());
        }

        OrganisationForm form() {
            return new OrganisationForm(code, name, nameFrom, kind, OrganisationForm.aliasesFrom(aliases),
                    Boolean.TRUE.equals(active), activeFrom, activeTo);
        }
    }

    @GetMapping("/admin/anvandare")
    @PreAuthorize("hasRole('ADMIN')")
    String users(Model model) {
        model.addAttribute("users", users.users());
        return "administration/users";
    }

    @GetMapping("/admin/anvandare/ny")
    @PreAuthorize("hasRole('ADMIN')")
    String newUser(Model model) {
        return userForm(model, new UserForm(null, null, null, null, List.of(), null), null, List.of());
    }

    @PostMapping("/admin/anvandare/ny")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@ModelAttribute("form") UserForm form, BindingResult binding, Authentication actor, Model model,
            HttpServletResponse response) {
        return submit(binding, response,
                () -> "redirect:/admin/anvandare/" + path(users.create(form, actor.getName()).username()),
                problems -> userForm(model, form, null, problems));
    }

    @GetMapping("/admin/anvandare/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    String user(@PathVariable String username, Model model) {
        return userForm(model, users.form(username), username, List.of());
    }

    @PostMapping("/admin/anvandare/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult binding,
            Authentication actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submit(binding, response, () -> {
            users.update(username, form, actor.getName());
            return saved(redirect, "/admin/anvandare/", username);
        }, problems -> userForm(model, form, username, problems));
    }

    @PostMapping("/admin/anvandare/{username}/inaktivera")
    @PreAuthorize("hasRole('ADMIN')")
    String disable(@PathVariable String username, Authentication actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(username, model, response, redirect, () -> users.setEnabled(username, false, actor.getName()));
    }

    @PostMapping("/admin/anvandare/{username}/aktivera")
    @PreAuthorize("hasRole('ADMIN')")
    String enable(@PathVariable String username, Authentication actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(username, model, response, redirect, () -> users.setEnabled(username, true, actor.getName()));
    }

    @PostMapping("/admin/anvandare/{username}/losenord")
    @PreAuthorize("hasRole('ADMIN')")
    String password(@PathVariable String username, @RequestParam(required = false) String password,
            Authentication actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(username, model, response, redirect,
                () -> users.resetPassword(username, password, actor.getName()));
    }

    @GetMapping("/admin/organisationer")
    @PreAuthorize("hasRole('ADMIN')")
    String organisations(Model model) {
        model.addAttribute("organisations", organisations.organisations());
        return "administration/organisations";
    }

    @GetMapping("/admin/organisationer/ny")
    @PreAuthorize("hasRole('ADMIN')")
    String newOrganisation(Model model) {
        return organisationForm(model, new OrganisationPageForm(null, null, null, OrganisationKind.BOARD.name(), "",
                true, null, null), null, List.of());
    }

    @PostMapping("/admin/organisationer/ny")
    @PreAuthorize("hasRole('ADMIN')")
    String createOrganisation(@ModelAttribute("form") OrganisationPageForm form, BindingResult binding,
            Authentication actor, Model model, HttpServletResponse response) {
        return submit(binding, response,
                () -> "redirect:/admin/organisationer/" + path(organisations.create(form.form(), actor.getName()).code()),
                problems -> organisationForm(model, form, null, problems));
    }

    @GetMapping("/admin/organisationer/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String organisation(@PathVariable String code, Model model) {
        return organisationForm(model, OrganisationPageForm.of(organisations.form(code)), code, List.of());
    }

    @PostMapping("/admin/organisationer/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String updateOrganisation(@PathVariable String code, @ModelAttribute("form") OrganisationPageForm form,
            BindingResult binding, Authentication actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return submit(binding, response, () -> {
            organisations.update(code, form.form(), actor.getName());
            return saved(redirect, "/admin/organisationer/", code);
        }, problems -> organisationForm(model, form, code, problems));
    }

    @GetMapping("/admin/roller")
    @PreAuthorize("hasRole('ADMIN')")
    String roles(Model model) {
        model.addAttribute("roles", roles.roles());
        return "administration/roles";
    }

    /** An unknown user or organisation in the address: the error page with 404. */
    @ExceptionHandler(ProblemsException.class)
    ModelAndView notFound(ProblemsException e) {
        ModelAndView page = new ModelAndView("error", e.status());
        page.addObject("status", e.status().value());
        page.addObject("reason", e.getMessage());
        return page;
    }

    /** An action on the user's page: back to it, or the page again with the refusal (an unknown user: 404). */
    private String act(String username, Model model, HttpServletResponse response, RedirectAttributes redirect,
            Runnable action) {
        return submit(null, response, () -> {
            action.run();
            return saved(redirect, "/admin/anvandare/", username);
        }, problems -> userForm(model, users.form(username), username, problems));
    }

    /**
     * Runs what a form asks (after refusing a form whose fields did not bind); a refusal answers its status with the
     * page again, every problem listed. An unknown user or organisation is left to the 404 page.
     */
    private String submit(BindingResult binding, HttpServletResponse response, Supplier<String> action,
            Function<List<Problem>, String> refused) {
        try {
            if (binding != null) {
                refuseBindingErrors(binding);
            }
            return action.get();
        } catch (ProblemsException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return refused.apply(e.problems());
        }
    }

    private static String saved(RedirectAttributes redirect, String base, String id) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + base + path(id);
    }

    private String userForm(Model model, UserForm form, String username, List<Problem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("organisations", organisationList.all());
        if (username != null) {
            model.addAttribute("account", users.user(username));
            model.addAttribute("history", users.history(username));
        }
        return USER;
    }

    private String organisationForm(Model model, OrganisationPageForm form, String code, List<Problem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", OrganisationKind.values());
        if (code != null) {
            model.addAttribute("organisation", organisations.organisation(code));
            model.addAttribute("history", organisations.history(code));
        }
        return ORGANISATION;
    }

    private void refuseBindingErrors(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new ProblemsException(binding.getFieldErrors().stream()
                    .map(e -> messages.problem(e.getField(), "admin.field.invalid", e.getRejectedValue())).toList());
        }
    }

    private static String path(String segment) {
        return UriUtils.encodePathSegment(segment, java.nio.charset.StandardCharsets.UTF_8);
    }
}
