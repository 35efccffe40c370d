package se.uppdragsstyrning.register;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A case-number prefix ("KSN-") and the case management system's address for it, the number as {@code {nummer}}. */
@Entity
class DecisionLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String prefix;

    private String urlPattern;

    protected DecisionLink() {
    }

    DecisionLink(String prefix, String urlPattern) {
        this.prefix = prefix;
        this.urlPattern = urlPattern;
    }

    String getPrefix() {
        return prefix;
    }

    String getUrlPattern() {
        return urlPattern;
    }
}
