/**
 * The readers and writers behind {@link org.perfeval.json.PerfevalModule}, one class per kind of JSON
 * object, on a strict reading core ({@code Reading}) and an exact writing core ({@code Writing}). Not
 * exported: not API.
 */
package org.perfeval.json.internal;
