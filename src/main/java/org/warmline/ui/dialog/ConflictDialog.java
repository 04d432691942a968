package org.warmline.ui.dialog;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Window;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.ConflictChoices.Outcome;
import org.warmline.ui.dialog.ConflictChoices.Side;
import org.warmline.ui.form.Forms;

/**
 * Shown when a save hit a record that someone else saved meanwhile: every field with "yours"
 * and "stored now" side by side, differing fields highlighted with a choice per field. The
 * user keeps theirs, takes the stored version, saves a merge of their picks, or goes back.
 */
public final class ConflictDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_CHARS = 70;
    private final transient ConflictChoices choices;
    private transient Outcome outcome;

    /** A dialog for the given fields; {@code recordTitle} names the record in the heading. */
    public ConflictDialog(Window owner, Messages msg, String recordTitle, ConflictChoices choices) {
        super(owner, msg.get("conflict.title"), ModalityType.APPLICATION_MODAL);
        this.choices = choices;
        this.outcome = choices.back();
        setName("conflict");
        JPanel p = new JPanel(new MigLayout("wrap 1, insets 20 24 16 24, fill", "[grow, fill]",
                "[][][grow, fill][]"));
        JLabel heading = new JLabel(msg.get("conflict.heading", recordTitle));
        heading.putClientProperty("FlatLaf.styleClass", "h2");
        p.add(heading);
        p.add(Forms.hint(msg.get("conflict.intro", choices.differing().size())), "gapbottom 10lp");
        JScrollPane scroll = new JScrollPane(grid(msg));
        scroll.setBorder(BorderFactory.createLineBorder(border()));
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        Dimension pref = scroll.getPreferredSize();
        scroll.setPreferredSize(new Dimension(Math.min(pref.width + 20, 900),
                Math.min(pref.height + 4, 460)));
        p.add(scroll);
        p.add(buttons(msg), "gaptop 14lp");
        setContentPane(p);
        Dialogs.closeOnEscape(this, () -> finish(choices.back()));
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog modally and returns what the user decided (BACK when closed). */
    public Outcome ask() {
        setVisible(true);
        return outcome;
    }

    private JPanel grid(Messages msg) {
        JPanel g = new JPanel(new MigLayout("wrap 3, insets 8 12 8 12, gapy 2",
                "[right][280lp, fill, grow][280lp, fill, grow]"));
        g.add(new JLabel());
        g.add(columnHeading(msg.get("conflict.mine")));
        g.add(columnHeading(msg.get("conflict.stored")));
        Color highlight = highlight();
        for (FieldConflict f : choices.fields()) {
            JLabel label = new JLabel(f.label());
            if (!f.differs()) {
                label.setForeground(UIManager.getColor("Label.disabledForeground"));
                g.add(label);
                g.add(plain(f.mine()), "span 2");
                continue;
            }
            label.setFont(label.getFont().deriveFont(Font.BOLD));
            g.add(label);
            JRadioButton mine = choice("conflict." + f.name() + ".mine", f.mine(), highlight, msg);
            JRadioButton stored = choice("conflict." + f.name() + ".stored", f.stored(), highlight,
                    msg);
            ButtonGroup group = new ButtonGroup();
            group.add(mine);
            group.add(stored);
            (choices.picked(f.name()) == Side.MINE ? mine : stored).setSelected(true);
            mine.addActionListener(e -> choices.pick(f.name(), Side.MINE));
            stored.addActionListener(e -> choices.pick(f.name(), Side.STORED));
            g.add(mine);
            g.add(stored);
        }
        return g;
    }

    private static JLabel columnHeading(String text) {
        JLabel l = new JLabel(text);
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        return l;
    }

    private static JLabel plain(String value) {
        JLabel l = new JLabel(shown(value));
        l.setToolTipText(value.length() > SHOWN_CHARS ? value : null);
        l.setForeground(UIManager.getColor("Label.disabledForeground"));
        return l;
    }

    private static JRadioButton choice(String name, String value, Color highlight, Messages msg) {
        JRadioButton b = new JRadioButton(value.isEmpty() ? msg.get("conflict.empty")
                : shown(value));
        b.setName(name);
        b.setToolTipText(value.length() > SHOWN_CHARS ? value : null);
        b.setOpaque(true);
        b.setBackground(highlight);
        b.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        return b;
    }

    private static String shown(String value) {
        String one = value.replace('\n', ' ').replace('\r', ' ');
        return one.length() <= SHOWN_CHARS ? (one.isEmpty() ? " " : one)
                : one.substring(0, SHOWN_CHARS - 1) + "…";
    }

    private JPanel buttons(Messages msg) {
        JPanel b = new JPanel(new MigLayout("insets 0", "[][]push[][]"));
        b.add(button("conflict.keepMine", msg, () -> finish(choices.keepMine())), "sg b");
        b.add(button("conflict.takeStored", msg, () -> finish(choices.takeStored())), "sg b");
        JButton merge = button("conflict.merge", msg, () -> finish(choices.merged()));
        b.add(merge, "sg b");
        b.add(button("conflict.back", msg, () -> finish(choices.back())), "sg b");
        getRootPane().setDefaultButton(merge);
        return b;
    }

    private static JButton button(String name, Messages msg, Runnable action) {
        JButton b = new JButton(msg.get(name));
        b.setName(name);
        b.setToolTipText(msg.get(name + ".tooltip"));
        b.addActionListener(e -> action.run());
        return b;
    }

    private void finish(Outcome chosen) {
        outcome = chosen;
        dispose();
    }

    private static Color highlight() {
        boolean dark = com.formdev.flatlaf.FlatLaf.isLafDark();
        return dark ? new Color(0x4A3F1E) : new Color(0xFFF4D6);
    }

    private static Color border() {
        Color c = UIManager.getColor("Component.borderColor");
        return c == null ? Color.LIGHT_GRAY : c;
    }
}
