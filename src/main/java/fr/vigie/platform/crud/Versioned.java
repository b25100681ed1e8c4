package fr.vigie.platform.crud;

/**
 * A resource's representation with its identity and its optimistic-lock version (the ETag): what
 * the shared CRUD answers need from a DTO record ({@code long id, …, long version}).
 */
public interface Versioned {

  long id();

  long version();
}
