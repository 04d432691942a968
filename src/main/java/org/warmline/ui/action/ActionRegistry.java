package org.warmline.ui.action;

import java.awt.event.ActionEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import org.warmline.platform.i18n.Messages;

/**
 * Creates the Swing {@link Action} for each {@link ActionId}: text and mnemonic from the
 * bundle ("&amp;" marks the mnemonic), shortcut from {@link DefaultKeyBindings}.
 *
 * <pre>{@code
 * actions.define(ActionId.CANDIDATE_NEW, listPresenter::createNew);
 * menu.add(actions.menuItem(ActionId.CANDIDATE_NEW));   // named "action.CANDIDATE_NEW"
 * }</pre>
 */
public final class ActionRegistry {
    private final Messages msg;
    private final Map<ActionId, Action> actions = new EnumMap<>(ActionId.class);

    public ActionRegistry(Messages msg) {
        this.msg = msg;
    }

    /** Defines (or redefines) what an action does and returns it. */
    public Action define(ActionId id, Runnable perform) {
        Action action = create(id, perform, msg);
        actions.put(id, action);
        return action;
    }

    public Optional<Action> find(ActionId id) {
        return Optional.ofNullable(actions.get(id));
    }

    public Action get(ActionId id) {
        Action action = actions.get(id);
        if (action == null) {
            throw new IllegalStateException("action not defined: " + id);
        }
        return action;
    }

    public JMenuItem menuItem(ActionId id) {
        JMenuItem item = new JMenuItem(get(id));
        item.setName("action." + id.name());
        return item;
    }

    public JButton button(ActionId id) {
        JButton button = new JButton(get(id));
        button.setName("action." + id.name());
        return button;
    }

    /** Makes the action's shortcut work anywhere inside {@code root}'s window. */
    public void bindKeys(JComponent root) {
        actions.forEach((id, action) -> {
            KeyStroke stroke = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
            if (stroke != null) {
                root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, id.name());
                root.getActionMap().put(id.name(), action);
            }
        });
    }

    /**
     * A standalone action with bundle texts and the default shortcut, for use inside one
     * screen (it is not registered globally).
     */
    public static Action create(ActionId id, Runnable perform, Messages msg) {
        String raw = msg.get("action." + id.name() + ".name");
        int amp = raw.indexOf('&');
        String name = amp >= 0 ? raw.substring(0, amp) + raw.substring(amp + 1) : raw;
        Action action = new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (isEnabled()) {
                    perform.run();
                }
            }
        };
        if (amp >= 0 && amp + 1 < raw.length()) {
            action.putValue(Action.MNEMONIC_KEY, (int) Character.toUpperCase(raw.charAt(amp + 1)));
        }
        String tipKey = "action." + id.name() + ".tooltip";
        if (msg.has(tipKey)) {
            action.putValue(Action.SHORT_DESCRIPTION, msg.get(tipKey));
        }
        action.putValue(Action.ACCELERATOR_KEY, DefaultKeyBindings.keyStroke(id));
        action.putValue(Action.ACTION_COMMAND_KEY, id.name());
        return action;
    }
}
