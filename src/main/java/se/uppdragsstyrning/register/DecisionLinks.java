package se.uppdragsstyrning.register;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.RegisterHistory;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * Turns decision references into links: a URL pattern per case-number prefix (e.g. {@code KSN-} →
 * {@code https://diarium.kommun.example/arende/{nummer}}), the case number filled in where the pattern says
 * {@code {nummer}}. The list is empty by default and kept by administrators; each change is in the register
 * history.
 */
@Service
@Transactional(readOnly = true)
class DecisionLinks {

    static final String PLACEHOLDER = "{nummer}";

    private final DecisionLinkRepository links;
    private final RegisterHistory history;

    DecisionLinks(DecisionLinkRepository links, RegisterHistory history) {
        this.links = links;
        this.history = history;
    }

    /** One prefix and its pattern as entered. */
    record Pattern(String prefix, String urlPattern) {
    }

    List<Pattern> patterns() {
        return links.findAllByOrderByPrefix().stream().map(l -> new Pattern(l.getPrefix(), l.getUrlPattern()))
                .toList();
    }

    /** The link for a case number: the longest prefix that matches it (case-insensitive), or none. */
    Optional<String> linkFor(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return Optional.empty();
        }
        String upper = caseNumber.trim().toUpperCase(Locale.ROOT);
        return links.findAll().stream()
                .filter(l -> upper.startsWith(l.getPrefix().toUpperCase(Locale.ROOT)))
                .max(Comparator.comparingInt(l -> l.getPrefix().length()))
                .map(l -> l.getUrlPattern().replace(PLACEHOLDER,
                        URLEncoder.encode(caseNumber.trim(), StandardCharsets.UTF_8)));
    }

    /** Replaces the list (blank rows are left out); every problem is listed and nothing is stored on one. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    void replace(List<Pattern> entered, String user) {
        List<Problem> problems = new ArrayList<>();
        List<Pattern> kept = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < entered.size(); i++) {
            String prefix = entered.get(i).prefix() == null ? "" : entered.get(i).prefix().trim();
            String pattern = entered.get(i).urlPattern() == null ? "" : entered.get(i).urlPattern().trim();
            if (prefix.isEmpty() && pattern.isEmpty()) {
                continue;
            }
            if (prefix.isEmpty()) {
                problems.add(new Problem("prefix" + i, "Ange vilket diarienummer adressen gäller, till exempel KSN-."));
            } else if (prefix.length() > 40) {
                problems.add(new Problem("prefix" + i, "Prefixet får vara högst 40 tecken."));
            } else if (!prefixes.add(prefix.toUpperCase(Locale.ROOT))) {
                problems.add(new Problem("prefix" + i, "Prefixet " + prefix + " finns redan i listan."));
            }
            if (pattern.isEmpty()) {
                problems.add(new Problem("urlPattern" + i, "Ange adressen till ärendet."));
            } else if (!pattern.contains(PLACEHOLDER)) {
                problems.add(new Problem("urlPattern" + i, "Adressen ska innehålla " + PLACEHOLDER
                        + " där diarienumret ska stå."));
            } else if (!isWebAddress(pattern) || pattern.length() > 1000) {
                problems.add(new Problem("urlPattern" + i, "Adressen ska börja med https:// eller http:// och"
                        + " vara högst 1000 tecken."));
            }
            kept.add(new Pattern(prefix, pattern));
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        String before = describe(patterns());
        links.deleteAllInBatch();
        kept.forEach(p -> links.save(new DecisionLink(p.prefix(), p.urlPattern())));
        history.record("DECISION_LINKS", "-", "patterns", before, describe(kept), "ADMIN", user);
    }

    private static boolean isWebAddress(String pattern) {
        try {
            URI uri = URI.create(pattern.replace(PLACEHOLDER, "X"));
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(List<Pattern> patterns) {
        return patterns.isEmpty() ? null : String.join("\n", patterns.stream()
                .map(p -> p.prefix() + " → " + p.urlPattern()).toList());
    }
}
