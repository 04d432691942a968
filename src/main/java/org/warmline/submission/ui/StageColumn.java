package org.warmline.submission.ui;

import java.awt.Color;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.DropMode;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.Stage;
import org.warmline.submission.StageOutcome;
import org.warmline.submission.SubmissionRow;

/** One column of the pipeline board: the stage's name and count over a list of cards. */
final class StageColumn extends JPanel {
    private static final long serialVersionUID = 1L;
    final transient Stage stage;
    final DefaultListModel<SubmissionRow> model = new DefaultListModel<>();
    final JList<SubmissionRow> list = new JList<>(model);
    private final JLabel count = new JLabel();

    StageColumn(Stage stage, Messages msg, CardTransfer transfer) {
        super(new MigLayout("insets 8, wrap 1, fill", "[grow, fill]", "[][grow, fill]"));
        this.stage = stage;
        setBackground(columnBackground());
        JLabel title = new JLabel(stage.name());
        title.putClientProperty("FlatLaf.styleClass", "h4");
        title.setForeground(outcomeColor(stage.outcome(), title.getForeground()));
        count.setName("pipeline.stage." + stage.id().value() + ".count");
        count.putClientProperty("FlatLaf.styleClass", "small");
        add(title, "split 2");
        add(count, "right");
        list.setName("pipeline.stage." + stage.id().value());
        list.putClientProperty(CardTransfer.STAGE, stage);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new CardRenderer(msg));
        list.setOpaque(false);
        list.setDragEnabled(true);
        list.setDropMode(DropMode.ON);
        list.setTransferHandler(transfer);
        list.getAccessibleContext().setAccessibleName(stage.name());
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        add(scroll, "w 150lp:170lp, grow");
    }

    void setRows(List<SubmissionRow> rows) {
        model.clear();
        model.addAll(rows);
        count.setText(String.valueOf(rows.size()));
    }

    /** The colour of an outcome on the board and in the stages dialog. */
    static Color outcomeColor(StageOutcome outcome, Color normal) {
        return switch (outcome) {
            case PLACED -> new Color(0x2E7D32);
            case REJECTED -> new Color(0xC62828);
            case WITHDRAWN -> new Color(0x757575);
            case IN_PROGRESS -> normal;
        };
    }

    private static Color columnBackground() {
        Color panel = UIManager.getColor("Panel.background");
        if (panel == null) {
            return new Color(0xF2F2F2);
        }
        float[] hsb = Color.RGBtoHSB(panel.getRed(), panel.getGreen(), panel.getBlue(), null);
        float b = hsb[2] > 0.5f ? hsb[2] - 0.04f : hsb[2] + 0.06f;
        return Color.getHSBColor(hsb[0], hsb[1], b);
    }
}
