package de.foerderlotse.e2e.fuzz;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends malformed requests to every target in turn, from several threads, and tallies the answers.
 * Each thread draws from its own seeded generator, so a run with the same seed sends the same kinds
 * of requests.
 */
public final class FuzzCampaign {

  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(40);

  /** One request in this many breaks the protocol itself rather than the API. */
  private static final int PROTOCOL_SHARE = 20;

  private final List<FuzzTarget> targets;
  private final FuzzUsers users;
  private final KnownIds ids;
  private final long seed;

  public FuzzCampaign(List<FuzzTarget> targets, FuzzUsers users, KnownIds ids, long seed) {
    this.targets = List.copyOf(targets);
    this.users = users;
    this.ids = ids;
    this.seed = seed;
  }

  /** Sends {@code requests} malformed requests from {@code threads} threads. */
  public FuzzTally run(int requests, int threads) throws Exception {
    FuzzTally tally = new FuzzTally();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random random = new Random(seed * 31 + t);
        workers.add(pool.submit(() -> work(random, next, requests, tally)));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return tally;
  }

  private Void work(Random random, AtomicInteger next, int requests, FuzzTally tally) {
    List<MalformedRequests> generators = new ArrayList<>();
    targets.forEach(t -> generators.add(new MalformedRequests(t.document(), ids)));
    int index;
    while ((index = next.getAndIncrement()) < requests) {
      int which = index % targets.size();
      FuzzTarget target = targets.get(which);
      RawHttp http = new RawHttp(target.baseUrl(), ANSWER_TIMEOUT);
      String token = users.anyToken(random);
      FuzzRequest request;
      byte[] wire;
      if (random.nextInt(PROTOCOL_SHARE) == 0) {
        URI base = URI.create(target.baseUrl());
        request = BrokenProtocol.next(random, base.getHost() + ":" + base.getPort(), token);
        wire = request.body();
      } else {
        List<ApiOperation> operations = target.operations();
        ApiOperation operation = operations.get(random.nextInt(operations.size()));
        request =
            generators
                .get(which)
                .next(random, operation, target.bodyLimit().applyAsLong(operation));
        wire =
            http.frame(request.method(), request.target(), headers(request, token), request.body());
      }
      tally.record(target.name(), request, http.exchange(wire));
    }
    return null;
  }

  private static List<String[]> headers(FuzzRequest request, String token) {
    List<String[]> headers = new ArrayList<>(request.headers());
    if (request.authenticated()) {
      headers.add(new String[] {"Authorization", "Bearer " + token});
    }
    if (headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("Accept"))) {
      headers.add(new String[] {"Accept", "application/json"});
    }
    return headers;
  }
}
