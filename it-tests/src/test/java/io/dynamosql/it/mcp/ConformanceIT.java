package io.dynamosql.it.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.it.support.DemoDynamoDb;
import io.dynamosql.it.support.RealEar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official conformance suite ({@code @modelcontextprotocol/conformance}) against the
 * conformance profile of the deployment: the real EAR plus one configuration jar that turns the
 * profile on (loopback only, no authentication, the suite's fixture tools, resources and prompts).
 * Each revision runs its frozen requirement set; a failure not listed in that revision's baseline
 * ({@code src/test/node/mcp/conformance-baseline-<revision>.yml}, reasons in docs/mcp.md) fails the
 * test, and so does a listed failure that now passes.
 */
@ExtendWith({DemoDynamoDb.class, ArquillianExtension.class})
class ConformanceIT {

  private static final String APPLICATION_XML = "META-INF/application.xml";

  /** Higher than the EAR's own defaults (100), lower than environment variables (300). */
  private static final String PROFILE =
      "config_ordinal=200\ndynamosql.mcp.conformance-profile=true\n";

  @Deployment(testable = false)
  public static EnterpriseArchive conformanceProfile() {
    // Its own archive and application name: Payara keeps an application's files under its name,
    // and the real EAR is deployed again right after this class is undeployed.
    EnterpriseArchive ear =
        ShrinkWrap.create(EnterpriseArchive.class, "dynamosql-conformance.ear")
            .merge(RealEar.archive());
    String applicationXml;
    try (InputStream in = ear.get(APPLICATION_XML).getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ear.delete(APPLICATION_XML);
    ear.addAsManifestResource(
        new StringAsset(
            applicationXml.replace(
                "<application-name>dynamosql</application-name>",
                "<application-name>dynamosql-conformance</application-name>")),
        "application.xml");
    ear.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "conformance-profile.jar")
            .addAsManifestResource(new StringAsset(PROFILE), "microprofile-config.properties"));
    return ear;
  }

  @ParameterizedTest(name = "requirements {0}")
  @ValueSource(strings = {"2025-11-25", "2026-07-28"})
  void theRevisionsRequirementsPass(String revision) {
    Path results = NodeTools.dir().resolve("../conformance/" + revision).normalize();
    deleteRecursively(results);
    NodeTools.Run run =
        NodeTools.node(
            Duration.ofMinutes(8),
            "node_modules/@modelcontextprotocol/conformance/dist/index.js",
            "server",
            "--url",
            McpPaths.endpoint().toString(),
            "--requirements",
            revision,
            "--expected-failures",
            "conformance-baseline-" + revision + ".yml",
            "-o",
            results.toString());
    System.out.println(summary(run.stdout()));
    assertEquals(0, run.exitCode(), run::toString);
  }

  /** Results of an earlier run would mix with this run's. */
  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The suite's closing summary, for the build log. */
  private static String summary(String stdout) {
    int start = stdout.lastIndexOf("=== SUMMARY ===");
    return start < 0 ? stdout : stdout.substring(start);
  }
}
