package de.foerderlotse.platform.problem;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.datagram.DatagramSocketOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.DatagramSocketMetrics;
import io.vertx.core.spi.metrics.EventBusMetrics;
import io.vertx.core.spi.metrics.HttpClientMetrics;
import io.vertx.core.spi.metrics.HttpServerMetrics;
import io.vertx.core.spi.metrics.PoolMetrics;
import io.vertx.core.spi.metrics.TCPMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.core.spi.observability.HttpRequest;
import io.vertx.core.spi.observability.HttpResponse;

/**
 * Vert.x metrics that hand everything to the configured metrics (Micrometer's, or none) and, for
 * HTTP servers, redirect requests the decoder refused to {@link InvalidRequestProblems}.
 */
final class RefusalAwareMetrics implements VertxMetrics {

  private final VertxMetrics inner;
  private final Handler<HttpServerRequest> refusals;

  RefusalAwareMetrics(VertxMetrics inner, Handler<HttpServerRequest> refusals) {
    this.inner = inner;
    this.refusals = refusals;
  }

  @Override
  public HttpServerMetrics<?, ?, ?> createHttpServerMetrics(
      HttpServerOptions options, SocketAddress localAddress) {
    HttpServerMetrics<?, ?, ?> server =
        inner == null ? null : inner.createHttpServerMetrics(options, localAddress);
    @SuppressWarnings("unchecked")
    HttpServerMetrics<Object, Object, Object> typed =
        (HttpServerMetrics<Object, Object, Object>) server;
    return new Server(typed, refusals);
  }

  @Override
  public EventBusMetrics<?> createEventBusMetrics() {
    return inner == null ? null : inner.createEventBusMetrics();
  }

  @Override
  public ClientMetrics<?, ?, ?, ?> createClientMetrics(
      SocketAddress remoteAddress, String type, String namespace) {
    return inner == null ? null : inner.createClientMetrics(remoteAddress, type, namespace);
  }

  @Override
  public HttpClientMetrics<?, ?, ?, ?> createHttpClientMetrics(HttpClientOptions options) {
    return inner == null ? null : inner.createHttpClientMetrics(options);
  }

  @Override
  public TCPMetrics<?> createNetServerMetrics(NetServerOptions options, SocketAddress address) {
    return inner == null ? null : inner.createNetServerMetrics(options, address);
  }

  @Override
  public TCPMetrics<?> createNetClientMetrics(NetClientOptions options) {
    return inner == null ? null : inner.createNetClientMetrics(options);
  }

  @Override
  public DatagramSocketMetrics createDatagramSocketMetrics(DatagramSocketOptions options) {
    return inner == null ? null : inner.createDatagramSocketMetrics(options);
  }

  @Override
  public PoolMetrics<?> createPoolMetrics(String poolType, String poolName, int maxPoolSize) {
    return inner == null ? null : inner.createPoolMetrics(poolType, poolName, maxPoolSize);
  }

  @Override
  public void vertxCreated(Vertx vertx) {
    if (inner != null) {
      inner.vertxCreated(vertx);
    }
  }

  @Override
  public boolean isMetricsEnabled() {
    return inner != null && inner.isMetricsEnabled();
  }

  @Override
  public void close() {
    if (inner != null) {
      inner.close();
    }
  }

  /** An HTTP server's metrics: the configured ones, plus the redirect of refused requests. */
  private record Server(
      HttpServerMetrics<Object, Object, Object> inner, Handler<HttpServerRequest> refusals)
      implements HttpServerMetrics<Object, Object, Object> {

    @Override
    public Object requestBegin(Object socketMetric, HttpRequest request) {
      InvalidRequestProblems.redirect(request, refusals);
      return inner == null ? null : inner.requestBegin(socketMetric, request);
    }

    @Override
    public void requestEnd(Object requestMetric, HttpRequest request, long bytesRead) {
      if (inner != null) {
        inner.requestEnd(requestMetric, request, bytesRead);
      }
    }

    @Override
    public void requestReset(Object requestMetric) {
      if (inner != null) {
        inner.requestReset(requestMetric);
      }
    }

    @Override
    public void responseBegin(Object requestMetric, HttpResponse response) {
      if (inner != null) {
        inner.responseBegin(requestMetric, response);
      }
    }

    @Override
    public Object responsePushed(
        Object socketMetric, HttpMethod method, String uri, HttpResponse response) {
      return inner == null ? null : inner.responsePushed(socketMetric, method, uri, response);
    }

    @Override
    public void responseEnd(Object requestMetric, HttpResponse response, long bytesWritten) {
      if (inner != null) {
        inner.responseEnd(requestMetric, response, bytesWritten);
      }
    }

    @Override
    public Object connected(Object socketMetric, Object requestMetric, ServerWebSocket webSocket) {
      return inner == null ? null : inner.connected(socketMetric, requestMetric, webSocket);
    }

    @Override
    public void disconnected(Object webSocketMetric) {
      if (inner != null) {
        inner.disconnected(webSocketMetric);
      }
    }

    @Override
    public void requestRouted(Object requestMetric, String route) {
      if (inner != null) {
        inner.requestRouted(requestMetric, route);
      }
    }

    @Override
    public Object connected(SocketAddress remoteAddress, String remoteName) {
      return inner == null ? null : inner.connected(remoteAddress, remoteName);
    }

    @Override
    public void disconnected(Object socketMetric, SocketAddress remoteAddress) {
      if (inner != null) {
        inner.disconnected(socketMetric, remoteAddress);
      }
    }

    @Override
    public void bytesRead(Object socketMetric, SocketAddress remoteAddress, long numberOfBytes) {
      if (inner != null) {
        inner.bytesRead(socketMetric, remoteAddress, numberOfBytes);
      }
    }

    @Override
    public void bytesWritten(Object socketMetric, SocketAddress remoteAddress, long numberOfBytes) {
      if (inner != null) {
        inner.bytesWritten(socketMetric, remoteAddress, numberOfBytes);
      }
    }

    @Override
    public void exceptionOccurred(Object socketMetric, SocketAddress remoteAddress, Throwable t) {
      if (inner != null) {
        inner.exceptionOccurred(socketMetric, remoteAddress, t);
      }
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
