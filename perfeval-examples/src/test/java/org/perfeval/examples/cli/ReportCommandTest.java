package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code perfeval report}: where the pages go, and the usage it refuses. */
class ReportCommandTest {
    private static final Path SEEDS = Path.of("src/main/resources/org/perfeval/examples/seeds");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new PerfevalCli(Locale.ENGLISH, Terminal.NONE, System::nanoTime).run(args,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void oneFileToOnePageNamedByTheOption() throws Exception {
        Path page = dir.resolve("sub/jinshui.html");
        assertEquals(PerfevalCli.OK, run("report", SEEDS.resolve("jinshui-2021.json").toString(), "-o", page.toString()));
        assertEquals(page + "\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(page).contains("<html lang=\"en\">"));
        assertFalse(Files.exists(dir.resolve("sub/index.html")), "no index for one report");
    }

    @Test
    void severalFilesToADirectoryWithAnIndexAndNamesKeptApart() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("other")).resolve("jinshui-2021.json");
        Files.copy(SEEDS.resolve("jinshui-2021.json"), copy);
        Path pages = dir.resolve("pages");
        assertEquals(PerfevalCli.OK, run("report", "--lang", "zh", "-o", pages.toString(),
            SEEDS.resolve("jinshui-2021.json").toString(), copy.toString(), SEEDS.resolve("potou-2022.json").toString()));
        assertTrue(Files.exists(pages.resolve("jinshui-2021.html")));
        assertTrue(Files.exists(pages.resolve("jinshui-2021-2.html")));
        assertTrue(Files.exists(pages.resolve("potou-2022.html")));
        String index = Files.readString(pages.resolve("index.html"));
        assertTrue(index.contains("href=\"jinshui-2021-2.html\"") && index.contains("<html lang=\"zh-CN\">"), index);
    }

    @Test
    void refusesNoOutputAndOnePageForSeveralFiles() {
        assertEquals(PerfevalCli.USAGE, run("report", SEEDS.resolve("jinshui-2021.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("perfeval report: report needs -o DIR"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(PerfevalCli.USAGE, run("report", "-o", dir.resolve("x.html").toString(),
            SEEDS.resolve("jinshui-2021.json").toString(), SEEDS.resolve("potou-2022.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("names one page, but several files are given"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("x.html")));
    }

    @Test
    void aRejectedFileWritesNothing() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": \"1.0\"");
        assertEquals(PerfevalCli.REJECTED, run("report", "-o", dir.resolve("pages").toString(),
            SEEDS.resolve("jinshui-2021.json").toString(), broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.json"));
        assertFalse(Files.exists(dir.resolve("pages")));
    }
}
