package io.dynamosql.oauth.endpoint;

import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.config.OAuthSettings;
import io.dynamosql.oauth.consent.AuthorizationFlow;
import io.dynamosql.oauth.consent.Step;
import io.dynamosql.oauth.page.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * The authorization endpoint (RFC 6749 §3.1): GET starts a request and shows the login page, POST
 * takes the login and consent forms. Everything the person sees is an HTML page; only the final
 * answer goes back to the client's redirect URI.
 */
@RequestScoped
@Path("/authorize")
public class AuthorizationEndpoint {

  @Inject AuthorizationFlow flow;
  @Inject Pages pages;
  @Inject OAuthSettings settings;

  @GET
  public Response start(@Context UriInfo uri, @Context HttpHeaders headers) {
    BrowserCookie cookie = new BrowserCookie(settings);
    String browser = cookie.readOrCreate(headers);
    Step step = flow.start(new RequestParameters(uri.getQueryParameters()), browser);
    Response response = respond(step, false);
    if (step instanceof Step.ShowLogin) {
      return Response.fromResponse(response)
          .header(HttpHeaders.SET_COOKIE, cookie.header(browser))
          .build();
    }
    return response;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
    Optional<String> browser = new BrowserCookie(settings).read(headers);
    return respond(flow.submit(new RequestParameters(form), browser), true);
  }

  private Response respond(Step step, boolean afterForm) {
    if (step instanceof Step.ShowLogin login) {
      return PageResponses.page(pages.login(login), Optional.empty());
    }
    if (step instanceof Step.ShowConsent consent) {
      return PageResponses.page(
          pages.consent(consent),
          Optional.of(origin(URI.create(consent.pending().request().redirectUri()))));
    }
    if (step instanceof Step.ShowProblem problem) {
      return PageResponses.page(pages.problem(problem), Optional.empty());
    }
    return PageResponses.redirect(((Step.Redirect) step).location(), afterForm);
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
