package org.warmline.ui.dialog;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.warmline.platform.i18n.Messages;

/**
 * Compares two versions of the same record field by field and merges them, so that a save
 * conflict can be shown and resolved for any editor's record type. Swing-free.
 *
 * <p>{@code hidden} names the components the user never edits (id, timestamps, version...):
 * they are not shown and always come from the stored version, so that a merged record saves
 * over the version stored now.
 */
public final class RecordDiff<R extends Record> {
    private final Set<String> hidden;
    private final Function<String, String> label;
    private final BiFunction<String, Object, String> text;

    /**
     * A diff whose labels come from {@code label(componentName)} and whose values are shown
     * as {@code text(componentName, value)}.
     */
    public RecordDiff(Set<String> hidden, Function<String, String> label,
                      BiFunction<String, Object, String> text) {
        this.hidden = Set.copyOf(hidden);
        this.label = label;
        this.text = text;
    }

    /** Default display text: empty for null, lists joined with commas, otherwise toString. */
    public static String plainText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /**
     * Labels from the first bundle key {@code prefix + componentName} that exists, else the
     * component name split into words.
     */
    public static Function<String, String> labels(Messages msg,
                                                  String... prefixes) {
        return name -> {
            String bare = name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
            for (String prefix : prefixes) {
                for (String key : List.of(prefix + name, prefix + bare)) {
                    if (msg.has(key)) {
                        return msg.get(key);
                    }
                }
            }
            String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        };
    }

    /** Every visible field of the two versions, in declaration order. */
    public List<FieldConflict> fields(R mine, R stored) {
        List<FieldConflict> out = new ArrayList<>();
        for (RecordComponent c : mine.getClass().getRecordComponents()) {
            if (hidden.contains(c.getName())) {
                continue;
            }
            out.add(new FieldConflict(c.getName(), label.apply(c.getName()),
                    text.apply(c.getName(), value(c, mine)),
                    text.apply(c.getName(), value(c, stored))));
        }
        return out;
    }

    /**
     * The user's record rebuilt on the stored version: hidden components and the fields named
     * in {@code takeStored} come from {@code stored}, every other field from {@code mine}.
     */
    public R merge(R mine, R stored, Set<String> takeStored) {
        RecordComponent[] components = mine.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            boolean fromStored = hidden.contains(name) || takeStored.contains(name);
            args[i] = value(components[i], fromStored ? stored : mine);
        }
        return construct(mine, components, args);
    }

    @SuppressWarnings("unchecked")
    private R construct(R sample, RecordComponent[] components, Object[] args) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = sample.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (R) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + sample.getClass(), e);
        }
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
}
