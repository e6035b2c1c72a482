package de.foerderlotse.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The service's own Kafka consumers: each {@code @Incoming} method that takes a {@code
 * Message<String>}, with the topic it reads and the dead-letter topic its channel writes to, so a
 * dead-lettered record can be handed back to the very method that refused it.
 */
@ApplicationScoped
public class IncomingChannels {

  /** One consumer method and where its records come from and go when refused. */
  public record Channel(String name, String topic, String deadLetterTopic, Invoker invoker) {}

  /** Calls the consumer method with one record. */
  @FunctionalInterface
  public interface Invoker {
    CompletionStage<Void> consume(Message<String> message);
  }

  private final BeanManager beans;
  private final Config config;
  private Map<String, Channel> bySourceTopic;

  public IncomingChannels(BeanManager beans, Config config) {
    this.beans = beans;
    this.config = config;
  }

  /** The consumer of a source topic. */
  public synchronized Optional<Channel> bySourceTopic(String topic) {
    return Optional.ofNullable(channels().get(topic));
  }

  /** Whether some channel of this service dead-letters into {@code topic}. */
  public synchronized boolean isDeadLetterTopic(String topic) {
    return channels().values().stream().anyMatch(c -> c.deadLetterTopic().equals(topic));
  }

  private Map<String, Channel> channels() {
    if (bySourceTopic == null) {
      Map<String, Channel> found = new HashMap<>();
      for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
        for (Method method : bean.getBeanClass().getDeclaredMethods()) {
          Incoming incoming = method.getAnnotation(Incoming.class);
          if (incoming != null && takesOneMessage(method)) {
            Channel channel = channel(incoming.value(), bean, method);
            found.put(channel.topic(), channel);
          }
        }
      }
      bySourceTopic = Map.copyOf(found);
    }
    return bySourceTopic;
  }

  private Channel channel(String name, Bean<?> bean, Method method) {
    String prefix = "mp.messaging.incoming." + name + ".";
    String topic = config.getOptionalValue(prefix + "topic", String.class).orElse(name);
    String deadLetters =
        config
            .getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
            .orElse("dead-letter-topic-" + name);
    return new Channel(name, topic, deadLetters, message -> invoke(bean, method, message));
  }

  @SuppressWarnings("unchecked")
  private CompletionStage<Void> invoke(Bean<?> bean, Method method, Message<String> message) {
    Object consumer =
        beans.getReference(bean, bean.getBeanClass(), beans.createCreationalContext(bean));
    try {
      return (CompletionStage<Void>) method.invoke(consumer, message);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean takesOneMessage(Method method) {
    return method.getParameterCount() == 1
        && Message.class.equals(method.getParameterTypes()[0])
        && CompletionStage.class.isAssignableFrom(method.getReturnType());
  }
}
