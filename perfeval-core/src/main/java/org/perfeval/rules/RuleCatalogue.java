package org.perfeval.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.perfeval.model.Division;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;

/**
 * Rule packs by kind, place and time: picks the rule set an evaluation is scored under and says why.
 *
 * <p>Each pack's {@link RuleSet#jurisdiction()} is a GB/T 2260 division code ({@code 510000} for a
 * province, {@code 440800} for a city, {@code 440804} for a county) or {@link #NATIONAL}. For an
 * evaluation from {@code 440804} the catalogue looks at {@code 440804}, then the city {@code 440800},
 * then the province {@code 440000}, then the national packs, and takes the first place that has a
 * pack for the evaluation's kind in effect; an evaluation that names no place gets a national pack.
 * At one place a pack for the kind beats a pack for any kind, then the pack that took effect last
 * wins (for a year: the one in effect at the year's end), then the pack added last: an application's
 * own pack for the same place and dates replaces a shipped one.
 *
 * <p>No pack is a result, not an error: {@link Choice#ruleSet()} is then empty and the reason says
 * where the catalogue looked. The catalogue neither lints nor scores: lint a chosen pack with the
 * registry it is scored with.
 *
 * <pre>{@code
 * RuleCatalogue catalogue = RuleCatalogue.of(packs).with(myCountysPack);
 * RuleCatalogue.Choice choice = catalogue.choose(evaluation);
 * RuleSet ruleSet = choice.ruleSet().orElseThrow();   // or report choice.reason()
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@link #with(RuleSet)} returns a new catalogue.
 */
public final class RuleCatalogue {
    /** The jurisdiction of national rules, above every province. */
    public static final String NATIONAL = "CN";

    private final List<RuleSet> packs;

    private RuleCatalogue(List<RuleSet> packs) {
        this.packs = List.copyOf(packs);
    }

    /** @return a catalogue without packs */
    public static RuleCatalogue empty() {
        return new RuleCatalogue(List.of());
    }

    /**
     * @param packs the packs, in the order they are added, not null
     * @return a catalogue of them
     * @throws IllegalArgumentException if a pack's jurisdiction is neither a division code nor
     *     {@link #NATIONAL}, or two packs share an id and version
     */
    public static RuleCatalogue of(Collection<RuleSet> packs) {
        RuleCatalogue catalogue = empty();
        for (RuleSet pack : requireNonNull(packs, "packs")) {
            catalogue = catalogue.with(pack);
        }
        return catalogue;
    }

    /**
     * @param pack a pack to add, not null; it wins over the packs already held for the same place, kind and start
     * @return a new catalogue with the pack added
     * @throws IllegalArgumentException if its jurisdiction is neither a division code nor {@link #NATIONAL},
     *     or a held pack has its id and version
     */
    public RuleCatalogue with(RuleSet pack) {
        requireNonNull(pack, "pack");
        if (!pack.jurisdiction().equals(NATIONAL) && !Division.isCode(pack.jurisdiction())) {
            throw new IllegalArgumentException("rule pack " + pack.id() + " " + pack.version() + " has the jurisdiction \""
                + pack.jurisdiction() + "\"; a catalogue's pack names a six-digit GB/T 2260 division code such as 510000, or "
                + NATIONAL + " for national rules");
        }
        for (RuleSet held : packs) {
            if (held.id().equals(pack.id()) && held.version().equals(pack.version())) {
                throw new IllegalArgumentException("the catalogue already holds rule pack " + pack.id() + " version "
                    + pack.version() + "; give the new one another version");
            }
        }
        List<RuleSet> more = new ArrayList<>(packs);
        more.add(pack);
        return new RuleCatalogue(more);
    }

    /** @return the packs, in the order they were added */
    public List<RuleSet> packs() {
        return packs;
    }

    /**
     * Picks the pack for the evaluation's kind, place ({@link Evaluation#division()}) and year.
     *
     * @param evaluation the evaluation, not null
     * @return the pack picked and why, or why none
     */
    public Choice choose(Evaluation evaluation) {
        requireNonNull(evaluation, "evaluation");
        return choose(evaluation.kind(), evaluation.division(), evaluation.year());
    }

    /**
     * Picks a pack in effect on some day of the year; of several at one place, the one that took
     * effect last.
     *
     * @param kind what the evaluation covers, not null
     * @param place where it is from; national packs only when empty
     * @param year the year evaluated
     * @return the pack picked and why, or why none
     */
    public Choice choose(EvaluationKind kind, Optional<Division> place, int year) {
        return choose(kind, place, pack -> pack.isEffectiveIn(year), "in " + year, year + "年");
    }

    /**
     * Picks a pack in effect on the day, both effective dates inclusive.
     *
     * @param kind what the evaluation covers, not null
     * @param place where it is from; national packs only when empty
     * @param day the day, not null
     * @return the pack picked and why, or why none
     */
    public Choice choose(EvaluationKind kind, Optional<Division> place, LocalDate day) {
        requireNonNull(day, "day");
        return choose(kind, place, pack -> pack.isEffectiveOn(day), "on " + day, day + "");
    }

    private Choice choose(EvaluationKind kind, Optional<Division> place, Predicate<RuleSet> effective,
            String when, String whenZh) {
        requireNonNull(kind, "kind");
        requireNonNull(place, "place");
        List<String> levels = new ArrayList<>(place.map(Division::codesUpward).orElse(List.of()));
        levels.add(NATIONAL);
        for (int level = 0; level < levels.size(); level++) {
            String code = levels.get(level);
            RuleSet best = null;
            for (RuleSet pack : packs) {
                if (pack.jurisdiction().equals(code) && pack.kind().map(k -> k == kind).orElse(true)
                    && effective.test(pack) && (best == null || !beats(best, pack))) {
                    best = pack;
                }
            }
            if (best != null) {
                return Choice.of(best, code, level == 0 && place.isPresent(),
                    reason(best, kind, place, levels.subList(0, level), code, when),
                    reasonZh(best, kind, place, levels.subList(0, level), code, whenZh));
            }
        }
        return Choice.none(
            "no rule pack for " + kind + " at " + String.join(", ", levels) + " is in effect " + when
                + place.map(p -> " (the evaluation is from " + p + ")").orElse(" (the evaluation names no place)"),
            "没有适用于" + kind.chineseName() + "、" + whenZh + "有效的规则包（查找了 " + String.join("、", levels) + "）"
                + place.map(p -> "；被评价单位在 " + p).orElse("；评价未注明行政区划"));
    }

    /** @return whether {@code held} stays picked over {@code later}, which was added after it */
    private static boolean beats(RuleSet held, RuleSet later) {
        if (held.kind().isPresent() != later.kind().isPresent()) {
            return held.kind().isPresent();
        }
        return held.effectiveFrom().isAfter(later.effectiveFrom());
    }

    private static String reason(RuleSet pack, EvaluationKind kind, Optional<Division> place, List<String> without,
            String code, String when) {
        String where = code.equals(NATIONAL) ? "national rules" : "rules of " + code;
        return pack.id() + " version " + pack.version() + ": the " + where + " for " + kind + " in effect " + when
            + " (from " + pack.effectiveFrom() + pack.effectiveUntil().map(u -> " until " + u).orElse("") + ")"
            + place.map(p -> "; the evaluation is from " + p).orElse("; the evaluation names no place")
            + (without.isEmpty() ? "" : ", and " + String.join(", ", without) + " have no pack of their own");
    }

    private static String reasonZh(RuleSet pack, EvaluationKind kind, Optional<Division> place, List<String> without,
            String code, String when) {
        String where = code.equals(NATIONAL) ? "全国规则" : code + " 的规则";
        return pack.id() + "（版本 " + pack.version() + "）：" + when + "有效的" + where + "，适用于" + kind.chineseName()
            + "（自 " + pack.effectiveFrom() + pack.effectiveUntil().map(u -> " 至 " + u).orElse("") + "）"
            + place.map(p -> "；被评价单位在 " + p).orElse("；评价未注明行政区划")
            + (without.isEmpty() ? "" : "，" + String.join("、", without) + " 没有自己的规则包");
    }

    /**
     * What a catalogue picked, or that it picked nothing, and why, in English and in Chinese.
     *
     * <p>Instances are immutable and thread-safe.
     */
    public static final class Choice {
        private final Optional<RuleSet> ruleSet;
        private final Optional<String> jurisdiction;
        private final boolean ownPlace;
        private final String reason;
        private final String reasonZh;

        private Choice(Optional<RuleSet> ruleSet, Optional<String> jurisdiction, boolean ownPlace, String reason,
                String reasonZh) {
            this.ruleSet = ruleSet;
            this.jurisdiction = jurisdiction;
            this.ownPlace = ownPlace;
            this.reason = reason;
            this.reasonZh = reasonZh;
        }

        static Choice of(RuleSet ruleSet, String jurisdiction, boolean ownPlace, String reason, String reasonZh) {
            return new Choice(Optional.of(ruleSet), Optional.of(jurisdiction), ownPlace, reason, reasonZh);
        }

        static Choice none(String reason, String reasonZh) {
            return new Choice(Optional.empty(), Optional.empty(), false, reason, reasonZh);
        }

        /** @return the pack picked; empty when no pack applies */
        public Optional<RuleSet> ruleSet() {
            return ruleSet;
        }

        /** @return the place whose pack was picked: a division code or {@link #NATIONAL}; empty when none */
        public Optional<String> jurisdiction() {
            return jurisdiction;
        }

        /** @return whether the pack is the evaluation's own place's, not one found further up */
        public boolean isOwnPlace() {
            return ownPlace;
        }

        /** @return why, in English: the pack, its place, kind and dates, and the places without a pack of their own */
        public String reason() {
            return reason;
        }

        /** @return why, in Chinese */
        public String reasonZh() {
            return reasonZh;
        }

        @Override
        public String toString() {
            return reason;
        }
    }
}
