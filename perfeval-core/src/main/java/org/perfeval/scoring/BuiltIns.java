package org.perfeval.scoring;

/** Registers the built-in rules and aggregators under their names. */
final class BuiltIns {
    private BuiltIns() {}

    static RuleRegistry register(RuleRegistry empty) {
        return empty
            .with("positive", QuantitativeRules.parameterless(QuantitativeRules.POSITIVE))
            .with("reverse-ratio", QuantitativeRules.parameterless(QuantitativeRules.REVERSE_RATIO))
            .with("reverse-linear", QuantitativeRules.parameterless(QuantitativeRules.REVERSE_LINEAR))
            .with("equality", QuantitativeRules.parameterless(QuantitativeRules.EQUALITY))
            .with("qualitative", QualitativeRule.FACTORY)
            .with("budget-execution", BudgetExecutionRule.FACTORY)
            .with("step-deduction", DeductionRules.STEP)
            .with("brackets", BracketsRule.FACTORY)
            .with("count-deduction", DeductionRules.COUNT)
            .with("coefficient", JudgementRules.parameterless(JudgementRules.COEFFICIENT))
            .with("reported", JudgementRules.parameterless(JudgementRules.REPORTED))
            .with("not-applicable", JudgementRules.parameterless(JudgementRules.NOT_APPLICABLE))
            .withAggregator("weighted-sum", Aggregators.parameterless(Aggregators.WEIGHTED_SUM))
            .withAggregator("weakest-link", Aggregators.parameterless(Aggregators.WEAKEST_LINK))
            .withAggregator("lookup", Aggregators.LOOKUP);
    }
}
