package org.warmline.feedback.ui;

import java.awt.Color;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import net.miginfocom.swing.MigLayout;
import org.warmline.feedback.GuardFinding;
import org.warmline.feedback.WordingGuard;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.Forms;
import org.warmline.ui.form.TextChanges;

/**
 * The candidate-facing text with live wording checks: each finding is painted in the text and
 * listed below it ({@code feedback.guard.warnings}).
 */
final class GuardedTextPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Highlighter.HighlightPainter PAINTER =
            new DefaultHighlighter.DefaultHighlightPainter(new Color(255, 196, 0, 120));
    private final JTextArea text = Forms.textArea("feedback.candidateText", 5);
    private final DefaultListModel<String> warnings = new DefaultListModel<>();
    private final JList<String> warningList = new JList<>(warnings);
    private final transient WordingGuard guard;
    private final transient Messages msg;
    private transient List<GuardFinding> findings = List.of();

    GuardedTextPanel(WordingGuard guard, Messages msg, Consumer<List<GuardFinding>> onChange) {
        super(new MigLayout("insets 0, fill, wrap 1", "[grow, fill]", "[grow, fill][]"));
        this.guard = guard;
        this.msg = msg;
        warningList.setName("feedback.guard.warnings");
        warningList.setVisibleRowCount(3);
        warningList.setForeground(new Color(0xA15C00));
        warningList.getAccessibleContext().setAccessibleName(msg.get("feedback.guard.warnings"));
        add(new JScrollPane(text), "h 90lp:110lp");
        add(new JScrollPane(warningList), "h 56lp!");
        TextChanges.listen(text, () -> {
            check();
            onChange.accept(findings);
        });
        check();
    }

    JTextArea text() {
        return text;
    }

    List<GuardFinding> findings() {
        return findings;
    }

    private void check() {
        findings = guard.check(text.getText());
        Highlighter h = text.getHighlighter();
        h.removeAllHighlights();
        warnings.clear();
        for (GuardFinding f : findings) {
            try {
                h.addHighlight(f.start(), f.end(), PAINTER);
            } catch (BadLocationException stale) {
                // The text changed under us; the next document event repaints.
            }
            warnings.addElement("⚠ " + msg.get("feedback.guard.warning", f.category(),
                    text.getText().substring(f.start(), f.end())));
        }
        if (findings.isEmpty()) {
            warnings.addElement("✓ " + msg.get("feedback.guard.ok"));
        }
        warningList.setForeground(findings.isEmpty() ? new Color(0x2E7D32) : new Color(0xA15C00));
    }
}
