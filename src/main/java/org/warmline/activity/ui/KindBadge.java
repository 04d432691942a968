package org.warmline.activity.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;
import org.warmline.activity.ActivityKind;

/** A small coloured dot that tells the kinds of activity apart at a glance. */
final class KindBadge implements Icon {
    private static final int SIZE = 10;
    private final Color color;

    private KindBadge(Color color) {
        this.color = color;
    }

    static KindBadge of(ActivityKind kind) {
        return new KindBadge(colorOf(kind));
    }

    static Color colorOf(ActivityKind kind) {
        return switch (kind) {
            case CALL -> new Color(0x2E7D32);
            case EMAIL -> new Color(0x1565C0);
            case MEETING -> new Color(0x6A1B9A);
            case NOTE -> new Color(0x757575);
            case LETTER -> new Color(0x8D6E63);
            case STAGE_CHANGE -> new Color(0xEF6C00);
        };
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(color);
        g2.fillOval(x, y, SIZE, SIZE);
        g2.dispose();
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
