package org.perfeval.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.perfeval.model.EvaluationKind;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;

/** The rule sets {@code --profile} can name: the library's built-in profiles, by short name or by id. */
final class BuiltInProfiles {
    private static final Map<String, Supplier<RuleSet>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("department-overall", Profiles::departmentOverall);
        BY_NAME.put("ministry-project", Profiles::ministryProject);
    }

    private BuiltInProfiles() {}

    /** The short names {@code --profile} takes, for the completion script. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return BY_NAME.keySet().iterator();
        }
    }

    /**
     * @param name a short name such as {@code department-overall}, or a rule set id
     * @return the rule set
     * @throws UsageException if no built-in profile has that name
     */
    static RuleSet named(String name, Texts texts) {
        for (Map.Entry<String, Supplier<RuleSet>> profile : BY_NAME.entrySet()) {
            RuleSet ruleSet = profile.getValue().get();
            if (profile.getKey().equals(name) || ruleSet.id().equals(name)) {
                return ruleSet;
            }
        }
        throw new UsageException(texts.get("usage.profile", name, describe()));
    }

    /**
     * @param kind what an evaluation covers
     * @return the profile for that kind: department-overall for a department, ministry-project for a project
     */
    static RuleSet defaultFor(EvaluationKind kind) {
        return kind == EvaluationKind.PROJECT ? Profiles.ministryProject() : Profiles.departmentOverall();
    }

    /** @return such as {@code department-overall (cn-jinshui-department-2021), ministry-project (…)} */
    static String describe() {
        StringBuilder text = new StringBuilder();
        BY_NAME.forEach((name, ruleSet) -> text.append(text.length() == 0 ? "" : ", ")
            .append(name).append(" (").append(ruleSet.get().id()).append(')'));
        return text.toString();
    }
}
