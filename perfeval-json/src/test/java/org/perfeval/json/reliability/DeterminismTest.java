package org.perfeval.json.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.fixtures.SeedReports;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;
import org.perfeval.rules.Profiles;
import org.perfeval.rules.RuleSet;
import org.perfeval.testing.PerfevalArbitraries;

/**
 * The same documents give byte-identical results and refusals in every JVM: JVMs forked with another
 * locale (Turkish dotless i, Arabic and Thai digits), time zone, default charset and identity hash
 * codes, and each with its own seed for the iteration order of {@code Set.of} and {@code Map.of},
 * write what this JVM writes. The cases: the seed reports under both profiles, 40 generated evaluations
 * under generated rule sets (150 with {@code -Plong}), the hostile documents and broken rule sets.
 */
class DeterminismTest {
    private static final String UNLOCK = "-XX:+UnlockExperimentalVMOptions";
    /** Each a JVM unlike this one and the others. {@code hashCode=2} gives every object the identity hash 1. */
    private static final List<List<String>> JVMS = List.of(
        List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Asia/Kolkata", "-Dfile.encoding=ISO-8859-1",
            UNLOCK, "-XX:hashCode=2"),
        List.of("-Duser.language=ar", "-Duser.country=SA", "-Duser.timezone=America/St_Johns", "-Dfile.encoding=US-ASCII",
            UNLOCK, "-XX:hashCode=3"),
        List.of("-Duser.language=th", "-Duser.country=TH", "-Duser.variant=TH", "-Duser.timezone=Pacific/Chatham",
            "-Dfile.encoding=GB18030", UNLOCK, "-XX:hashCode=4"));
    private static final int GENERATED = Boolean.getBoolean("perfeval.test.long") ? 150 : 40;

    private static final PerfevalJson JSON = PerfevalJson.create();

    @Test
    void everyJvmWritesTheSameBytes(@TempDir Path directory) throws Exception {
        Path cases = Files.createDirectories(directory.resolve("cases"));
        List<String[]> lines = writeCases(cases);
        List<Process> forks = new ArrayList<>();
        for (int i = 0; i < JVMS.size(); i++) {
            forks.add(fork(JVMS.get(i), cases, directory.resolve("jvm" + i)));
        }
        List<byte[]> expected = new ArrayList<>();
        for (String[] line : lines) {
            expected.add(Outputs.of(cases, line[1], line[2]));
        }
        for (int i = 0; i < JVMS.size(); i++) {
            Process fork = forks.get(i);
            if (!fork.waitFor(120, TimeUnit.SECONDS)) {
                fork.destroyForcibly();
                fail("the JVM " + JVMS.get(i) + " did not finish within 120 s");
            }
            int jvm = i;
            assertEquals(0, fork.exitValue(), () -> "the JVM " + JVMS.get(jvm) + " failed: " + errors(directory, jvm));
            for (int c = 0; c < lines.size(); c++) {
                byte[] forked = Files.readAllBytes(directory.resolve("jvm" + i).resolve(lines.get(c)[0]));
                compare(JVMS.get(i), lines.get(c), expected.get(c), forked);
            }
        }
        assertTrue(lines.size() > GENERATED, "the cases cover the generated evaluations and more");
    }

    /** The reports under every profile, generated evaluations under generated rule sets, hostile documents, bad rule sets. */
    private static List<String[]> writeCases(Path cases) throws IOException {
        List<String[]> lines = new ArrayList<>();
        List<RuleSet> profiles = List.of(Profiles.departmentOverall(), Profiles.ministryProject());
        List<Evaluation> reports = List.of(SeedReports.jinshui2021(), SeedReports.guancheng2022(), SeedReports.potou2022());
        for (Evaluation report : reports) {
            for (RuleSet profile : profiles) {
                add(lines, cases, JSON.write(report).getBytes(StandardCharsets.UTF_8), JSON.write(profile));
            }
        }
        List<Evaluation> evaluations = PerfevalArbitraries.evaluations().withoutEdgeCases().sampleStream().limit(GENERATED).toList();
        List<RuleSet> ruleSets = PerfevalArbitraries.ruleSets().withoutEdgeCases().sampleStream().limit(GENERATED).toList();
        for (int i = 0; i < GENERATED; i++) {
            add(lines, cases, JSON.write(evaluations.get(i)).getBytes(StandardCharsets.UTF_8), JSON.write(ruleSets.get(i)));
        }
        String department = JSON.write(Profiles.departmentOverall());
        for (byte[] hostile : hostileDocuments()) {
            add(lines, cases, hostile, department);
        }
        byte[] jinshui = JSON.write(SeedReports.jinshui2021()).getBytes(StandardCharsets.UTF_8);
        for (String bad : List.of(
                department.replace("{\"name\":\"qualitative\"}", "{\"name\":\"qualitative\",\"numbers\":{\"partial\":0.5,\"weight\":1}}"),
                department.replace("{\"name\":\"positive\"}", "{\"name\":\"positive\",\"words\":{\"side\":\"above\"}}"),
                department.replace("{\"name\":\"预算执行\",", "{\"name\":\"预算执行\u3000\","),
                department.replace("{\"name\":\"positive\"}", "{\"name\":\"no-such-rule\"}"))) {
            add(lines, cases, jinshui, bad);
        }
        Files.write(cases.resolve(Outputs.CASES), lines.stream().map(l -> String.join("\t", l)).toList(), StandardCharsets.UTF_8);
        return lines;
    }

    private static void add(List<String[]> lines, Path cases, byte[] evaluation, String ruleSet) throws IOException {
        String name = String.format(Locale.ROOT, "case-%03d", lines.size());
        Files.write(cases.resolve(name + ".evaluation.json"), evaluation);
        Files.writeString(cases.resolve(name + ".rule-set.json"), ruleSet, StandardCharsets.UTF_8);
        lines.add(new String[] {name, name + ".evaluation.json", name + ".rule-set.json"});
    }

    private static List<byte[]> hostileDocuments() {
        try (Stream<Path> files = Files.list(Path.of(DeterminismTest.class.getResource("/org/perfeval/json/hostile").toURI()))) {
            return files.sorted().map(DeterminismTest::bytes).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process fork(List<String> options, Path cases, Path outputs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(ScoreAndWrite.class.getName());
        command.add(cases.toString());
        command.add(outputs.toString());
        Files.createDirectories(outputs);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outputs.resolve("console.txt").toFile())
            .start();
    }

    private static String errors(Path directory, int jvm) {
        try {
            return Files.readString(directory.resolve("jvm" + jvm).resolve("console.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no console output: " + e + ")";
        }
    }

    private static void compare(List<String> jvm, String[] line, byte[] expected, byte[] forked) {
        if (Arrays.equals(expected, forked)) {
            return;
        }
        int at = Arrays.mismatch(expected, forked);
        fail("case " + line[0] + " differs in the JVM " + jvm + " at byte " + at + ":\n  here: "
            + excerpt(expected, at) + "\n  there: " + excerpt(forked, at));
    }

    private static String excerpt(byte[] bytes, int at) {
        int from = Math.max(0, at - 80);
        return new String(bytes, from, Math.min(bytes.length, at + 80) - from, StandardCharsets.UTF_8);
    }
}
