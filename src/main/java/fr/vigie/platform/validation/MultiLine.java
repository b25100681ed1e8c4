package fr.vigie.platform.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request body that may hold several lines: line feed, carriage return and
 * tab are accepted there. Every other text field is single-line. Other control characters and
 * bidirectional overrides are refused in every field (see {@link TextRules}).
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}
