package fr.vigie.audit.boundary;

import java.util.List;

/** A page of history, newest first. */
public record HistoryPage(List<HistoryEntry> items, long total, int page, int size) {}
