package io.dynamosql.oauth.endpoint;

import io.dynamosql.oauth.page.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The stylesheet of the sign-in pages, served here because their CSP allows no inline style. */
@RequestScoped
@Path("/assets/oauth.css")
public class PageAssetsEndpoint {

  @Inject Pages pages;

  @GET
  public Response stylesheet() {
    return Response.ok(pages.stylesheet(), "text/css; charset=UTF-8")
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
