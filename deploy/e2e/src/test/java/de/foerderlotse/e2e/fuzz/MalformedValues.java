package de.foerderlotse.e2e.fuzz;

import java.util.List;
import java.util.Random;

/**
 * The hostile values the fuzzer draws from, already in wire form (percent-encoded where sent so).
 */
final class MalformedValues {

  /** Path segments in their encoded form: control characters, delimiters, unknown ids, overlong. */
  static final List<String> PATH_SEGMENTS =
      List.of(
          "%00",
          "%09",
          "%3F",
          "%3Fx%3D1",
          "%7B%7D",
          "%7Bid%7D",
          "%2F",
          "%2F..%2F..%2Fq%2Fhealth",
          "%2E%2E",
          "%25",
          "%FF",
          "%C0%AE",
          "%E2%80%AE",
          "%5C",
          "%20",
          "%0D%0AX-Injected:%201",
          "-1",
          "0",
          "99999999999999999999",
          "null",
          "00000000-0000-0000-0000-000000000000",
          "ffffffff-ffff-ffff-ffff-ffffffffffff",
          "not-a-uuid",
          "%27%20OR%20%271%27%3D%271");

  /** Query values in their encoded form. */
  static final List<String> QUERY_VALUES =
      List.of(
          "%00",
          "a%00b",
          "%09",
          "%5C",
          "%22",
          "%2B999999999-12-31",
          "-999999999-01-01",
          "-4714-11-23",
          "0000-00-00",
          "2024-02-30",
          "2147483648",
          "-2147483649",
          "99999999999999999999999",
          "1e400",
          "-1",
          "abc",
          "true",
          "",
          "%FF",
          "%",
          "%ZZ",
          "%7B%7D",
          "%5B%5D",
          "%27%3B--",
          "NaN",
          "Infinity");

  /** JSON values of every type, to put where another type belongs. */
  static final List<String> WRONG_TYPES =
      List.of(
          "123",
          "-1",
          "true",
          "false",
          "\"text\"",
          "[]",
          "{}",
          "null",
          "1.5",
          "[1,2]",
          "{\"a\":1}",
          "\"\"");

  static final List<String> HUGE_NUMBERS =
      List.of(
          "1e400",
          "-1e400",
          "1e-400",
          "99999999999999999999999999999999",
          "-99999999999999999999999999999999",
          "2147483648",
          "-2147483649",
          "9223372036854775808",
          "0.0000000000000000000000000000000000001",
          "123456789012345678901234567890.123456789");

  static final List<String> BAD_DATES =
      List.of(
          "\"-4714-11-23\"",
          "\"+999999999-12-31\"",
          "\"-999999999-01-01\"",
          "\"0000-00-00\"",
          "\"2024-02-30\"",
          "\"2024-13-01\"",
          "\"10000-01-01\"",
          "\"1899-12-31\"",
          "\"2027-03-01T25:61:00Z\"",
          "\"+292278994-08-17T07:12:55.807Z\"",
          "2147483648",
          "-1",
          "\"\"",
          "\"morgen\"");

  static final List<String> BAD_STRINGS =
      List.of(
          "\"a\\u0000b\"",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"\\udfff\\ud800\"",
          "\"\\u202e\\u0000\"",
          "\"=cmd|' /C calc'!A0\"",
          "\"\\\\\"",
          "\"<script>alert(1)</script>\"",
          "\"%00\"");

  private MalformedValues() {}

  static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  static String repeat(char c, int times) {
    return String.valueOf(c).repeat(times);
  }
}
