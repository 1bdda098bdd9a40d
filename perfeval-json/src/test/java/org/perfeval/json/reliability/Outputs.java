package org.perfeval.json.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.perfeval.PerfevalException;
import org.perfeval.evaluation.EvaluationResult;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.json.PerfevalJson;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/**
 * What the library makes of the documents of one case, as bytes: the result written compact and
 * indented, or the message of the refusal. The same in every JVM, whatever its locale, time zone,
 * default charset or hash codes: {@link DeterminismTest} computes it here and in forked JVMs.
 *
 * <p>A case is a line {@code name<TAB>evaluation file<TAB>rule set file} of a directory's
 * {@code cases.txt}; the files are read from the directory as bytes.
 */
final class Outputs {
    static final String CASES = "cases.txt";

    private static final PerfevalJson JSON = PerfevalJson.create();
    private static final PerfevalJson PRETTY = JSON.withPrettyPrinting();

    private Outputs() {}

    /**
     * @param directory where the case's files are
     * @param evaluation the evaluation document's file name
     * @param ruleSet the rule set document's file name
     * @return the result written compact, then indented; or the message of the refusal
     */
    static byte[] of(Path directory, String evaluation, String ruleSet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream e = Files.newInputStream(directory.resolve(evaluation));
                InputStream r = Files.newInputStream(directory.resolve(ruleSet))) {
            RuleSet rules = JSON.readRuleSet(r);
            EvaluationResult result = Evaluator.of(rules, RuleRegistry.builtIns()).evaluate(JSON.readEvaluation(e));
            JSON.write(result, out);
            out.write('\n');
            PRETTY.write(result, out);
            JSON.write(rules, out);
        } catch (PerfevalException refused) {
            out.reset();
            out.writeBytes((refused.getClass().getSimpleName() + ": " + refused.getMessage()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException ioe) {
            throw new UncheckedIOException(ioe);
        }
        return out.toByteArray();
    }
}
