package io.dynamosql.mcp.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The protocol revisions this server speaks, newest first. */
public enum ProtocolVersion {
  V2026_07_28("2026-07-28", Era.MODERN),
  V2025_11_25("2025-11-25", Era.LEGACY),
  V2025_06_18("2025-06-18", Era.LEGACY),
  V2025_03_26("2025-03-26", Era.LEGACY),
  V2024_11_05("2024-11-05", Era.LEGACY);

  /** What {@code initialize} answers when the client asks for a revision it does not know. */
  public static final ProtocolVersion LATEST_LEGACY = V2025_11_25;

  /**
   * What a legacy request without an {@code MCP-Protocol-Version} header is taken to speak: the
   * header exists since 2025-06-18, so its absence means an older client.
   */
  public static final ProtocolVersion HEADERLESS_LEGACY = V2025_03_26;

  private final String wire;
  private final Era era;

  ProtocolVersion(String wire, Era era) {
    this.wire = wire;
    this.era = era;
  }

  /** The version string as it travels in headers and bodies. */
  public String wire() {
    return wire;
  }

  public Era era() {
    return era;
  }

  public static Optional<ProtocolVersion> fromWire(String value) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(value)).findFirst();
  }

  /** The wire strings of one era's versions, newest first. */
  public static List<String> wires(Era era) {
    return Arrays.stream(values()).filter(v -> v.era == era).map(ProtocolVersion::wire).toList();
  }
}
