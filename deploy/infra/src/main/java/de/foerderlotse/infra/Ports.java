package de.foerderlotse.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback ports: every server of the project binds to 127.0.0.1 only. */
public final class Ports {

  public static final String LOOPBACK = "127.0.0.1";

  private Ports() {}

  /** A port that is free right now, for test servers that need not have a fixed one. */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether something accepts connections on the port. */
  public static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(LOOPBACK, port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
