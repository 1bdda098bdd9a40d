package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.perfeval.model.Amount;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.testing.BudgetArbitrary;

/** The implementation of {@link BudgetArbitrary}: every figure derived from the year-start budget by a random share. */
public final class DefaultBudgetArbitrary extends ArbitraryDecorator<DepartmentBudget> implements BudgetArbitrary {
    private static final int FIGURES = 21;
    private static final int FRACTIONS = 24;

    private BigDecimal min = BigDecimal.ZERO;
    private BigDecimal max = BigDecimal.valueOf(20_000);
    private double missingShare = 0.2;
    private double zeroShare = 0.05;
    private boolean extremes;

    @Override
    protected Arbitrary<DepartmentBudget> arbitrary() {
        int zero = Shares.perMille(zeroShare);
        Arbitrary<BigDecimal> yearStart = Shares.mix(
            Tuple.of(1000 - zero, Arbitraries.frequency(Tuple.of(3, 2), Tuple.of(1, 6))
                .flatMap(scale -> Arbitraries.bigDecimals().between(min, max).ofScale(scale))),
            Tuple.of(zero, Arbitraries.just(BigDecimal.ZERO)));
        int missing = Shares.perMille(missingShare);
        Arbitrary<Boolean> present = Shares.mix(Tuple.of(1000 - missing, Arbitraries.just(true)),
            Tuple.of(missing, Arbitraries.just(false)));
        Arbitrary<DepartmentBudget> realistic = Combinators.combine(yearStart,
                Arbitraries.integers().between(0, 10_000).list().ofSize(FRACTIONS), present.list().ofSize(FIGURES + 2),
                Arbitraries.integers().between(20, 300))
            .as(DefaultBudgetArbitrary::budget);
        return extremes ? Arbitraries.frequencyOf(Tuple.of(3, realistic), Tuple.of(1, ModelValues.budgets())) : realistic;
    }

    private static DepartmentBudget budget(BigDecimal yearStart, List<Integer> fractions, List<Boolean> present,
            int authorized) {
        Draws shares = new Draws(fractions, Math.max(2, yearStart.scale()));
        BigDecimal adjusted = shares.part(yearStart, "0.5", "1.6");
        BigDecimal spent = shares.fraction() < 3000 ? adjusted : shares.part(adjusted, "0.6", "1.05");
        BigDecimal basic = shares.part(spent, "0.3", "0.9");
        BigDecimal project = spent.subtract(basic);
        BigDecimal personnel = shares.part(basic, "0.5", "0.9");
        BigDecimal publicSpent = basic.subtract(personnel);
        BigDecimal threePublicBudget = shares.part(yearStart, "0", "0.02");
        BigDecimal procurementBudget = shares.part(project, "0", "0.8");
        BigDecimal fixedAssets = shares.part(yearStart, "0.1", "1");
        BigDecimal income = spent.add(adjusted.subtract(spent).max(BigDecimal.ZERO));
        BigDecimal appropriation = shares.part(income, "0.9", "1");
        List<BigDecimal> figures = List.of(yearStart, adjusted, income, spent, basic, personnel, publicSpent, project,
            adjusted.subtract(spent).max(BigDecimal.ZERO), shares.part(yearStart, "0", "0.1"), threePublicBudget,
            shares.part(threePublicBudget, "0", "1"), shares.part(threePublicBudget, "0.5", "1.2"),
            shares.part(publicSpent, "1", "1.2"), procurementBudget, shares.part(procurementBudget, "0.6", "1"),
            shares.part(project, "0.3", "1"), shares.part(fixedAssets, "0.8", "1"), fixedAssets, adjusted, spent);
        List<Optional<Amount>> amounts = new ArrayList<>();
        for (int i = 0; i < FIGURES; i++) {
            amounts.add(present.get(i) ? Optional.of(Amount.ofWanYuan(figures.get(i))) : Optional.empty());
        }
        DepartmentBudget.Builder b = DepartmentBudget.builder()
            .yearStartBudget(amounts.get(0)).adjustedBudget(amounts.get(1)).income(amounts.get(2))
            .expenditure(amounts.get(3)).basicExpenditure(amounts.get(4)).personnelExpenditure(amounts.get(5))
            .publicExpenditure(amounts.get(6)).projectExpenditure(amounts.get(7)).carryOver(amounts.get(8))
            .priorCarryOver(amounts.get(9)).threePublicBudget(amounts.get(10)).threePublicExpenditure(amounts.get(11))
            .priorThreePublicExpenditure(amounts.get(12)).publicFundsBudget(amounts.get(13))
            .procurementBudget(amounts.get(14)).procurementExpenditure(amounts.get(15))
            .keyProjectExpenditure(amounts.get(16)).fixedAssetsInUse(amounts.get(17)).fixedAssetsTotal(amounts.get(18))
            .plannedPayments(amounts.get(19)).actualPayments(amounts.get(20));
        if (present.get(FIGURES)) {
            b.putIncomeBySource(Vocabulary.INCOME_SOURCES.get(0), Amount.ofWanYuan(appropriation))
                .putIncomeBySource(Vocabulary.INCOME_SOURCES.get(2), Amount.ofWanYuan(income.subtract(appropriation)));
        }
        if (present.get(FIGURES + 1)) {
            b.authorizedStaff(authorized).staff(authorized * (80 + shares.fraction() % 26) / 100);
        }
        return b.build();
    }

    /** Random shares of figures, drawn one after another from the generated fractions. */
    private static final class Draws {
        private final List<Integer> fractions;
        private final int scale;
        private int next;

        Draws(List<Integer> fractions, int scale) {
            this.fractions = fractions;
            this.scale = scale;
        }

        int fraction() {
            return fractions.get(next++ % fractions.size());
        }

        /** @return {@code base × s} for a share {@code s} in [low, high], at the budget's scale */
        BigDecimal part(BigDecimal base, String low, String high) {
            BigDecimal lo = new BigDecimal(low);
            BigDecimal share = lo.add(new BigDecimal(high).subtract(lo).multiply(BigDecimal.valueOf(fraction(), 4)));
            return base.multiply(share).setScale(scale, RoundingMode.HALF_UP);
        }
    }

    @Override
    public BudgetArbitrary between(BigDecimal minWanYuan, BigDecimal maxWanYuan) {
        Objects.requireNonNull(minWanYuan, "minWanYuan");
        Objects.requireNonNull(maxWanYuan, "maxWanYuan");
        if (minWanYuan.signum() < 0 || minWanYuan.compareTo(maxWanYuan) > 0) {
            throw new IllegalArgumentException("year-start budgets must lie in [min, max] with 0 <= min <= max but were ["
                + minWanYuan.toPlainString() + ", " + maxWanYuan.toPlainString() + "]");
        }
        DefaultBudgetArbitrary clone = typedClone();
        clone.min = minWanYuan;
        clone.max = maxWanYuan;
        return clone;
    }

    @Override
    public BudgetArbitrary missingShare(double share) {
        DefaultBudgetArbitrary clone = typedClone();
        clone.missingShare = Shares.check(share, "missingShare");
        return clone;
    }

    @Override
    public BudgetArbitrary zeroShare(double share) {
        DefaultBudgetArbitrary clone = typedClone();
        clone.zeroShare = Shares.check(share, "zeroShare");
        return clone;
    }

    @Override
    public BudgetArbitrary includingExtremes() {
        DefaultBudgetArbitrary clone = typedClone();
        clone.extremes = true;
        return clone;
    }
}
