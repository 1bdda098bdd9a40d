package org.perfeval.examples.cli;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The tool's own words in one {@link Lang}: headers, prose and errors, from
 * {@code Messages.properties} (English) and {@code Messages_zh.properties} (中文). A message's
 * {@code {0}}, {@code {1}} … are replaced by the arguments as given; nothing else is interpreted, so
 * apostrophes and braces in report text stay as they are.
 */
final class Texts {
    static final String BUNDLE = "org.perfeval.examples.cli.Messages";

    private final Lang lang;
    private final ResourceBundle bundle;

    Texts(Lang lang) {
        this.lang = lang;
        this.bundle = lang.bundle(BUNDLE);
    }

    Lang lang() {
        return lang;
    }

    boolean zh() {
        return lang == Lang.ZH;
    }

    /**
     * @param key the message's key
     * @param args what replaces {@code {0}}, {@code {1}} …
     * @return the message
     * @throws MissingResourceException if the bundle lacks the key: a bug, caught by a test
     */
    String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** @return the message if the bundle has the key, else {@code fallback} */
    String getOrElse(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** {@code 3 projects} / {@code 1 project} in English, {@code 3 个项目} in Chinese. */
    String count(long n, String key) {
        return get(n == 1 ? key + ".one" : key + ".many", n);
    }
}
