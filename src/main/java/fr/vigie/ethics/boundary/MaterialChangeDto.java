package fr.vigie.ethics.boundary;

/**
 * A material field changed since the binding decision: canonical values ({@code before}, {@code after}) and their
 * display text in the caller's language.
 */
public record MaterialChangeDto(String field, String label, String before, String after, String beforeText,
    String afterText) {}
