/**
 * Shared vocabulary of the registry's statistical computations, with no business rules: a JSON-safe {@link
 * fr.vigie.platform.stats.Figure} for values that may be undefined or infinite, the {@link
 * fr.vigie.platform.stats.Convention} stored beside every figure, severity bands, and the single exception that
 * refuses meaningless input. Distribution functions are delegated to Apache Commons Statistics.
 */
package fr.vigie.platform.stats;
