package io.dynamosql.jdbc.hostile;

import java.util.List;

/**
 * Identifiers that are not what they look like: other scripts, emoji, zero-width and bidi
 * characters, homoglyphs, combining marks, NUL, lone surrogates, blanks, the right name in the
 * wrong case, and one of 100,000 characters. As table or column they are unknown names (42S02,
 * 42S22, or a syntax error) refused before any item is read, with a message of sane length; as a
 * quoted alias any of them is fine.
 */
final class HostileNames {

  static final String FAMILY = "hostile-name";

  private static final List<String> NAMES =
      List.of(
          "名前",
          "顧客",
          "\uD83D\uDE00",
          "cust\u200Bomers",
          "customers\u200D",
          "\u202Ecustomers",
          "\u0441ustomers",
          "custome\u0301rs",
          "customers\u0000",
          "\uD800",
          "\uDFFF\uD800",
          " ",
          "customers ",
          "CUSTOMERS",
          "Customer_Id",
          "customer_id\u0000",
          "ßtraße",
          "İstanbul",
          "\u00A0",
          "\u3000customers",
          "ＣＵＳＴＯＭＥＲＳ",
          "a\"b",
          "dynamodb.customers",
          "customers;DROP TABLE customers",
          "*",
          "%",
          "_",
          "n".repeat(100_000));

  private HostileNames() {}

  static List<HostileStatement> generate() {
    Batch batch = new Batch(FAMILY);
    Expectation unknownTable = Expectation.refused("42S02", "42000", "3F000");
    Expectation unknownColumn = Expectation.refused("42S22", "42000");
    for (String name : NAMES) {
      String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
      batch.add("SELECT * FROM " + quoted, unknownTable);
      batch.add("SELECT * FROM " + quoted + ".customers", unknownTable);
      batch.add("SELECT " + quoted + DemoFacts.ONE_ROW, unknownColumn);
      batch.add(
          "SELECT customer_id" + DemoFacts.ONE_ROW + " AND " + quoted + " = 1", unknownColumn);
      batch.add("SELECT customer_id" + DemoFacts.ONE_ROW + " ORDER BY " + quoted, unknownColumn);
      batch.add(
          "SELECT c." + quoted + " FROM customers c WHERE c.customer_id = 'c001'", unknownColumn);
      if (!name.isBlank() && name.indexOf('\u0000') < 0 && !isLoneSurrogate(name)) {
        batch.add(
            "SELECT customer_id AS " + quoted + DemoFacts.ONE_ROW, new Expectation.RowCount(1));
      }
    }
    batch.add("SELECT ä" + DemoFacts.ONE_ROW, unknownColumn);
    batch.add("SELECT * FROM сustomers", unknownTable);
    batch.add("SELECT * FROM \"\"", Expectation.refused("42000", "42S02"));
    batch.add("SELECT \"\"" + DemoFacts.ONE_ROW, Expectation.refused("42000", "42S22"));
    batch.add("SELECT * FROM [customers]", Expectation.bounded());
    batch.add("SELECT * FROM `customers`", Expectation.bounded());
    batch.add("SELECT U&\"\\0063ustomer_id\"" + DemoFacts.ONE_ROW, Expectation.bounded());
    return batch.statements();
  }

  private static boolean isLoneSurrogate(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c)
          && (i + 1 >= name.length() || !Character.isLowSurrogate(name.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }
}
