package org.warmline.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

class DefaultKeyBindingsTest {

    @Test
    void noTwoActionsShareAShortcut() {
        Map<KeyStroke, ActionId> seen = new HashMap<>();
        DefaultKeyBindings.all().forEach((id, text) -> {
            KeyStroke stroke = DefaultKeyBindings.toKeyStroke(text);
            assertThat(stroke).as(id + " binding '" + text + "' parses").isNotNull();
            ActionId previous = seen.put(stroke, id);
            assertThat(previous).as(text + " is bound to " + previous + " and " + id).isNull();
        });
    }

    @Test
    void searchHasBothCtrlFAndCtrlK() {
        assertThat(DefaultKeyBindings.all()).containsEntry(ActionId.APP_SEARCH, "menu F")
                .containsEntry(ActionId.APP_SEARCH_ALT, "menu K");
    }
}
