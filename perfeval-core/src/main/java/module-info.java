/**
 * perfeval core: the domain model of budget-performance self-evaluations (绩效自评), the scoring
 * engine and the audit.
 */
module org.perfeval.core {
    requires static org.immutables.value.annotations;
    requires com.google.common;

    exports org.perfeval;
    exports org.perfeval.model;
    exports org.perfeval.audit;
    exports org.perfeval.scoring;

    uses org.perfeval.scoring.ScoringRuleProvider;
}
