package org.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The load harness measures a batch that really ran: every line back, none an error record. */
class BatchLoadTest {

    @Test
    void everyLineComesBackAsAResult() throws Exception {
        BatchLoad.Load load = BatchLoad.run(300, 10);
        assertEquals(0, load.exit, load.toString());
        assertEquals(300, load.lines, load.toString());
        assertEquals(0, load.errors, load.toString());
    }
}
