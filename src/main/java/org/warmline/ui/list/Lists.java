package org.warmline.ui.list;

import java.awt.Graphics;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.AbstractAction;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.UIManager;

/**
 * Small list behaviours shared by the screens: a text painted over an empty list, and opening
 * the selected entry with Enter or a double-click.
 *
 * <pre>{@code
 * panel.add(Lists.withEmptyText(list, msg.get("today.recent.empty")));
 * Lists.onOpen(list, this::openSelected);
 * }</pre>
 */
public final class Lists {
    private Lists() {
    }

    /** A scroll pane around {@code list} that says {@code emptyText} while the list is empty. */
    public static JScrollPane withEmptyText(JList<?> list, String emptyText) {
        return new JScrollPane(list) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void paintChildren(Graphics g) {
                super.paintChildren(g);
                if (list.getModel().getSize() == 0) {
                    g.setColor(UIManager.getColor("Label.disabledForeground"));
                    g.setFont(list.getFont());
                    g.drawString(emptyText, 16, 28);
                }
            }
        };
    }

    /** Runs {@code open} on Enter or a double-click in the list. */
    public static void onOpen(JList<?> list, Runnable open) {
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    open.run();
                }
            }
        });
        list.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open");
        list.getActionMap().put("open", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                open.run();
            }
        });
    }

    /** Text made safe to put inside an HTML label. */
    public static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
