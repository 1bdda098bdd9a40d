package org.perfeval.examples.bench;

/** What the benchmarks share. */
final class Benchmarks {
    /** The seed of every generated report: the same reports in every run. */
    static final long SEED = 20211231L;

    private Benchmarks() {}
}
