package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.perfeval.model.Amount;
import org.perfeval.model.Unit;
import org.perfeval.testing.AmountArbitrary;

/** The implementation of {@link AmountArbitrary}. */
public final class DefaultAmountArbitrary extends ArbitraryDecorator<Amount> implements AmountArbitrary {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private BigDecimal min = BigDecimal.ZERO;
    private BigDecimal max = BigDecimal.valueOf(100_000);
    private Set<Unit> units = Set.of(Unit.WAN_YUAN, Unit.YUAN);
    private double zeroShare = 0.05;
    private boolean extremes;

    @Override
    protected Arbitrary<Amount> arbitrary() {
        Arbitrary<Amount> wan = Arbitraries.frequency(Tuple.of(6, 2), Tuple.of(2, 6), Tuple.of(2, 0), Tuple.of(1, 4))
            .flatMap(scale -> Arbitraries.bigDecimals().between(min, max).ofScale(scale)).map(Amount::ofWanYuan);
        Arbitrary<Amount> yuan = Arbitraries.integers().between(0, 2)
            .flatMap(scale -> Arbitraries.bigDecimals().between(min.multiply(TEN_THOUSAND), max.multiply(TEN_THOUSAND))
                .ofScale(scale))
            .map(Amount::ofYuan);
        int zero = min.signum() == 0 ? Shares.perMille(zeroShare) : 0;
        Unit zeroUnit = units.contains(Unit.WAN_YUAN) ? Unit.WAN_YUAN : Unit.YUAN;
        Arbitrary<Amount> realistic = Shares.mix(
            Tuple.of(units.contains(Unit.WAN_YUAN) ? 9 * (1000 - zero) : 0, wan),
            Tuple.of(units.contains(Unit.YUAN) ? 1000 - zero : 0, yuan),
            Tuple.of(zero * (units.size() == 2 ? 10 : 1), Arbitraries.just(Amount.of(BigDecimal.ZERO, zeroUnit))));
        return extremes ? Arbitraries.frequencyOf(Tuple.of(3, realistic), Tuple.of(1, ModelValues.amounts())) : realistic;
    }

    @Override
    public AmountArbitrary between(BigDecimal minWanYuan, BigDecimal maxWanYuan) {
        Objects.requireNonNull(minWanYuan, "minWanYuan");
        Objects.requireNonNull(maxWanYuan, "maxWanYuan");
        if (minWanYuan.signum() < 0 || minWanYuan.compareTo(maxWanYuan) > 0) {
            throw new IllegalArgumentException("amounts must lie in [min, max] with 0 <= min <= max but were ["
                + minWanYuan.toPlainString() + ", " + maxWanYuan.toPlainString() + "]");
        }
        DefaultAmountArbitrary clone = typedClone();
        clone.min = minWanYuan;
        clone.max = maxWanYuan;
        return clone;
    }

    @Override
    public AmountArbitrary units(Unit... given) {
        Set<Unit> chosen = new LinkedHashSet<>(List.of(given));
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("units must name 元 and/or 万元");
        }
        for (Unit unit : chosen) {
            if (!unit.isMoney()) {
                throw new IllegalArgumentException("amount units must be 元 or 万元 but one was " + unit);
            }
        }
        DefaultAmountArbitrary clone = typedClone();
        clone.units = Set.copyOf(chosen);
        return clone;
    }

    @Override
    public AmountArbitrary zeroShare(double share) {
        DefaultAmountArbitrary clone = typedClone();
        clone.zeroShare = Shares.check(share, "zeroShare");
        return clone;
    }

    @Override
    public AmountArbitrary includingExtremes() {
        DefaultAmountArbitrary clone = typedClone();
        clone.extremes = true;
        return clone;
    }
}
