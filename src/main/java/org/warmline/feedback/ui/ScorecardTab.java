package org.warmline.feedback.ui;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.employer.EmployerId;
import org.warmline.feedback.CandidateViewService;
import org.warmline.feedback.EmployerScorecard;
import org.warmline.feedback.FeedbackService;
import org.warmline.feedback.Ratio;
import org.warmline.feedback.ReasonCount;
import org.warmline.feedback.Spread;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.Forms;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.task.TaskRunner;

/** The employer's "Feedback scorecard" tab: reply rate, speed, candidates' views, reasons. */
final class ScorecardTab implements RecordTab {
    private final CandidateViewService views;
    private final Messages msg;
    private final TaskRunner tasks;
    private final JPanel root = new JPanel(new MigLayout("insets 16, wrap 2", "[right]16[grow]"));
    private final JLabel replyRate = value("feedback.scorecard.replyRate");
    private final JLabel toFeedback = value("feedback.scorecard.daysToFeedback");
    private final JLabel toDecision = value("feedback.scorecard.daysToDecision");
    private final JLabel count = value("feedback.scorecard.views");
    private final JLabel speed = value("feedback.scorecard.speed");
    private final JLabel communication = value("feedback.scorecard.communication");
    private final JLabel interview = value("feedback.scorecard.interview");
    private final JPanel reasons = new JPanel(new MigLayout("insets 0, wrap 2", "[]24[right]"));
    private EmployerId employer;

    ScorecardTab(CandidateViewService views, Messages msg, TaskRunner tasks, AppEvents events) {
        this.views = views;
        this.msg = msg;
        this.tasks = tasks;
        root.setName("feedback.scorecard");
        reasons.setName("feedback.scorecard.reasons");
        root.add(Forms.section(msg.get("feedback.scorecard.title")), "span 2, left, gapbottom 8");
        row("feedback.scorecard.replyRate", replyRate);
        row("feedback.scorecard.daysToFeedback", toFeedback);
        row("feedback.scorecard.daysToDecision", toDecision);
        root.add(Forms.section(msg.get("feedback.scorecard.views")), "span 2, left, gaptop 12");
        row("feedback.scorecard.views", count);
        row("feedback.scorecard.speed", speed);
        row("feedback.scorecard.communication", communication);
        row("feedback.scorecard.interview", interview);
        root.add(Forms.section(msg.get("feedback.scorecard.reasons")), "span 2, left, gaptop 12");
        root.add(reasons, "span 2, left");
        events.subscribe(RecordChanged.class, e -> {
            if (employer != null && (e.kind().equals(FeedbackService.KIND)
                    || e.kind().equals(CandidateViewService.KIND))) {
                reload();
            }
        });
    }

    private JLabel value(String name) {
        JLabel l = new JLabel("—");
        l.setName(name);
        l.putClientProperty("FlatLaf.styleClass", "large");
        return l;
    }

    private void row(String key, JLabel value) {
        root.add(new JLabel(msg.get(key)));
        root.add(value);
    }

    @Override
    public String title() {
        return msg.get("feedback.scorecard.title");
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void load(RecordRef ref) {
        employer = new EmployerId(ref.id());
        reload();
    }

    private void reload() {
        EmployerId id = employer;
        tasks.run(msg.get("feedback.scorecard.loading"), () -> views.scorecard(id), this::show);
    }

    private void show(EmployerScorecard card) {
        replyRate.setText(rate(card.replyRate()));
        toFeedback.setText(days(card.daysToFeedback()));
        toDecision.setText(days(card.daysToDecision()));
        count.setText(msg.get("feedback.scorecard.count", card.views()));
        speed.setText(average(card.averageSpeed()));
        communication.setText(average(card.averageCommunication()));
        interview.setText(average(card.averageInterview()));
        reasons.removeAll();
        for (ReasonCount r : card.reasons()) {
            reasons.add(new JLabel(r.reason()));
            reasons.add(new JLabel(String.valueOf(r.count())));
        }
        if (card.reasons().isEmpty()) {
            reasons.add(Forms.hint(msg.get("feedback.scorecard.noReasons")));
        }
        root.revalidate();
        root.repaint();
    }

    private String rate(Ratio r) {
        return r.value() == null ? msg.get("feedback.scorecard.none")
                : msg.get("feedback.scorecard.rate", r.value(), r.part(), r.whole());
    }

    private String days(Spread s) {
        return s.median() == null ? msg.get("feedback.scorecard.none")
                : msg.get("feedback.scorecard.days", s.median(), s.count());
    }

    private String average(Double v) {
        return v == null ? msg.get("feedback.scorecard.none")
                : msg.get("feedback.scorecard.average", v);
    }
}
