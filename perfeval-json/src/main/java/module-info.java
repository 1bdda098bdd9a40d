/**
 * perfeval JSON: the Jackson binding of evaluations, rule sets and results, a hardened reader and the
 * JSON Schemas of the three document kinds.
 */
module org.perfeval.json {
    requires transitive org.perfeval.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.perfeval.json;

    provides com.fasterxml.jackson.databind.Module with org.perfeval.json.PerfevalModule;
}
