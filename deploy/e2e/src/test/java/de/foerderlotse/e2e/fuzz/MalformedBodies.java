package de.foerderlotse.e2e.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Request bodies that are broken in one way each, derived from the operation's schema. */
final class MalformedBodies {

  /** A body and the content type it is sent with. */
  record Body(String kind, String contentType, byte[] bytes) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARK = "\"__fuzz__\"";

  private final BodyTemplate templates;

  MalformedBodies(BodyTemplate templates) {
    this.templates = templates;
  }

  Body next(Random random, JsonNode schema, long sizeLimit) {
    JsonNode template = templates.valueFor(schema);
    int choice = random.nextInt(100);
    if (choice < 1) {
      return oversize(sizeLimit);
    }
    if (choice < 5) {
      return json("deep-nesting", deep(random));
    }
    if (choice < 12) {
      String text = write(template);
      return json("truncated", text.substring(0, random.nextInt(Math.max(1, text.length()))));
    }
    if (choice < 20) {
      return new Body("wrong-content-type", wrongContentType(random), bytes(write(template)));
    }
    if (choice < 25) {
      return json("not-an-object", MalformedValues.pick(random, MalformedValues.WRONG_TYPES));
    }
    if (choice < 28) {
      return new Body("invalid-utf8", "application/json", invalidUtf8(write(template)));
    }
    if (!(template instanceof ObjectNode object) || object.isEmpty()) {
      return json("wrong-type", MalformedValues.pick(random, MalformedValues.WRONG_TYPES));
    }
    if (choice < 40) {
      return json("duplicate-key", duplicateKey(random, object));
    }
    List<String> paths = new ArrayList<>();
    BodyTemplate.collectPaths(object, "", paths);
    String path = paths.get(random.nextInt(paths.size()));
    if (choice < 55) {
      return json("wrong-type", replace(object, path, MalformedValues.WRONG_TYPES, random));
    }
    if (choice < 65) {
      return json("huge-number", replace(object, path, MalformedValues.HUGE_NUMBERS, random));
    }
    if (choice < 78) {
      return json(
          "bad-date", replace(object, dateLike(paths, path), MalformedValues.BAD_DATES, random));
    }
    if (choice < 92) {
      return json("nul-or-odd-text", replace(object, path, MalformedValues.BAD_STRINGS, random));
    }
    return json("long-text", replace(object, path, List.of(longString(random)), random));
  }

  private static Body json(String kind, String text) {
    return new Body(kind, "application/json", bytes(text));
  }

  private static Body oversize(long sizeLimit) {
    int size = (int) Math.min(Integer.MAX_VALUE - 64, sizeLimit + 64 * 1024);
    byte[] bytes = new byte[size];
    java.util.Arrays.fill(bytes, (byte) 'x');
    byte[] head = bytes("{\"title\":\"");
    System.arraycopy(head, 0, bytes, 0, head.length);
    return new Body("oversize", "application/json", bytes);
  }

  private static String deep(Random random) {
    int depth = 500 + random.nextInt(20_000);
    boolean arrays = random.nextBoolean();
    String open = arrays ? "[" : "{\"a\":";
    String close = arrays ? "]" : "}";
    return open.repeat(depth) + "1" + close.repeat(depth);
  }

  private static String wrongContentType(Random random) {
    return MalformedValues.pick(
        random,
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "application/json; charset=EBCDIC-XYZ",
            "application/octet-stream",
            "*/*",
            "application/json;;;",
            "garbage"));
  }

  private static String duplicateKey(Random random, ObjectNode object) {
    List<String> fields = new ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    String field = fields.get(random.nextInt(fields.size()));
    String text = write(object);
    String second = MalformedValues.pick(random, MalformedValues.WRONG_TYPES);
    return text.substring(0, text.length() - 1) + ",\"" + field + "\":" + second + "}";
  }

  /** Puts a raw JSON fragment at the path: marks it with a placeholder, then swaps the text. */
  private static String replace(
      ObjectNode object, String path, List<String> values, Random random) {
    ObjectNode copy = object.deepCopy();
    int cut = path.lastIndexOf('/');
    JsonNode parent = cut <= 0 ? copy : copy.at(path.substring(0, cut));
    String last = path.substring(cut + 1);
    if (parent instanceof ObjectNode parentObject) {
      parentObject.put(last, "__fuzz__");
    } else if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), array.textNode("__fuzz__"));
    }
    return write(copy).replace(MARK, MalformedValues.pick(random, values));
  }

  /** Prefers a field that looks like a date, so out-of-range dates reach the date readers. */
  private static String dateLike(List<String> paths, String fallback) {
    return paths.stream()
        .filter(p -> p.matches("(?i).*(date|start|end|deadline|from|until|at|due)[^/]*$"))
        .findFirst()
        .orElse(fallback);
  }

  private static String longString(Random random) {
    return "\"" + MalformedValues.repeat('ä', 1_000 + random.nextInt(200_000)) + "\"";
  }

  private static byte[] invalidUtf8(String text) {
    byte[] plain = bytes(text);
    byte[] broken = new byte[plain.length + 2];
    System.arraycopy(plain, 0, broken, 0, plain.length);
    int at = Math.max(1, plain.length / 2);
    System.arraycopy(plain, at, broken, at + 2, plain.length - at);
    broken[at] = (byte) 0xC3;
    broken[at + 1] = (byte) 0x28;
    return broken;
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
