package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's examples of the tool's output are lines the tool prints. */
class ReadmeCliTest {

    @Test
    void theDemoLinesInTheReadmeAreTheDemos() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String lang : new String[] {"en", "zh"}) {
            String demo = Cli.run("demo", "--lang", lang).out;
            List<String> shown = shown(readme, "$ java -jar perfeval.jar demo --lang " + lang + "\n");
            assertTrue(shown.size() >= 5, "the README shows the demo in " + lang);
            for (String line : shown) {
                assertTrue(demo.contains(line + "\n"), "not in the demo --lang " + lang + ": " + line);
            }
        }
    }

    /** @return the lines after {@code prompt}, up to the next prompt or the end of the block, but "..." */
    private static List<String> shown(String readme, String prompt) {
        int start = readme.indexOf(prompt);
        assertTrue(start >= 0, "the README shows " + prompt);
        List<String> lines = new ArrayList<>();
        for (String line : readme.substring(start + prompt.length()).split("\n")) {
            if (line.startsWith("$ ") || line.startsWith("```")) {
                break;
            }
            if (!line.isBlank() && !line.strip().equals("...")) {
                lines.add(line);
            }
        }
        return lines;
    }
}
