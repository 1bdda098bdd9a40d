package org.perfeval.rules;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.perfeval.internal.PerfevalStyle;

/**
 * The document a rule set comes from, and how much of the rule set was read in it: such as
 * {@code 财预〔2020〕10号 项目支出绩效评价管理办法}, issued by 财政部, where the grade bands were read and
 * the category points are recalled defaults.
 *
 * <p>A source whose document was not identified (a layout known from secondary text) has no number
 * and no title, and everything it sets is a default.
 *
 * <p>{@link #read()} lists what a reader found in the source itself; {@link #defaults()} lists what
 * the rule set sets without having read it there (recalled from secondary text, or chosen where the
 * source is silent): configurable defaults that a jurisdiction changes as data. Each entry names the
 * rule set's field it is about, such as {@code categories: 预算执行率 10, 产出 50, 效益 30, 满意度 10}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
public abstract class RuleSource {

    RuleSource() {}

    /** Builds a {@link RuleSource}; {@code issuer} is required. */
    public static final class Builder extends ImmutableRuleSource.Builder {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the document's number (文号), such as {@code 财预〔2020〕10号}; absent when not known */
    public abstract Optional<String> number();

    /** @return the document's title, such as {@code 项目支出绩效评价管理办法}; absent when not identified */
    public abstract Optional<String> title();

    /** @return who issued it, such as {@code 财政部} or {@code 四川省财政厅} */
    public abstract String issuer();

    /** @return the rules read in the source itself, each naming the field it is about */
    public abstract List<String> read();

    /** @return the rules not read in the source: configurable defaults, each naming the field and where it comes from */
    public abstract List<String> defaults();

    /** @return such as {@code 财预〔2020〕10号 项目支出绩效评价管理办法 (财政部)} */
    @Override
    public String toString() {
        String document = (number().map(n -> n + " ").orElse("") + title().orElse("")).trim();
        return (document.isEmpty() ? "a document not identified" : document) + " (" + issuer() + ")";
    }

    @Value.Check
    void check() {
        if (issuer().isBlank() || number().map(String::isBlank).orElse(false) || title().map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException("a rule source's number, title and issuer must not be blank but were "
                + number().map(n -> "\"" + n + "\"").orElse("(no number)") + ", "
                + title().map(t -> "\"" + t + "\"").orElse("(no title)") + ", \"" + issuer() + "\"");
        }
        for (String entry : read()) {
            nonBlank(entry, "read");
        }
        for (String entry : defaults()) {
            nonBlank(entry, "defaults");
        }
    }

    private static void nonBlank(String entry, String list) {
        if (entry.isBlank()) {
            throw new IllegalArgumentException("an entry of a rule source's " + list + " must not be blank");
        }
    }
}
