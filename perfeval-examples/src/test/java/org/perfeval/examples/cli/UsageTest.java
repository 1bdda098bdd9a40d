package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Help, bad usage and exit status 2, without touching any file. */
class UsageTest {

    @Test
    void helpListsEveryCommandAndTheExitStatuses() {
        for (String flag : new String[] {"--help", "-h", "help"}) {
            Cli cli = Cli.run(flag);
            assertEquals(PerfevalCli.OK, cli.status, cli.toString());
            assertTrue(cli.out.startsWith("Usage: perfeval COMMAND"), cli.toString());
            for (String command : new String[] {"score", "validate", "lint", "demo"}) {
                assertTrue(cli.out.contains("\n  " + command + " "), command + " missing from\n" + cli.out);
            }
            assertTrue(cli.out.contains("1 when an input is rejected"), cli.out);
            assertEquals("", cli.err);
        }
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : new String[] {"score", "validate", "lint", "demo"}) {
            Cli long_ = Cli.run(command, "--help");
            assertEquals(PerfevalCli.OK, long_.status, long_.toString());
            assertTrue(long_.out.startsWith("Usage: perfeval " + command), long_.toString());
            assertEquals(long_.out, Cli.run(command, "-h").out);
            assertEquals(long_.out, Cli.run("help", command).out);
            // --help wins over whatever else stands on the line.
            assertEquals(long_.out, Cli.run(command, "no-such-file.json", "--bogus", "--help").out);
        }
    }

    @Test
    void noArgumentsPrintsTheHelpToStandardErrorWithStatus2() {
        Cli cli = Cli.run();
        assertEquals(PerfevalCli.USAGE, cli.status);
        assertEquals("", cli.out);
        assertTrue(cli.err.startsWith("Usage: perfeval COMMAND"), cli.err);
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        Cli cli = Cli.run("grade", "x.json");
        assertEquals(PerfevalCli.USAGE, cli.status);
        assertEquals("perfeval: unknown command 'grade'\nTry 'perfeval --help'.\n", cli.err);
        assertEquals("", cli.out);
    }

    @Test
    void anUnknownOptionIsBadUsageNamedWithItsCommand() {
        Cli cli = Cli.run("validate", "--strict", "x.json");
        assertEquals(PerfevalCli.USAGE, cli.status);
        assertEquals("perfeval validate: unknown option '--strict'\nTry 'perfeval validate --help'.\n", cli.err);
    }

    @Test
    void validateWithoutFilesIsBadUsage() {
        Cli cli = Cli.run("validate");
        assertEquals(PerfevalCli.USAGE, cli.status);
        assertTrue(cli.err.startsWith("perfeval validate: no file to validate\n"), cli.err);
    }

    @Test
    void theDemoTakesNoFile() {
        Cli cli = Cli.run("demo", "jinshui-2021.json");
        assertEquals(PerfevalCli.USAGE, cli.status);
        assertTrue(cli.err.startsWith("perfeval demo: demo takes no file"), cli.err);
        assertEquals("", cli.out);
    }

    @Test
    void helpForAnUnknownCommandIsBadUsage() {
        assertEquals(PerfevalCli.USAGE, Cli.run("help", "grade").status);
    }
}
