package de.foerderlotse.gateway;

import de.foerderlotse.infra.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A service that hangs like a frozen process ({@code kill -STOP}): the kernel completes every
 * connection into the listen backlog, but nothing ever reads a request or answers. The area {@code
 * frozen} is routed to it.
 */
public class FrozenServiceResource implements QuarkusTestResourceLifecycleManager {

  private ServerSocket socket;

  @Override
  public Map<String, String> start() {
    try {
      // Never accepted: connections wait in the backlog, as with a stopped process.
      socket = new ServerSocket(Ports.free(), 200, InetAddress.getByName(Ports.LOOPBACK));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "foerderlotse.gateway.services.frozen",
        "http://" + Ports.LOOPBACK + ":" + socket.getLocalPort(),
        "foerderlotse.gateway.routes.frozen",
        "frozen",
        "foerderlotse.gateway.read-timeouts.frozen",
        "1s");
  }

  @Override
  public void stop() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
