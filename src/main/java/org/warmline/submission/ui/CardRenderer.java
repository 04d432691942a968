package org.warmline.submission.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.SubmissionRow;

/** Draws a submission as a rounded card: candidate name, and "n days in stage" muted below. */
final class CardRenderer extends JPanel implements ListCellRenderer<SubmissionRow> {
    private static final long serialVersionUID = 1L;
    private static final int ARC = 12;
    private final transient Messages msg;
    private final JLabel name = new JLabel();
    private final JLabel days = new JLabel();
    private boolean selected;

    CardRenderer(Messages msg) {
        super(new MigLayout("insets 10 12 10 12, wrap 1, gap 0 2", "[grow, fill]"));
        this.msg = msg;
        setOpaque(false);
        name.setFont(name.getFont().deriveFont(Font.BOLD));
        days.setFont(days.getFont().deriveFont(days.getFont().getSize2D() - 1f));
        add(name);
        add(days);
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends SubmissionRow> list,
                                                  SubmissionRow row, int index,
                                                  boolean isSelected, boolean focused) {
        selected = isSelected;
        name.setText(row.candidateName());
        days.setText(msg.get("submission.pipeline.days", row.daysInStage()));
        name.setForeground(list.getForeground());
        Color muted = UIManager.getColor("Label.disabledForeground");
        days.setForeground(muted != null ? muted : Color.GRAY);
        setToolTipText(row.candidateName() + " — " + row.stageName());
        return this;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color card = UIManager.getColor("List.background");
        Color edge = selected ? accent() : border();
        int w = getWidth() - 8;
        int h = getHeight() - 6;
        g2.setColor(card != null ? card : Color.WHITE);
        g2.fillRoundRect(4, 3, w, h, ARC, ARC);
        g2.setColor(edge);
        if (selected) {
            g2.setStroke(new java.awt.BasicStroke(2f));
        }
        g2.drawRoundRect(4, 3, w, h, ARC, ARC);
        g2.dispose();
        super.paintComponent(g);
    }

    private static Color accent() {
        Color c = UIManager.getColor("Component.accentColor");
        if (c == null) {
            c = UIManager.getColor("Component.focusColor");
        }
        return c != null ? c : new Color(0x2675BF);
    }

    private static Color border() {
        Color c = UIManager.getColor("Component.borderColor");
        return c != null ? c : Color.LIGHT_GRAY;
    }
}
