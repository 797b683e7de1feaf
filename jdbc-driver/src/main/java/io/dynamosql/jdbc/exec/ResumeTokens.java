package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.physical.QueryPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of a {@link ReadPosition}: URL-safe base64 of a version, a digest naming the
 * statement (SQL text, table, access path, parameter values), the position, and a checksum. The
 * digest stops a token from continuing another statement; the checksum catches an edited or cut
 * token. Neither is a secret: a caller that needs tokens it can trust from strangers signs them
 * (the MCP server does).
 */
final class ResumeTokens {

  private static final byte VERSION = 1;
  private static final int IDENTITY_BYTES = 12;
  private static final int CHECK_BYTES = 8;
  private static final char STRING = 'S';
  private static final char NUMBER = 'N';
  private static final char BINARY = 'B';

  private ResumeTokens() {}

  /** The digest naming one statement with its parameter values. */
  static byte[] identity(String sql, DynamoRead read, List<Object> parameters) {
    MessageDigest sha = sha256();
    field(sha, sql);
    field(sha, read.scan().table().physicalTableName());
    field(sha, read.path().operation());
    if (read.path() instanceof QueryPath query) {
      field(sha, query.index().name());
    }
    for (Object value : parameters) {
      field(sha, value == null ? "\0null" : value.getClass().getName());
      field(sha, value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value));
    }
    return sha.digest();
  }

  static String encode(byte[] identity, ReadPosition position) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(VERSION);
      out.write(identity, 0, IDENTITY_BYTES);
      out.writeInt(position.partition());
      out.writeShort(position.exclusiveStartKey().size());
      for (Map.Entry<String, Object> attribute : position.exclusiveStartKey().entrySet()) {
        out.writeUTF(attribute.getKey());
        writeValue(out, attribute.getValue());
      }
      out.flush();
      byte[] body = bytes.toByteArray();
      bytes.write(check(identity, body));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    } catch (IOException cannotHappen) {
      throw new IllegalStateException("writing to memory failed", cannotHappen);
    }
  }

  /**
   * The position a token names.
   *
   * @throws SQLException 22023 when the token is not one, was altered, or belongs to another
   *     statement or other parameter values
   */
  static ReadPosition decode(byte[] identity, String token) throws SQLException {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw refused("it is not a resume token of this driver (not URL-safe base64)");
    }
    if (bytes.length < 1 + IDENTITY_BYTES + CHECK_BYTES || bytes[0] != VERSION) {
      throw refused("it is not a resume token of this driver version");
    }
    if (!Arrays.equals(
        Arrays.copyOfRange(bytes, 1, 1 + IDENTITY_BYTES),
        Arrays.copyOf(identity, IDENTITY_BYTES))) {
      throw refused(
          "it was issued for another statement (other SQL text, table, plan or parameter"
              + " values); a token continues only the statement whose row issued it");
    }
    byte[] body = Arrays.copyOf(bytes, bytes.length - CHECK_BYTES);
    if (!MessageDigest.isEqual(
        check(identity, body), Arrays.copyOfRange(bytes, body.length, bytes.length))) {
      throw refused("it was altered or cut short (its checksum does not match)");
    }
    try {
      DataInputStream in =
          new DataInputStream(
              new ByteArrayInputStream(body, 1 + IDENTITY_BYTES, body.length - 1 - IDENTITY_BYTES));
      int partition = in.readInt();
      int count = in.readShort();
      Map<String, Object> key = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        key.put(in.readUTF(), readValue(in));
      }
      if (partition < 0 || in.available() > 0) {
        throw refused("its position is malformed");
      }
      return new ReadPosition(partition, key);
    } catch (IOException | NumberFormatException e) {
      throw refused("its position is malformed");
    }
  }

  private static SQLException refused(String why) {
    return SqlState.INVALID_PARAMETER_VALUE.exception(
        "The resume token given to Statement.setCursorName is refused: " + why);
  }

  private static void writeValue(DataOutputStream out, Object value) throws IOException {
    if (value instanceof String s) {
      out.writeByte(STRING);
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else if (value instanceof BigDecimal n) {
      out.writeByte(NUMBER);
      out.writeUTF(n.toString());
    } else if (value instanceof byte[] b) {
      out.writeByte(BINARY);
      out.writeInt(b.length);
      out.write(b);
    } else {
      throw new IllegalArgumentException("not a key value: " + value);
    }
  }

  private static Object readValue(DataInputStream in) throws IOException {
    int tag = in.readByte();
    return switch (tag) {
      case STRING -> new String(readBytes(in), StandardCharsets.UTF_8);
      case NUMBER -> new BigDecimal(in.readUTF());
      case BINARY -> readBytes(in);
      default -> throw new IOException("unknown value tag " + tag);
    };
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("bad length " + length);
    }
    return in.readNBytes(length);
  }

  private static byte[] check(byte[] identity, byte[] body) {
    MessageDigest sha = sha256();
    sha.update(identity);
    sha.update(body);
    return Arrays.copyOf(sha.digest(), CHECK_BYTES);
  }

  private static void field(MessageDigest sha, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    sha.update((byte) (utf8.length >>> 24));
    sha.update((byte) (utf8.length >>> 16));
    sha.update((byte) (utf8.length >>> 8));
    sha.update((byte) utf8.length);
    sha.update(utf8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
