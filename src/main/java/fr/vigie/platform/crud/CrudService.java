package fr.vigie.platform.crud;

/**
 * The transactional operations behind a resource's get, create, replace and delete. A feature's
 * service implements it with its own rules (validation, business rules, audit in the same
 * transaction); {@link CrudResponses} turns it into the API's HTTP conventions.
 *
 * @param <D> the representation (a DTO record)
 * @param <R> the create/replace request body
 */
public interface CrudService<D extends Versioned, R> {

  /** The resource, or a 404 problem. */
  D get(long id);

  D create(R request);

  /** Replaces the resource if it is still at {@code expectedVersion} (412 otherwise). */
  D update(long id, long expectedVersion, R request);

  /** Deletes the resource if it is still at {@code expectedVersion} (412 otherwise). */
  void delete(long id, long expectedVersion);
}
