package org.portreg.server.spi;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.portreg.error.InvalidInputException;

/**
 * The proxies whose {@code X-Forwarded-For} the server believes ({@code serve --trusted-proxy
 * CIDR…}), and from them the address a client is known by for rate limits: IPv4 addresses as they
 * are, IPv6 addresses by their /64 (one subscriber usually holds a whole /64). Immutable.
 */
public final class TrustedProxies {
  private final List<Cidr> ranges;

  private TrustedProxies(List<Cidr> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** No proxy is trusted: the client is the peer of the connection. */
  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * The proxies in {@code cidrs}, such as {@code 10.0.0.0/8}, {@code ::1/128} or {@code 192.0.2.7}.
   *
   * @throws InvalidInputException naming a range that is not a literal address with a prefix
   */
  public static TrustedProxies of(List<String> cidrs) {
    List<Cidr> ranges = new ArrayList<>();
    for (String cidr : cidrs) {
      ranges.add(Cidr.parse(cidr.strip()));
    }
    return new TrustedProxies(ranges);
  }

  /**
   * The client address of a request from {@code peer} carrying {@code forwardedFor}: walking {@code
   * X-Forwarded-For} from the right, the first address that is not a trusted proxy. A peer that is
   * not trusted is the client, whatever it sends. The answer is the rate-limit key: IPv6 reduced to
   * its /64.
   */
  public String clientKey(String peer, String forwardedFor) {
    byte[] client = literal(peer);
    if (client == null) {
      return peer;
    }
    if (forwardedFor != null && trusted(client)) {
      String[] hops = forwardedFor.split(",", -1);
      for (int i = hops.length - 1; i >= 0; i--) {
        byte[] hop = literal(hops[i].strip());
        if (hop == null) {
          break; // a malformed entry: the last proxy we trust is as far as we can see
        }
        client = hop;
        if (!trusted(hop)) {
          break;
        }
      }
    }
    return key(client);
  }

  private boolean trusted(byte[] address) {
    for (Cidr c : ranges) {
      if (c.contains(address)) {
        return true;
      }
    }
    return false;
  }

  private static String key(byte[] address) {
    try {
      if (address.length == 16) {
        byte[] prefix = new byte[16];
        System.arraycopy(address, 0, prefix, 0, 8);
        return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
      }
      return InetAddress.getByAddress(address).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of 4 or 16 bytes is always valid", e);
    }
  }

  /** The bytes of a literal IPv4 or IPv6 address (brackets allowed), or null: never a lookup. */
  static byte[] literal(String text) {
    String s =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    boolean v6 = s.indexOf(':') >= 0;
    // Only literals reach InetAddress: a name would make it resolve what a header says.
    if (v6 ? !s.matches("[0-9A-Fa-f:.]{2,45}") : !s.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
      return null;
    }
    try {
      return mappedToV4(InetAddress.getByName(s).getAddress());
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** {@code ::ffff:a.b.c.d} is the IPv4 address it maps. */
  private static byte[] mappedToV4(byte[] bytes) {
    if (bytes.length != 16) {
      return bytes;
    }
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return bytes;
      }
    }
    if (bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
      return bytes;
    }
    return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
  }

  /** An address range: the first {@code bits} bits of {@code network}. */
  private record Cidr(byte[] network, int bits) {
    static Cidr parse(String text) {
      int slash = text.indexOf('/');
      byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address == null) {
        throw new InvalidInputException(
            "--trusted-proxy takes addresses with an optional /prefix (10.0.0.0/8, ::1), was '"
                + text
                + "'");
      }
      int max = address.length * 8;
      int bits = max;
      if (slash >= 0) {
        String prefix = text.substring(slash + 1);
        if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > max) {
          throw new InvalidInputException(
              "--trusted-proxy prefix must be 0.." + max + ", was '" + text + "'");
        }
        bits = Integer.parseInt(prefix);
      }
      return new Cidr(address, bits);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >>> (i % 8);
        if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
