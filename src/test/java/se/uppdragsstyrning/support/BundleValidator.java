package se.uppdragsstyrning.support;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * A Bean Validation validator whose messages come from the application's bundles (as the application's own one
 * takes them from its message source), for unit tests of a request's constraints without a Spring context.
 */
public final class BundleValidator {

    private BundleValidator() {
    }

    /** @param basenames e.g. {@code "messages/approval"}; close the validator after the tests */
    public static LocalValidatorFactoryBean of(String... basenames) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames);
        messages.setDefaultEncoding("UTF-8");
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages);
        validator.afterPropertiesSet();
        return validator;
    }
}
