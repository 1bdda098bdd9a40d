package org.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The load harness measures a batch that really ran: every line back, none an error record. */
class BatchLoadTest {

    @ParameterizedTest
    @ValueSource(strings = {"full", "summary"})
    void everyLineComesBackAsAResult(String result) throws Exception {
        BatchLoad.Load load = BatchLoad.run(300, 10, result);
        assertEquals(0, load.exit, load.toString());
        assertEquals(300, load.lines, load.toString());
        assertEquals(0, load.errors, load.toString());
        assertTrue(load.bytes > 300 * 1000L, load.toString());
    }
}
