package se.uppdragsstyrning.administration;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.uppdragsstyrning.administration.OrganisationAdministration.OrganisationForm;
import se.uppdragsstyrning.administration.OrganisationAdministration.OrganisationView;
import se.uppdragsstyrning.administration.RoleList.RoleView;
import se.uppdragsstyrning.administration.UserAdministration.UserForm;
import se.uppdragsstyrning.administration.UserAdministration.UserView;

/** The administration's JSON API: users, organisations and the role list (role ADMIN). */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration", description = "Användare, nämnder och bolag, roller")
class AdministrationApiController {

    private final UserAdministration users;
    private final OrganisationAdministration organisations;
    private final RoleList roles;

    AdministrationApiController(UserAdministration users, OrganisationAdministration organisations, RoleList roles) {
        this.users = users;
        this.organisations = organisations;
        this.roles = roles;
    }

    /** A user with her history. */
    record UserDetail(UserView user, List<AdminHistory.Entry> history) {
    }

    /** An organisation with its history. */
    record OrganisationDetail(OrganisationView organisation, List<AdminHistory.Entry> history) {
    }

    /** A new password. */
    record PasswordRequest(String password) {
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Alla användare")
    List<UserView> users() {
        return users.users();
    }

    @GetMapping("/users/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "En användare med historiken över ändringar")
    UserDetail user(@PathVariable String username) {
        return new UserDetail(users.user(username), users.history(username));
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Skapa en användare (lösenord minst 10 tecken)")
    ResponseEntity<UserView> create(@RequestBody UserForm form, Authentication actor) {
        UserView created = users.create(form, actor.getName());
        return ResponseEntity.created(location("/api/admin/users/{id}", created.username())).body(created);
    }

    @PutMapping("/users/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Ändra namn, e-post, organisation och roller")
    UserView update(@PathVariable String username, @RequestBody UserForm form, Authentication actor) {
        return users.update(username, form, actor.getName());
    }

    @PostMapping("/users/{username}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Inaktivera användaren: hon kan inte längre logga in (den sista administratören: 409)")
    UserView disable(@PathVariable String username, Authentication actor) {
        return users.setEnabled(username, false, actor.getName());
    }

    @PostMapping("/users/{username}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Aktivera användaren igen")
    UserView enable(@PathVariable String username, Authentication actor) {
        return users.setEnabled(username, true, actor.getName());
    }

    @PostMapping("/users/{username}/password")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Ge användaren ett nytt lösenord")
    UserView password(@PathVariable String username, @RequestBody PasswordRequest request, Authentication actor) {
        return users.resetPassword(username, request.password(), actor.getName());
    }

    @GetMapping("/organisations")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Alla nämnder och bolag med sina namn över tid")
    List<OrganisationView> organisations() {
        return organisations.organisations();
    }

    @GetMapping("/organisations/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "En nämnd eller ett bolag med historiken över ändringar")
    OrganisationDetail organisation(@PathVariable String code) {
        return new OrganisationDetail(organisations.organisation(code), organisations.history(code));
    }

    @PostMapping("/organisations")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Skapa en nämnd eller ett bolag")
    ResponseEntity<OrganisationView> createOrganisation(@RequestBody OrganisationForm form, Authentication actor) {
        OrganisationView created = organisations.create(form, actor.getName());
        return ResponseEntity.created(location("/api/admin/organisations/{id}", created.code())).body(created);
    }

    @PutMapping("/organisations/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Ändra namn (från ett datum), typ, alias och aktiv period")
    OrganisationView updateOrganisation(@PathVariable String code, @RequestBody OrganisationForm form,
            Authentication actor) {
        return organisations.update(code, form, actor.getName());
    }

    @GetMapping("/roles")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rollerna med sina beskrivningar")
    List<RoleView> roles() {
        return roles.roles();
    }

    private static URI location(String template, String id) {
        return UriComponentsBuilder.fromPath(template).buildAndExpand(id).encode().toUri();
    }
}
