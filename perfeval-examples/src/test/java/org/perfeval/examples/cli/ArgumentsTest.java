package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static final Set<String> VALUED = Set.of("--format", "--profile");

    @Test
    void optionsTakeTheirValueInEitherFormAnywhereOnTheLine() {
        Arguments args = Arguments.parse(List.of("a.json", "--format=json", "b.json", "--profile", "ministry-project"), VALUED);
        assertEquals(List.of("a.json", "b.json"), args.operands());
        assertEquals(Optional.of("json"), args.value("--format"));
        assertEquals(Optional.of("ministry-project"), args.value("--profile"));
    }

    @Test
    void afterADoubleDashEverythingIsAFile() {
        Arguments args = Arguments.parse(List.of("--format", "text", "--", "--profile", "-", "--help"), VALUED);
        assertEquals(List.of("--profile", "-", "--help"), args.operands());
        assertFalse(Arguments.asksForHelp(List.of("--", "--help")));
        assertTrue(Arguments.asksForHelp(List.of("x.json", "-h", "--")));
    }

    @Test
    void badOptionsAreUsageErrorsThatNameThem() {
        assertEquals("unknown option '--rule'", assertThrows(UsageException.class,
            () -> Arguments.parse(List.of("--rule", "x"), VALUED)).getMessage());
        assertEquals("option --format needs a value", assertThrows(UsageException.class,
            () -> Arguments.parse(List.of("--format"), VALUED)).getMessage());
        assertEquals("option --format needs a value", assertThrows(UsageException.class,
            () -> Arguments.parse(List.of("--format="), VALUED)).getMessage());
        assertEquals("option --profile is given twice", assertThrows(UsageException.class,
            () -> Arguments.parse(List.of("--profile", "a", "--profile=b"), VALUED)).getMessage());
    }
}
