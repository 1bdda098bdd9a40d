package org.perfeval.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfeval.rules.LintProblem;
import org.perfeval.rules.RuleSet;

/**
 * A rule set's lint problems as rejections of its file: each problem's place in the rule set
 * ({@code bindings[3]}, {@code allocation.weights[产出指标/重点工作任务完成]}) becomes the JSON Pointer
 * of the value in the document ({@code /bindings/3}, {@code /allocation/weights/0}).
 */
final class LintLines {
    private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[([^\\]]*)\\]");

    private LintLines() {}

    /**
     * @param file the rule set's file as the user named it
     * @param ruleSet the rule set read from it
     * @param problems its lint problems
     * @return one rejection per problem, in order
     */
    static List<RejectedInput> rejections(String file, RuleSet ruleSet, List<LintProblem> problems) {
        List<RejectedInput> rejections = new ArrayList<>();
        for (LintProblem problem : problems) {
            rejections.add(new RejectedInput(file, pointer(problem.where(), ruleSet) + ": " + problem.code() + " " + problem.message()));
        }
        return rejections;
    }

    /**
     * @param where a problem's place in the rule set, as {@link LintProblem#where()} gives it
     * @param ruleSet the rule set, to find a weight's index by its path
     * @return the JSON Pointer of the value in a rule set document
     */
    static String pointer(String where, RuleSet ruleSet) {
        StringBuilder pointer = new StringBuilder();
        Matcher step = STEP.matcher(where);
        String field = "";
        while (step.find()) {
            String token;
            if (step.group(1) != null) {
                token = step.group(1);
                field = token;
            } else if (step.group(2).chars().allMatch(Character::isDigit) && !step.group(2).isEmpty()) {
                token = step.group(2);
            } else if (field.equals("weights")) {
                token = String.valueOf(new ArrayList<>(ruleSet.allocation().weights().keySet()).indexOf(step.group(2)));
            } else {
                token = step.group(2);
            }
            pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
