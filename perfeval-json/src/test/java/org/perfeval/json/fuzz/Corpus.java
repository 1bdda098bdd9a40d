package org.perfeval.json.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.evaluation.Evaluator;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.scoring.RuleRegistry;

/**
 * The valid documents the fuzzer starts from: the three published reports, the sample documents of
 * this module and the built-in profiles, each written compact and indented; and the engines that
 * score what the reader accepts.
 */
final class Corpus {
    private static final PerfevalJson JSON = PerfevalJson.create();
    private static final PerfevalJson PRETTY = JSON.withPrettyPrinting();

    /** The published reports, as the model has them. */
    static final List<Evaluation> REPORTS = List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(),
        SeedReports.potou2022());
    private static final List<String> REPORT_NAMES = List.of("jinshui-2021", "guancheng-2022", "potou-2022");

    /** The built-in profiles and the sample rule sets. */
    static final List<RuleSet> RULE_SETS = List.of(Profiles.departmentOverall(), Profiles.ministryProject(),
        JSON.readRuleSet(sample("department-overall.rule-set.json")), JSON.readRuleSet(sample("sichuan-style.rule-set.json")));

    /** An engine for each of {@link #RULE_SETS}. */
    static final List<Engine> ENGINES = RULE_SETS.stream()
        .map(r -> new Engine(r.id() + " " + r.version(), Evaluator.of(r, RuleRegistry.builtIns()))).toList();

    static final List<Seed> EVALUATIONS = evaluations();
    static final List<Seed> RULE_SET_DOCUMENTS = ruleSets();
    static final List<Seed> RESULTS = results();

    private Corpus() {}

    /**
     * An engine with a name for reports.
     *
     * @param name the rule set's id and version, or the rule set as JSON if generated
     * @param engine the engine
     */
    record Engine(String name, Evaluator engine) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Seed> evaluations() {
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < REPORTS.size(); i++) {
            seeds.add(Seed.of(REPORT_NAMES.get(i), JSON.write(REPORTS.get(i))));
            seeds.add(Seed.of(REPORT_NAMES.get(i) + " (indented)", PRETTY.write(REPORTS.get(i))));
        }
        seeds.add(Seed.of("samples/jinshui-2021.evaluation.json", sample("jinshui-2021.evaluation.json")));
        return List.copyOf(seeds);
    }

    private static List<Seed> ruleSets() {
        List<Seed> seeds = new ArrayList<>();
        for (RuleSet ruleSet : RULE_SETS) {
            seeds.add(Seed.of(ruleSet.id(), JSON.write(ruleSet)));
            seeds.add(Seed.of(ruleSet.id() + " (indented)", PRETTY.write(ruleSet)));
        }
        seeds.add(Seed.of("samples/sichuan-style.rule-set.json", sample("sichuan-style.rule-set.json")));
        return List.copyOf(seeds);
    }

    private static List<Seed> results() {
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < REPORTS.size(); i++) {
            for (Engine engine : ENGINES.subList(0, 2)) {
                seeds.add(Seed.of(REPORT_NAMES.get(i) + " under " + engine, JSON.write(engine.engine().evaluate(REPORTS.get(i)))));
            }
        }
        return List.copyOf(seeds);
    }

    static String sample(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/org/perfeval/json/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
