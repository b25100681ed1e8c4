package fr.vigie.platform.web;

import fr.vigie.platform.concurrency.Versions;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Response shapes shared by resources: entity + ETag, 201 + Location + ETag. */
public final class Responses {

  private Responses() {}

  public static Response ok(Object entity, long version) {
    return Response.ok(entity).tag(Versions.etag(version)).build();
  }

  public static Response created(URI location, Object entity, long version) {
    return Response.created(location).entity(entity).tag(Versions.etag(version)).build();
  }
}
