package org.warmline.submission.ui;

import java.awt.Color;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.ClosureRecord;
import org.warmline.submission.SubmissionRow;
import org.warmline.ui.form.Forms;

/**
 * "How it ended" for the selected submission: who ended it, the reason, whether it was about
 * the candidate, the stage it left, when and by whom, and the note.
 */
final class ClosurePanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient Messages msg;
    private final transient DateTimeFormatter dateTime;
    private final JLabel state = Forms.hint(" ");
    private final JLabel endedBy = new JLabel();
    private final JLabel reason = new JLabel();
    private final JLabel aboutCandidate = new JLabel();
    private final JLabel when = Forms.hint(" ");
    private final JTextArea note = new JTextArea();

    ClosurePanel(Messages msg) {
        super(new MigLayout("insets 0, wrap 1, hidemode 3", "[grow, fill]", "[]4lp[]4lp[]4lp[]8lp[]"));
        this.msg = msg;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(msg.locale()).withZone(ZoneId.systemDefault());
        setName("submission.closure");
        state.setName("submission.closure.state");
        endedBy.setName("submission.closure.endedBy");
        endedBy.putClientProperty("FlatLaf.styleClass", "semibold");
        reason.setName("submission.closure.reason");
        aboutCandidate.setName("submission.closure.notAboutCandidate");
        when.setName("submission.closure.when");
        note.setName("submission.closure.note");
        note.setEditable(false);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.setOpaque(false);
        note.setBorder(null);
        note.setFocusable(false);
        note.setFont(UIManager.getFont("Label.font"));
        add(state, "wmin 0");
        add(endedBy, "wmin 0");
        add(reason, "wmin 0");
        add(aboutCandidate, "wmin 0");
        add(when, "wmin 0");
        add(note, "wmin 0");
        show(null, null);
    }

    /** Shows how {@code row} ended; nothing selected or open shows a short hint instead. */
    void show(SubmissionRow row, ClosureRecord closure) {
        boolean closed = row != null && row.outcome().terminal() && closure != null;
        state.setVisible(!closed);
        state.setText(row == null ? msg.get("submission.history.empty")
                : !row.outcome().terminal() ? msg.get("submission.closure.open")
                : msg.get(row.outcome().labelKey()) + " \u00b7 " + msg.get("submission.closure.none"));
        for (JComponent c : new JComponent[] {endedBy, reason, aboutCandidate, when}) {
            c.setVisible(closed);
        }
        note.setVisible(closed && closure.note() != null);
        if (closed) {
            fill(closure);
        }
        revalidate();
        repaint();
    }

    private void fill(ClosureRecord c) {
        endedBy.setText(msg.get("submission.closure.endedBy." + c.outcome().name(),
                msg.get(c.endedBy().labelKey())));
        endedBy.setForeground(StageColumn.outcomeColor(c.outcome(),
                UIManager.getColor("Label.foreground")));
        reason.setText(msg.get("submission.closure.reason", c.reasonName()));
        aboutCandidate.setText("<html>" + escape(msg.get(c.notAboutCandidate()
                ? "submission.closure.notAboutCandidate" : "submission.closure.aboutCandidate"))
                + "</html>");
        Color green = new Color(0x2E7D32);
        aboutCandidate.setForeground(c.notAboutCandidate() ? green
                : UIManager.getColor("Label.foreground"));
        String at = c.closedAt() == null ? "" : dateTime.format(c.closedAt());
        when.setText(c.closedBy() == null ? msg.get("submission.closure.whenNobody", c.fromStage(), at)
                : msg.get("submission.closure.when", c.fromStage(), at, c.closedBy()));
        note.setText(c.note() == null ? "" : c.note());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
