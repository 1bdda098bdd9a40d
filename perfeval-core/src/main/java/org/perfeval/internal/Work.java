package org.perfeval.internal;

/**
 * Counts the elementary steps of the checks and matches whose cost must grow at most linearly with
 * their input (pattern matching, lint, category matching), so that tests can assert the growth by
 * counting steps rather than timing them. Off unless a test turns it on for its own thread; when
 * off, a step costs one read of a static field.
 */
public final class Work {
    private static volatile boolean counting;
    private static final ThreadLocal<long[]> STEPS = ThreadLocal.withInitial(() -> new long[1]);

    private Work() {}

    /** Records {@code n} steps on the current thread, if counting is on. */
    public static void steps(long n) {
        if (counting) {
            STEPS.get()[0] += n;
        }
    }

    /**
     * Runs a task with counting on and returns the steps it took on the current thread.
     *
     * @param task the task, not null
     * @return the steps counted while it ran
     */
    public static long count(Runnable task) {
        counting = true;
        long[] steps = STEPS.get();
        long before = steps[0];
        task.run();
        return steps[0] - before;
    }
}
