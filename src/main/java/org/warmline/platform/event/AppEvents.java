package org.warmline.platform.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Typed publish/subscribe between features. Services publish after commit; subscribers are
 * called through the delivery executor (the EDT in the app, inline in tests).
 */
public final class AppEvents {
    private final Executor delivery;
    private final Map<Class<?>, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();

    public AppEvents(Executor delivery) {
        this.delivery = delivery;
    }

    /** Events delivered inline on the publishing thread. */
    public static AppEvents direct() {
        return new AppEvents(Runnable::run);
    }

    public <E> void subscribe(Class<E> type, Consumer<? super E> subscriber) {
        subscribers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>())
                .add(event -> subscriber.accept(type.cast(event)));
    }

    public void publish(Object event) {
        List<Consumer<Object>> list = subscribers.get(event.getClass());
        if (list == null) {
            return;
        }
        for (Consumer<Object> subscriber : list) {
            delivery.execute(() -> subscriber.accept(event));
        }
    }
}
