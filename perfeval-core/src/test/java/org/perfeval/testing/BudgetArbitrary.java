package org.perfeval.testing;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import org.perfeval.model.DepartmentBudget;


/**
 * Generates {@link DepartmentBudget}s whose figures fit together as in a real report: a year-start
 * budget, an adjusted budget around it, expenditure mostly below the adjusted budget and split into
 * basic (personnel + public) and project spending, carry-over, 三公经费, 公用经费, procurement,
 * payments, fixed assets, staffing and income by source, all in 万元 with up to 6 places. Figures
 * are missing now and then, and now and then the whole budget is zero. Every method returns a new,
 * configured copy.
 */
public interface BudgetArbitrary extends Arbitrary<DepartmentBudget> {

    /**
     * @param minWanYuan the least year-start budget, in 万元, not negative
     * @param maxWanYuan the greatest, not below {@code minWanYuan} (by default 0 to 20 000 万元)
     * @return a copy with year-start budgets in that range
     * @throws IllegalArgumentException if the bounds are negative or reversed
     */
    BudgetArbitrary between(BigDecimal minWanYuan, BigDecimal maxWanYuan);

    /**
     * @param share the probability that any one figure is missing, in [0, 1] (by default 0.2)
     * @return a copy leaving figures out that often
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    BudgetArbitrary missingShare(double share);

    /**
     * @param share the probability that every figure is zero (a zero budget), in [0, 1] (by default 0.05)
     * @return a copy generating zero budgets that often
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    BudgetArbitrary zeroShare(double share);

    /**
     * @return a copy that also generates budgets whose figures are unrelated and extreme (up to 34
     *     digits, either unit, exponent forms): for tests that metrics never throw
     */
    BudgetArbitrary includingExtremes();
}
