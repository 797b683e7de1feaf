package io.dynamosql.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR exactly as the reactor built it ({@code ear/target/dynamosql.ear}, path in the system
 * property {@code it.ear.file}), for Arquillian to deploy.
 */
public final class RealEar {

  private static final String APPLICATION_XML = "META-INF/application.xml";

  private RealEar() {}

  /** The built EAR, unchanged. */
  public static EnterpriseArchive archive() {
    String path = System.getProperty("it.ear.file");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "it.ear.file must name the built dynamosql.ear (run the ITs through Maven): " + path);
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
  }

  /**
   * The built EAR plus one more web module at {@code /<name>}, listed in application.xml (which
   * otherwise deploys only the modules it names). In-container tests ride in such a module, so that
   * they see the application's {@code java:app} resources.
   */
  public static EnterpriseArchive withModule(WebArchive module) {
    EnterpriseArchive ear = archive();
    String name = module.getName();
    String contextRoot = "/" + name.substring(0, name.length() - ".war".length());
    String moduleEntry =
        "  <module>\n    <web>\n      <web-uri>"
            + name
            + "</web-uri>\n      <context-root>"
            + contextRoot
            + "</context-root>\n    </web>\n  </module>\n  <library-directory>";
    String applicationXml =
        read(ear, APPLICATION_XML).replace("  <library-directory>", moduleEntry);
    ear.delete(APPLICATION_XML);
    ear.addAsManifestResource(new StringAsset(applicationXml), "application.xml");
    ear.addAsModule(module);
    return ear;
  }

  private static String read(EnterpriseArchive ear, String path) {
    try (InputStream in = ear.get(path).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
