package io.dynamosql.oauth.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads {@link OAuthSettings} from MicroProfile Config once per application. */
@ApplicationScoped
public class SettingsProducer {

  @Produces
  @Singleton
  OAuthSettings settings() {
    return read(ConfigProvider.getConfig());
  }

  /** Builds the settings from any MicroProfile Config source; a bad value names its key. */
  public static OAuthSettings read(Config config) {
    Function<Setting, String> value =
        s ->
            config
                .getOptionalValue(s.key(), String.class)
                .or(() -> s.sharedKey().flatMap(k -> config.getOptionalValue(k, String.class)))
                .orElse(s.defaultValue())
                .trim();
    URI base = URI.create(value.apply(Setting.PUBLIC_BASE_URL));
    OAuthSettings defaults = OAuthSettings.defaults(base);
    StoreSettings store =
        new StoreSettings(
            optional(value.apply(Setting.DYNAMODB_ENDPOINT)).map(URI::create),
            value.apply(Setting.DYNAMODB_REGION),
            value.apply(Setting.TABLE_PREFIX),
            optional(value.apply(Setting.ACCESS_KEY_ID)),
            optional(value.apply(Setting.SECRET_ACCESS_KEY)));
    return new OAuthSettings(
        defaults.issuer(),
        defaults.resources(),
        seconds(Setting.ACCESS_TOKEN_SECONDS, value),
        seconds(Setting.CODE_SECONDS, value),
        seconds(Setting.REFRESH_SESSION_SECONDS, value),
        seconds(Setting.PENDING_AUTHORIZATION_SECONDS, value),
        optional(value.apply(Setting.SIGNING_KEYS_FILE)).map(Path::of),
        list(value.apply(Setting.CIMD_ALLOWED_PRIVATE_HOSTS)).stream().collect(Collectors.toSet()),
        Duration.ofMillis(number(Setting.CIMD_TIMEOUT_MILLIS, value)),
        optional(value.apply(Setting.CIMD_TRUSTED_CERTIFICATES)).map(Path::of),
        (int) number(Setting.REGISTRATIONS_PER_MINUTE, value),
        (int) number(Setting.REGISTRATION_CAP, value),
        list(value.apply(Setting.CLIENTS)).stream().map(PreRegisteredClient::parse).toList(),
        store);
  }

  private static Duration seconds(Setting setting, Function<Setting, String> value) {
    return Duration.ofSeconds(number(setting, value));
  }

  private static long number(Setting setting, Function<Setting, String> value) {
    String text = value.apply(setting);
    try {
      long parsed = Long.parseLong(text);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below with the key
    }
    throw new IllegalArgumentException(
        "Setting '" + setting.key() + "' value is not a positive number: " + text);
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
