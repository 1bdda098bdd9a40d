package org.perfeval.testing;

import java.util.List;
import net.jqwik.api.Arbitrary;
import org.perfeval.model.GradeScale;
import org.perfeval.rules.Category;
import org.perfeval.rules.RuleSet;

/**
 * Generates {@link RuleSet}s that lint clean under {@link org.perfeval.scoring.RuleRegistry#builtIns()}:
 * the built-in profiles' categories or none, a built-in rule (with valid random parameters) for each
 * direction and now and then for a path, any aggregator, rounding, allocation scale, grade scale,
 * not-applicable and unscorable policy, deviation thresholds. Every method returns a new, configured
 * copy.
 */
public interface RuleSetArbitrary extends Arbitrary<RuleSet> {

    /**
     * @return a copy that binds to each direction only rules that never score a better actual lower
     *     (positive: {@code positive}; reverse: {@code reverse-ratio}, {@code reverse-linear};
     *     equality: {@code equality}; qualitative: {@code qualitative}) and binds nothing by path:
     *     rule sets that obey every law of {@link RuleSetLaws}
     */
    RuleSetArbitrary respectingDirections();

    /**
     * @param categories the categories of every rule set; empty leaves the points to the reports
     * @return a copy with exactly these categories (by default a built-in profile's, or none)
     */
    RuleSetArbitrary categories(List<Category> categories);

    /**
     * @param scales the grade scales to choose from, not empty
     * @return a copy grading by one of these (by default {@link GradeScale#standard()} or {@link GradeScale#omb()})
     * @throws IllegalArgumentException if none is given
     */
    RuleSetArbitrary gradeScales(GradeScale... scales);
}
