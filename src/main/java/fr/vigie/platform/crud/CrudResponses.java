package fr.vigie.platform.crud;

import fr.vigie.platform.concurrency.Versions;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The HTTP shape every versioned resource shares (docs/api-guidelines.md): the representation with
 * its version as a strong ETag; 201 with {@code Location}; {@code If-Match} required on replace and
 * delete (428 without it, 412 when stale). A resource method keeps its own annotations (path,
 * roles, OpenAPI) and delegates its body here, so a new resource is only its own rules.
 */
public final class CrudResponses {

  private CrudResponses() {}

  public static Response get(CrudService<?, ?> service, long id) {
    return ok(service.get(id));
  }

  /** 201 with Location and ETag; an If-Match on a creation has nothing to match: 412. */
  public static <D extends Versioned, R> Response create(
      CrudService<D, R> service, UriInfo uriInfo, String ifMatch, R body) {
    Versions.requireNoIfMatch(ifMatch);
    D created = service.create(body);
    var location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
    return Response.created(location).entity(created).tag(Versions.etag(created.version())).build();
  }

  public static <D extends Versioned, R> Response update(
      CrudService<D, R> service, long id, String ifMatch, R body) {
    return ok(service.update(id, Versions.expected(ifMatch), body));
  }

  public static void delete(CrudService<?, ?> service, long id, String ifMatch) {
    service.delete(id, Versions.expected(ifMatch));
  }

  /** 200 with the representation and its version as the ETag. */
  public static Response ok(Versioned representation) {
    return Response.ok(representation).tag(Versions.etag(representation.version())).build();
  }
}
