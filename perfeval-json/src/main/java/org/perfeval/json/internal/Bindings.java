package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.model.Actual;
import org.perfeval.model.Amount;
import org.perfeval.model.Claim;
import org.perfeval.model.DepartmentBudget;
import org.perfeval.model.Evaluation;
import org.perfeval.model.GradeScale;
import org.perfeval.model.Indicator;
import org.perfeval.model.IndicatorGroup;
import org.perfeval.model.IndicatorNode;
import org.perfeval.model.Project;
import org.perfeval.model.SelfEvaluationTable;
import org.perfeval.model.Target;
import org.perfeval.model.Unit;
import org.perfeval.rules.RuleSet;
import org.perfeval.rules.RuleSpec;

/** Registers every reader and writer of the binding with a mapper. Not API. */
public final class Bindings {
    private final SimpleSerializers serializers = new SimpleSerializers();
    private final SimpleDeserializers deserializers = new SimpleDeserializers();

    private Bindings() {
        bind(Evaluation.class, "an evaluation", EvaluationJson::read, EvaluationJson::write);
        bind(DepartmentBudget.class, "a budget", BudgetJson::read, BudgetJson::write);
        bind(Project.class, "a project", ProjectJson::read, ProjectJson::write);
        bind(Claim.class, "a claim", ClaimJson::read, ClaimJson::write);
        bind(IndicatorNode.class, "an indicator node", IndicatorNodeJson::read, IndicatorNodeJson::write);
        bind(Indicator.class, "a leaf indicator", p -> only(Indicator.class, "a leaf indicator", p),
            IndicatorNodeJson::write);
        bind(IndicatorGroup.class, "an indicator group", p -> only(IndicatorGroup.class, "an indicator group", p),
            IndicatorNodeJson::write);
        bind(Amount.class, "an amount", AmountJson::read, AmountJson::write);
        bind(Unit.class, "a unit", UnitJson::read, UnitJson::write);
        bind(Target.class, "a target", TargetJson::read, TargetJson::write);
        bind(Actual.class, "an actual", ActualJson::read, ActualJson::write);
        bind(RuleSet.class, "a rule set", RuleSetJson::read, RuleSetJson::write);
        bind(RuleSpec.class, "a rule", RuleSpecJson::read, RuleSpecJson::write);
        bind(GradeScale.class, "a grade scale", GradeScaleJson::read, GradeScaleJson::write);
        bind(EvaluationResult.class, "a result", ResultJson::read, ResultJson::write);
        bind(SelfEvaluationTable.class, "a table", TableJson::read, TableJson::write);
    }

    /**
     * Adds the binding's serializers and deserializers to a module being set up.
     *
     * @param context the set-up context Jackson passes to the module
     */
    public static void register(Module.SetupContext context) {
        Bindings bindings = new Bindings();
        context.addSerializers(bindings.serializers);
        context.addDeserializers(bindings.deserializers);
    }

    private <T> void bind(Class<T> type, String description, Reading.ValueReader<T> reader, Writing.ValueWriter<T> writer) {
        deserializers.addDeserializer(type, new JsonAdapters.Reader<>(type, description, reader));
        serializers.addSerializer(type, new JsonAdapters.Writer<>(type, writer));
    }

    private static <T extends IndicatorNode> T only(Class<T> type, String description, JsonParser p) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        IndicatorNode node = IndicatorNodeJson.read(p);
        if (!type.isInstance(node)) {
            throw Reading.problem(p, "expected " + description + " but \"" + node.name() + "\" is "
                + (node.isLeaf() ? "a leaf indicator (it has no children)" : "a group (it has children)"), start);
        }
        return type.cast(node);
    }
}
