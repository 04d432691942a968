package org.warmline.feedback.ui;

import java.awt.Graphics;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.AbstractAction;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.UIManager;

/** Small list behaviours shared by the feedback tabs: empty text, open on Enter/double-click. */
final class Lists {
    private Lists() {
    }

    static JScrollPane withEmptyText(JList<?> list, String emptyText) {
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

    static void onOpen(JList<?> list, Runnable open) {
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

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
