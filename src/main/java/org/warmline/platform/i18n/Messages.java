package org.warmline.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User-visible texts. A key's first segment names its bundle: {@code candidate.editor.title}
 * is looked up in {@code org/warmline/candidate/messages}, {@code action.X.name} in
 * {@code org/warmline/ui/action/actions}; keys not found there come from the shared
 * {@code org/warmline/messages}.
 *
 * <pre>{@code
 * msg.get("candidate.list.count", 12)   // "12 candidates"
 * }</pre>
 */
public final class Messages {
    private static final String SHARED = "org.warmline.messages";
    private final Locale locale;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, formatted with {@code args}; "!key!" when missing. */
    public String get(String key, Object... args) {
        String pattern = lookup(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** True when some bundle defines the key. */
    public boolean has(String key) {
        return lookup(key) != null;
    }

    private String lookup(String key) {
        int dot = key.indexOf('.');
        if (dot > 0) {
            String prefix = key.substring(0, dot);
            String base = "action".equals(prefix) ? "org.warmline.ui.action.actions"
                    : "org.warmline." + prefix + ".messages";
            String value = find(base, key);
            if (value != null) {
                return value;
            }
        }
        return find(SHARED, key);
    }

    private String find(String baseName, String key) {
        ResourceBundle bundle = bundles.computeIfAbsent(baseName, this::load);
        if (bundle == EMPTY) {
            return null;
        }
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    private ResourceBundle load(String baseName) {
        try {
            return ResourceBundle.getBundle(baseName, locale);
        } catch (MissingResourceException e) {
            return EMPTY;
        }
    }

    private static final ResourceBundle EMPTY = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return null;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            return java.util.Collections.emptyEnumeration();
        }
    };
}
