package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.LoadRuleSetFromJson;
import org.perfeval.examples.SeedReport;

/** The conventions a Unix user relies on: --version, - for standard input, @argfiles, completion, options anywhere. */
class ConventionsTest {
    @TempDir
    Path dir;

    @Test
    void versionPrintsTheProjectsVersion() throws IOException {
        // The version the build gives the module, read from its pom's <parent>.
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(parent.find(), "perfeval-examples/pom.xml names its parent's version");
        for (String flag : new String[] {"--version", "-V"}) {
            Cli cli = Cli.run(flag);
            assertEquals(PerfevalCli.OK, cli.status, cli.toString());
            assertEquals("perfeval " + parent.group(1) + "\n", cli.out);
            assertEquals("", cli.err);
        }
    }

    @Test
    void aDashReadsStandardInputForEveryCommandThatReadsFiles() {
        String jinshui = SeedText.jinshui();
        Cli score = Cli.in(Locale.ENGLISH, stdin(jinshui), "score", "-");
        assertEquals(PerfevalCli.OK, score.status, score.toString());
        assertTrue(score.out.contains("\nSource: standard input\n"), score.out);
        assertEquals(List.of("Total", "100", "100.00", "98.15", "100.00%", "98.15%"), Output.row(score.out, "Total"));

        Cli validate = Cli.in(Locale.ENGLISH, stdin(jinshui), "validate", "-");
        assertEquals(PerfevalCli.OK, validate.status, validate.toString());
        assertTrue(validate.out.startsWith("standard input: valid evaluation: 郑州市金水区政务服务中心 2021 "), validate.out);

        Cli lint = Cli.in(Locale.ENGLISH, stdin(ruleSet()), "lint", "-");
        assertEquals(PerfevalCli.OK, lint.status, lint.toString());
        assertTrue(lint.out.startsWith("standard input: clean: example-sichuan-style-department version 2024.1"), lint.out);

        Cli batch = Cli.in(Locale.ENGLISH, stdin(jinshui.replace("\n", "") + "\n"), "batch", "-");
        assertEquals(PerfevalCli.OK, batch.status, batch.toString());
        assertTrue(batch.out.startsWith("{\"schemaVersion\":\"1.0\""), batch.out);

        // The rule set may come from standard input too, and a rejection names it.
        Path report = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli rules = Cli.in(Locale.ENGLISH, stdin(ruleSet()), "score", report.toString(), "--rules", "-");
        assertEquals(PerfevalCli.OK, rules.status, rules.toString());
        assertTrue(rules.out.contains("\nRule set: example-sichuan-style-department, version 2024.1"), rules.out);
        Cli broken = Cli.in(Locale.ENGLISH, stdin("{\"year\": 2021"), "validate", "-");
        assertEquals(PerfevalCli.REJECTED, broken.status, broken.toString());
        assertTrue(broken.err.startsWith("perfeval validate: standard input: "), broken.err);
    }

    @Test
    void standardInputIsReadOnce() {
        Cli twice = Cli.in(Locale.ENGLISH, stdin(SeedText.jinshui()), "score", "-", "-");
        assertEquals(PerfevalCli.USAGE, twice.status, twice.toString());
        assertTrue(twice.err.startsWith("perfeval score: - (standard input) can be read only once\n"), twice.err);
        Cli both = Cli.in(Locale.ENGLISH, stdin(""), "batch", "-", "--rules", "-");
        assertEquals(PerfevalCli.USAGE, both.status, both.toString());
    }

    @Test
    void anArgumentFileStandsForTheArgumentsItHolds() {
        Path report = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Path arguments = Cli.write(dir, "args.txt", "score\n" + report + "\n--format json\n");
        Cli cli = Cli.run("@" + arguments);
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        assertEquals(Cli.run("score", report.toString(), "--format", "json").out, cli.out);
        assertTrue(cli.out.contains("\"computed\": 100.00,"), cli.out);
    }

    @Test
    void theCompletionScriptNamesEveryCommandAndTheValuesOfTheOptions() throws IOException, InterruptedException {
        Cli cli = Cli.run("completion");
        assertEquals(PerfevalCli.OK, cli.status, cli.toString());
        assertTrue(cli.out.startsWith("#!/usr/bin/env bash\n"), cli.out.substring(0, 100));
        assertTrue(cli.out.contains("complete -F _complete_perfeval"), "registers itself for the command perfeval");
        for (String word : new String[] {"score", "batch", "validate", "lint", "demo", "completion", "help",
                "--format", "--profile", "--rules", "--lang", "--version"}) {
            assertTrue(cli.out.contains(word), word + " missing from the completion script");
        }
        // The values of --lang, --format and --profile are completed.
        assertTrue(cli.out.contains("=(\"zh\" \"en\") # --lang values"), "the languages of --lang");
        assertTrue(cli.out.contains("=(\"text\" \"markdown\" \"json\") # --format values"), "the formats of --format");
        assertTrue(cli.out.contains("=(\"department-overall\" \"ministry-project\") # --profile values"), "the profiles");
        // bash itself reads the script without a syntax error, where bash is installed.
        File bash = new File("/bin/bash");
        Assumptions.assumeTrue(bash.canExecute(), "bash is not installed");
        Path script = Cli.write(dir, "perfeval_completion", cli.out);
        Process check = new ProcessBuilder(bash.getPath(), "-n", script.toString()).redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), said);
    }

    @Test
    void optionsTakeTheirValueInEitherFormAnywhereOnTheLine() {
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Path potou = Cli.copy(SeedReport.POTOU_2022, dir);
        Cli mixed = Cli.run("score", jinshui.toString(), "--format=json", potou.toString(), "--profile", "department-overall");
        Cli ordered = Cli.run("score", "--format", "json", "--profile=department-overall", jinshui.toString(), potou.toString());
        assertEquals(PerfevalCli.OK, mixed.status, mixed.toString());
        assertEquals(ordered.out, mixed.out);
        assertTrue(mixed.out.startsWith("[\n"), "two files give an array");
    }

    @Test
    void afterADoubleDashEverythingIsAFile() {
        Cli cli = Cli.run("validate", "--", "--help");
        assertEquals(PerfevalCli.REJECTED, cli.status, cli.toString());
        assertEquals("perfeval validate: --help: no such file\n", cli.err);
    }

    @Test
    void badOptionsAreUsageErrorsThatNameThem() {
        assertUsage("perfeval score: unknown option '--rule'", "score", "--rule", "x", "a.json");
        assertUsage("perfeval score: option --format needs a value", "score", "a.json", "--format");
        assertUsage("perfeval score: option --profile is given twice", "score", "--profile", "a", "--profile=b", "a.json");
        assertUsage("perfeval: unknown option '--bogus'; a command comes first", "--bogus", "score");
        assertUsage("perfeval: unknown language 'fr'; use zh or en", "--lang", "fr", "demo");
        assertUsage("perfeval completion: unexpected argument 'bash'", "completion", "bash");
    }

    private static void assertUsage(String line, String... args) {
        Cli cli = Cli.run(args);
        assertEquals(PerfevalCli.USAGE, cli.status, cli.toString());
        String program = line.substring(0, line.indexOf(':'));
        assertEquals(line + "\nTry '" + program + " --help'.\n", cli.err);
        assertEquals("", cli.out);
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String ruleSet() {
        try (InputStream in = ConventionsTest.class.getResourceAsStream(LoadRuleSetFromJson.RULE_SET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
