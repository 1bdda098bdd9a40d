package org.perfeval.examples.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The page's own words in one language, from {@code Report.properties} (English) and
 * {@code Report_zh.properties} (中文); the Chinese bundle has no English parent, so that a missing
 * word is an error rather than English on a Chinese page.
 */
final class Labels {
    static final String BUNDLE = "org.perfeval.examples.report.Report";

    private final boolean zh;
    private final Map<String, String> words;
    private final Map<String, String> forTemplates;

    private Labels(boolean zh, Map<String, String> words, Map<String, String> forTemplates) {
        this.zh = zh;
        this.words = words;
        this.forTemplates = forTemplates;
    }

    static Labels of(Locale locale) {
        boolean zh = locale.getLanguage().equals("zh");
        ResourceBundle bundle = LanguageBundles.of(BUNDLE, zh ? Locale.CHINESE : Locale.ROOT);
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, String> forTemplates = new LinkedHashMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            words.put(key, bundle.getString(key));
            forTemplates.put(key.replace('.', '_'), bundle.getString(key));
        }
        return new Labels(zh, Collections.unmodifiableMap(words), Collections.unmodifiableMap(forTemplates));
    }

    boolean zh() {
        return zh;
    }

    /** @return {@code zh-CN} or {@code en}, for the page's {@code lang} attribute */
    String htmlLang() {
        return zh ? "zh-CN" : "en";
    }

    /** @return every word by its key with underscores for dots, for the templates ({@code {{t.section_score}}}) */
    Map<String, String> all() {
        return forTemplates;
    }

    /**
     * @return the word, with {@code {0}}, {@code {1}} … replaced by the arguments as given
     * @throws IllegalStateException if the bundle lacks the key
     */
    String get(String key, Object... args) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalStateException("no word " + key + " in " + BUNDLE + (zh ? "_zh" : ""));
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
