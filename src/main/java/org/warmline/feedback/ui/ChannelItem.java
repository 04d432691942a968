package org.warmline.feedback.ui;

import javax.swing.JComboBox;
import org.warmline.feedback.Channel;
import org.warmline.platform.i18n.Messages;

/** A channel with its label, for combos. */
record ChannelItem(Channel channel, String label) {
    @Override
    public String toString() {
        return label;
    }

    static JComboBox<ChannelItem> combo(String name, Messages msg) {
        JComboBox<ChannelItem> combo = new JComboBox<>();
        combo.setName(name);
        for (Channel c : Channel.values()) {
            combo.addItem(new ChannelItem(c, msg.get(c.labelKey())));
        }
        return combo;
    }
}
