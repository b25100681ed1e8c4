package fr.vigie.aisystems.control;

/** An AI system was created or changed ({@code entry} set) or deleted ({@code entry} null). */
public record RegisterChanged(long id, RegisterEntry entry) {}
