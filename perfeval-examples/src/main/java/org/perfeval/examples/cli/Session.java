package org.perfeval.examples.cli;

import org.perfeval.scoring.RuleRegistry;

/**
 * What one run of the tool works with: its streams and language, the reader of the files it names,
 * the scorer and the registry of rules. Made for each run; nothing is kept between runs.
 */
record Session(Console console, Documents documents, Scorer scorer, RuleRegistry registry) {}
