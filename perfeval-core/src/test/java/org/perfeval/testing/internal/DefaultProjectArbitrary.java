package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.perfeval.model.Amount;
import org.perfeval.model.Project;
import org.perfeval.testing.ProjectArbitrary;

/** The implementation of {@link ProjectArbitrary}. */
public final class DefaultProjectArbitrary extends ArbitraryDecorator<Project> implements ProjectArbitrary {
    private BigDecimal min = BigDecimal.ZERO;
    private BigDecimal max = BigDecimal.valueOf(3000);
    private double zeroShare = 0.05;

    @Override
    protected Arbitrary<Project> arbitrary() {
        int zero = min.signum() == 0 ? Shares.perMille(zeroShare) : 0;
        Arbitrary<BigDecimal> approved = Shares.mix(
            Tuple.of(1000 - zero, Arbitraries.frequency(Tuple.of(6, 2), Tuple.of(1, 4), Tuple.of(1, 6))
                .flatMap(scale -> Arbitraries.bigDecimals().between(min, max).ofScale(scale))),
            Tuple.of(zero, Arbitraries.just(BigDecimal.ZERO)));
        Arbitrary<BigDecimal> executedShare = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(BigDecimal.ONE)),
            Tuple.of(4, Arbitraries.bigDecimals().between(new BigDecimal("0.5"), BigDecimal.ONE).ofScale(4)),
            Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
            Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("1.1")).ofScale(4)));
        return Combinators.combine(Arbitraries.of(Vocabulary.PROJECTS), approved, executedShare,
                Arbitraries.of(Project.Status.values()).optional(0.7), Arbitraries.of(true, false))
            .as((name, a, share, status, purpose) -> {
                BigDecimal executed = a.multiply(share).setScale(a.scale(), RoundingMode.HALF_UP);
                Project.Builder project = Project.builder().name(name).approved(Amount.ofWanYuan(a))
                    .executed(Amount.ofWanYuan(executed)).status(status);
                if (purpose) {
                    project.purpose("保障" + name + "顺利实施");
                }
                return project.build();
            });
    }

    @Override
    public ProjectArbitrary approvedBetween(BigDecimal minWanYuan, BigDecimal maxWanYuan) {
        Objects.requireNonNull(minWanYuan, "minWanYuan");
        Objects.requireNonNull(maxWanYuan, "maxWanYuan");
        if (minWanYuan.signum() < 0 || minWanYuan.compareTo(maxWanYuan) > 0) {
            throw new IllegalArgumentException("approved amounts must lie in [min, max] with 0 <= min <= max but were ["
                + minWanYuan.toPlainString() + ", " + maxWanYuan.toPlainString() + "]");
        }
        DefaultProjectArbitrary clone = typedClone();
        clone.min = minWanYuan;
        clone.max = maxWanYuan;
        return clone;
    }

    @Override
    public ProjectArbitrary zeroShare(double share) {
        DefaultProjectArbitrary clone = typedClone();
        clone.zeroShare = Shares.check(share, "zeroShare");
        return clone;
    }
}
