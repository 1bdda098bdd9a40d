package org.perfeval.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.perfeval.examples.report.LanguageBundles;

/**
 * The one language of everything a run prints: its help, its headers, its prose and its errors.
 * Chinese for a {@code zh} locale, English otherwise, unless {@code --lang zh|en} says which.
 */
enum Lang {
    /** 中文. */
    ZH("zh", Locale.CHINESE),
    /** English. */
    EN("en", Locale.ROOT);

    /** An argument file larger than this is not searched for {@code --lang}: arguments are short. */
    private static final long MAX_ARGUMENT_FILE_BYTES = 1 << 20;

    /** The option that overrides the locale. */
    static final String OPTION = "--lang";

    private final String code;
    private final Locale bundleLocale;

    Lang(String code, Locale bundleLocale) {
        this.code = code;
        this.bundleLocale = bundleLocale;
    }

    /** @return {@code zh} or {@code en}, as {@code --lang} takes it */
    String code() {
        return code;
    }

    /** @return Chinese for a locale whose language is {@code zh}, else English */
    static Lang of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    /**
     * The locale the user chose for messages, as POSIX reads it: the first of {@code LC_ALL},
     * {@code LC_MESSAGES} and {@code LANG} that is set ({@code zh_CN.UTF-8} is Chinese, {@code C} is
     * not), else the JVM's. Read from the environment because the JVM falls back to {@code C} for a
     * locale the system has not installed, while the user still asked for Chinese.
     *
     * @param environment the process's environment variables
     * @param jvm the JVM's display locale, when none is set
     * @return the locale for messages
     */
    static Locale systemLocale(Map<String, String> environment, Locale jvm) {
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                String language = value.split("[_.@-]", 2)[0];
                return language.equals("C") || language.equals("POSIX") ? Locale.ROOT : new Locale(language);
            }
        }
        return jvm;
    }

    /** @return the language with that code, if any */
    static Optional<Lang> named(String code) {
        for (Lang lang : values()) {
            if (lang.code.equals(code)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /**
     * The language a command line asks for: the value of the last {@code --lang} before any {@code --},
     * in an {@code @FILE} of arguments too, else the locale's. A value that names no language is left
     * for the parser to refuse.
     */
    static Lang choose(List<String> args, Locale locale) {
        Lang chosen = of(locale);
        args = withArgumentFiles(args);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            String value = null;
            if (arg.equals(OPTION) && i + 1 < args.size()) {
                value = args.get(i + 1);
            } else if (arg.startsWith(OPTION + "=")) {
                value = arg.substring(OPTION.length() + 1);
            }
            if (value != null) {
                chosen = named(value).orElse(chosen);
            }
        }
        return chosen;
    }

    /**
     * @return the arguments with each readable {@code @FILE} replaced by the words in it, for finding
     *     {@code --lang}; the parser reads the files again, with its quoting rules, for everything else
     */
    private static List<String> withArgumentFiles(List<String> args) {
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("@") && arg.length() > 1) {
                try {
                    Path file = Path.of(arg.substring(1));
                    if (Files.isRegularFile(file) && Files.size(file) <= MAX_ARGUMENT_FILE_BYTES) {
                        for (String word : Files.readString(file, StandardCharsets.UTF_8).split("\\s+")) {
                            expanded.add(word.replaceAll("^[\"']|[\"']$", ""));
                        }
                        continue;
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // The parser reports it.
                }
            }
            expanded.add(arg);
        }
        return expanded;
    }

    /**
     * @param name the bundle's base name
     * @return the bundle of this language alone: English is the base bundle, and the Chinese bundle
     *     has no parent, so that a message missing from it is an error rather than English in a
     *     Chinese view
     */
    ResourceBundle bundle(String name) {
        return LanguageBundles.of(name, bundleLocale);
    }
}
