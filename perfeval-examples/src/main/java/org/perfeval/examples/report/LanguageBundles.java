package org.perfeval.examples.report;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Resource bundles of one language alone, for the tool's and the page's words: English is the base
 * bundle, and the Chinese bundle has no parent, so that a word missing from it is an error rather
 * than English in a Chinese view.
 */
public final class LanguageBundles {
    private static final ResourceBundle.Control ONE_LANGUAGE = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return ResourceBundle.Control.FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    private LanguageBundles() {}

    /**
     * @param baseName the bundle's base name, such as {@code org.perfeval.examples.report.Report}
     * @param locale {@link Locale#ROOT} for English, {@link Locale#CHINESE} for 中文
     * @return the properties bundle of that locale alone
     * @throws java.util.MissingResourceException if there is none
     */
    public static ResourceBundle of(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, ONE_LANGUAGE);
    }
}
