package fr.vigie.audit.boundary;

/** A changed field with its displayed value before and after (null when absent). */
public record FieldChange(String field, String before, String after) {}
