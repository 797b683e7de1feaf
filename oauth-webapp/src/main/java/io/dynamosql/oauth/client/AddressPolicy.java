package io.dynamosql.oauth.client;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Set;

/**
 * Which resolved addresses a Client ID Metadata Document may be fetched from: public unicast only
 * (SSRF protection, RFC 6890 special-use ranges excluded), except for hosts explicitly allowed for
 * development.
 */
public final class AddressPolicy {

  private final Set<String> allowedPrivateHosts;

  public AddressPolicy(Set<String> allowedPrivateHosts) {
    this.allowedPrivateHosts = Set.copyOf(allowedPrivateHosts);
  }

  /** Whether a development exception exists for this host name. */
  public boolean isDevelopmentHost(String host) {
    return allowedPrivateHosts.contains(host);
  }

  /** Whether {@code address}, which {@code host} resolved to, may be contacted. */
  public boolean permits(String host, InetAddress address) {
    return isDevelopmentHost(host) || isPublic(address);
  }

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress() // includes 169.254.169.254, the cloud metadata service
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 // "this network"
          && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && !(first == 198 && (second == 18 || second == 19)) // benchmarking
          && first < 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      // fc00::/7 unique local addresses (also AWS's fd00:ec2::254 metadata endpoint).
      return (b[0] & 0xfe) != 0xfc;
    }
    return false;
  }
}
