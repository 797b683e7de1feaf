package io.dynamosql.mcp.transport;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The parser of request bodies: one JSON value and nothing after it, no duplicate keys (a client
 * whose duplicate would be read one way here and another way by a proxy gets an error instead).
 */
public final class StrictJson {

  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private StrictJson() {}
}
