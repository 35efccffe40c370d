package se.uppdragsstyrning.interchange;

import java.io.IOException;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.uppdragsstyrning.system.CurrentUser;

/** The coordinator's upload page: choose a file, read it in, see what it did or every problem it has. */
@Controller
@RequestMapping(ImportPageController.PATH)
class ImportPageController {

    static final String PATH = "/import";
    /** Query parameter of the redirect after an upload over the multipart limit. */
    static final String TOO_LARGE = "tooLarge";
    private static final String VIEW = "interchange/import";

    private final InterchangeImport imports;
    private final ProblemMessages messages;

    ImportPageController(InterchangeImport imports, ProblemMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String form(@RequestParam(name = TOO_LARGE, required = false) String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("problems", List.of(imports.tooLarge()));
        }
        return page(model);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
        if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
            model.addAttribute("problems", List.of(messages.at("$", "noFile")));
            return page(model);
        }
        ImportOutcome outcome = imports.importFile(file.getInputStream(), user.username());
        if (outcome.isAccepted()) {
            model.addAttribute("result", outcome.result());
        } else {
            model.addAttribute("problems", outcome.problems());
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("maxBytes", imports.maxBytes());
        return VIEW;
    }
}
