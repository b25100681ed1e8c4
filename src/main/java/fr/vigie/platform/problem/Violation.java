package fr.vigie.platform.problem;

/** One invalid field of a request: the JSON path of the field (or query parameter) and why. */
public record Violation(String field, String message) {}
