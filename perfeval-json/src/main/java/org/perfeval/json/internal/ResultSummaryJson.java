package org.perfeval.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.model.Evaluation;
import org.perfeval.model.Project;
import org.perfeval.scoring.NodeResult;

/**
 * The summary result document ({@code result-summary.schema.json}): the figures of a result without its
 * traces, metrics, messages or evaluation echo, under the full result's field names. Written straight to
 * the generator, as the full result is; nothing is built in between. Not read back.
 */
public final class ResultSummaryJson {
    private ResultSummaryJson() {}

    /**
     * Writes the summary of a result.
     *
     * @param result the result, not null
     * @param line the input line the result is for, from 1, written as {@code "line"}; 0 for none
     * @param g where to write; it expects a value
     * @throws IOException if the generator cannot write
     */
    public static void write(EvaluationResult result, long line, JsonGenerator g) throws IOException {
        g.writeStartObject();
        SchemaVersion.write(g);
        if (line > 0) {
            g.writeNumberField("line", line);
        }
        writeIdentity(result.evaluation(), g);
        ResultJson.writeRuleSet(result, g);
        ResultJson.writeTotalAndGrade(result, g);
        g.writeArrayFieldStart("nodes");
        for (NodeResult node : result.nodes()) {
            writeNode(node, g);
        }
        g.writeEndArray();
        Writing.list(g, "findings", result.findings(), FindingJson::writeSummary);
        g.writeEndObject();
    }

    /** The report's identity and its projects as printed, under the evaluation document's names. */
    private static void writeIdentity(Evaluation evaluation, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("evaluation");
        g.writeStringField("unit", evaluation.unit());
        g.writeNumberField("year", evaluation.year());
        Writing.constant(g, "kind", evaluation.kind());
        Writing.optional(g, "division", evaluation.division(), DivisionJson::write);
        Writing.list(g, "projects", evaluation.projects(), ResultSummaryJson::writeProject);
        g.writeEndObject();
    }

    private static void writeProject(Project project, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Writing.string(g, "number", project.number());
        g.writeStringField("name", project.name());
        g.writeFieldName("approved");
        AmountJson.write(project.approved(), g);
        g.writeFieldName("executed");
        AmountJson.write(project.executed(), g);
        Writing.optional(g, "status", project.status(), (s, out) -> out.writeString(s.name()));
        g.writeEndObject();
    }

    private static void writeNode(NodeResult node, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", node.path().toString());
        Writing.decimal(g, "points", node.points());
        if (node.notComputable().isPresent()) {
            g.writeStringField("notComputable", node.notComputable().get());
        } else {
            Writing.decimal(g, "awarded", node.awarded());
        }
        Writing.decimal(g, "reportedScore", node.reportedScore());
        Writing.constant(g, "status", node.status());
        g.writeEndObject();
    }
}
