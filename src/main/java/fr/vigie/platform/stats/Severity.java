package fr.vigie.platform.stats;

/** Registry severity levels (spec §6). {@link #INSUFFICIENT_DATA} is never shown as "none". */
public enum Severity {
    NONE,
    MODERATE,
    SIGNIFICANT,
    INSUFFICIENT_DATA
}
