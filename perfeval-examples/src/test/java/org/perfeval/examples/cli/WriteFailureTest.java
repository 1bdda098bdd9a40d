package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.LoadRuleSetFromJson;
import org.perfeval.examples.SeedReport;

/**
 * A command that cannot write its output (a full disk, a closed pipe) fails: exit status 1 and one
 * line on standard error, never a silent success.
 */
class WriteFailureTest {
    @TempDir
    Path dir;

    private Path report;
    private Path ruleSet;
    private Path ndjson;

    @BeforeEach
    void files() throws IOException {
        report = Cli.copy(SeedReport.JINSHUI_2021, dir);
        try (var in = WriteFailureTest.class.getResourceAsStream(LoadRuleSetFromJson.RULE_SET)) {
            ruleSet = Cli.write(dir, "rules.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ndjson = Cli.write(dir, "lines.ndjson", SeedText.jinshui().replace("\n", "") + "\n");
    }

    /** Each command with arguments that succeed when the output can be written. */
    private List<String[]> everyCommand() {
        return List.of(
            new String[] {"score", report.toString()},
            new String[] {"score", report.toString(), "--format", "json"},
            new String[] {"validate", report.toString()},
            new String[] {"lint", ruleSet.toString()},
            new String[] {"demo"},
            new String[] {"batch", ndjson.toString()},
            new String[] {"completion"},
            new String[] {"--help"},
            new String[] {"--version"});
    }

    @Test
    void everyCommandSucceedsWhenItCanWrite() {
        for (String[] args : everyCommand()) {
            Cli cli = Cli.run(args);
            assertEquals(PerfevalCli.OK, cli.status, String.join(" ", args) + "\n" + cli);
        }
    }

    @Test
    void everyCommandFailsWithOneLineWhenItsOutputCannotBeWritten() {
        for (String[] args : everyCommand()) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status;
            try (PrintStream out = new PrintStream(new Failing(), true, StandardCharsets.UTF_8);
                    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = new PerfevalCli(Locale.ENGLISH, Terminal.NONE, System::nanoTime)
                    .run(args, new ByteArrayInputStream(new byte[0]), out, e);
            }
            String said = err.toString(StandardCharsets.UTF_8);
            String command = args[0].startsWith("-") ? "perfeval" : "perfeval " + args[0];
            assertEquals(PerfevalCli.REJECTED, status, String.join(" ", args) + ": " + said);
            assertEquals(command + ": cannot write the output\n", said, String.join(" ", args));
        }
    }

    @Test
    void theMessageIsInTheRunsLanguage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(new Failing(), true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            assertEquals(PerfevalCli.REJECTED, new PerfevalCli(Locale.CHINA, Terminal.NONE, System::nanoTime)
                .run(new String[] {"demo"}, out, e));
        }
        assertEquals("perfeval demo: 无法写出结果\n", err.toString(StandardCharsets.UTF_8));
    }

    /** The real tool, in its own JVM, writing to /dev/full: the one-line error says why. */
    @Test
    void aFullDiskIsAFailureForEveryCommand() throws IOException, InterruptedException {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists() && full.canWrite(), "no /dev/full on this system");
        for (String[] args : everyCommand().subList(0, 6)) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), PerfevalCli.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(full);
            builder.environment().put("LC_ALL", "C.UTF-8");
            Process process = builder.start();
            String said = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(PerfevalCli.REJECTED, process.exitValue(), String.join(" ", args) + ": " + said);
            assertEquals("perfeval " + args[0] + ": cannot write the output: No space left on device\n", said, String.join(" ", args));
        }
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** An output whose every write fails, as a full disk's does. */
    private static final class Failing extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}
