/**
 * perfeval core: the domain model of budget-performance self-evaluations (绩效自评), the scoring
 * engine and the audit.
 */
module org.perfeval.core {
    requires static org.immutables.value.annotations;
    requires com.google.common;

    exports org.perfeval;
    exports org.perfeval.model;
    exports org.perfeval.rules;
    exports org.perfeval.scoring.spi;
    exports org.perfeval.scoring;
    exports org.perfeval.audit;
    exports org.perfeval.evaluation;

    uses org.perfeval.scoring.spi.ScoringRuleProvider;
}
