package de.foerderlotse.e2e.fuzz;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A server the fuzzer attacks: the gateway or one service, with the operations of its OpenAPI
 * document and the body size limit that applies to each.
 */
public record FuzzTarget(
    String name, String baseUrl, OpenApiDocument document, ToLongFunction<ApiOperation> bodyLimit) {

  List<ApiOperation> operations() {
    return document.operations();
  }
}
