package org.warmline.ui.action;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.KeyStroke;

/**
 * The one table of default shortcuts. "menu" is the platform's menu modifier (Ctrl, or Cmd on
 * macOS). A test fails on duplicates.
 */
public final class DefaultKeyBindings {
    private static final Map<ActionId, String> BINDINGS = new EnumMap<>(ActionId.class);

    static {
        bind(ActionId.APP_PREFERENCES, "menu COMMA");
        bind(ActionId.APP_QUIT, "menu Q");
        bind(ActionId.APP_SEARCH, "menu F");
        bind(ActionId.APP_SEARCH_ALT, "menu K");
        bind(ActionId.NAV_TODAY, "menu 1");
        bind(ActionId.NAV_CANDIDATES, "menu 2");
        bind(ActionId.NAV_EMPLOYERS, "menu 3");
        bind(ActionId.NAV_JOBS, "menu 4");
        bind(ActionId.NAV_PIPELINE, "menu 5");
        bind(ActionId.NAV_FEEDBACK, "menu 6");
        bind(ActionId.NAV_ADMIN, "menu 9");
        bind(ActionId.LIST_REFRESH, "F5");
        bind(ActionId.LIST_FILTER, "menu L");
        bind(ActionId.LIST_EXPORT, "menu E");
        bind(ActionId.NAV_REPORTS, "menu 8");
        bind(ActionId.CANDIDATE_NEW, "menu N");
        bind(ActionId.EMPLOYER_NEW, "menu shift E");
        bind(ActionId.CONTACT_NEW, "menu shift C");
        bind(ActionId.JOB_NEW, "menu shift J");
        bind(ActionId.SUBMISSION_NEW, "menu shift S");
        bind(ActionId.SUBMISSION_NEXT_STAGE, "menu RIGHT");
        bind(ActionId.SUBMISSION_PREVIOUS_STAGE, "menu LEFT");
        bind(ActionId.SUBMISSION_REJECT, "menu R");
        bind(ActionId.SUBMISSION_WITHDRAW, "menu shift W");
        bind(ActionId.ACTIVITY_LOG, "menu shift A");
        bind(ActionId.RECORD_SAVE, "menu S");
        bind(ActionId.NAV_DUPLICATES, "menu 7");
        bind(ActionId.IMPORT, "menu I");
    }

    private DefaultKeyBindings() {
    }

    private static void bind(ActionId id, String stroke) {
        if (BINDINGS.put(id, stroke) != null) {
            throw new IllegalStateException("two default bindings for " + id);
        }
    }

    /** The textual bindings, e.g. {@code CANDIDATE_NEW -> "menu N"}. */
    public static Map<ActionId, String> all() {
        return Collections.unmodifiableMap(BINDINGS);
    }

    /** The key stroke for an action on this platform, or null when it has none. */
    public static KeyStroke keyStroke(ActionId id) {
        String text = BINDINGS.get(id);
        return text == null ? null : toKeyStroke(text);
    }

    /** Parses "menu shift E" style text, replacing "menu" with this platform's modifier. */
    public static KeyStroke toKeyStroke(String text) {
        // The OS name instead of the toolkit, so that this also works headless (command line).
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT)
                .contains("mac");
        return KeyStroke.getKeyStroke(text.replace("menu", mac ? "meta" : "ctrl"));
    }
}
