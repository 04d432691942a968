package org.warmline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.feedback.FeedbackPolicy;
import org.warmline.platform.settings.Settings;

class FeedbackTimingSettingsTest {

    @Test
    void defaultsUntilPreferencesChangeThem(@TempDir Path dir) {
        assertThat(AppContext.feedbackPolicy(new Settings(dir))).isEqualTo(FeedbackPolicy.DEFAULTS);
        Settings settings = new Settings(dir);
        settings.set(Settings.FEEDBACK_REMINDER_DAYS, "3");
        settings.set(Settings.FEEDBACK_NO_REPLY_DAYS, "14");
        settings.save();
        FeedbackPolicy policy = AppContext.feedbackPolicy(new Settings(dir));
        assertThat(policy.reminderDays()).isEqualTo(3);
        assertThat(policy.noReplyDays()).isEqualTo(14);
        assertThat(policy.requestBusinessDays()).isEqualTo(2);
    }

    @Test
    void nonsenseInTheFileFallsBackOrIsClamped(@TempDir Path dir) {
        Settings settings = new Settings(dir);
        settings.set(Settings.FEEDBACK_REMINDER_DAYS, "soon");
        settings.set(Settings.FEEDBACK_NO_REPLY_DAYS, "-4");
        FeedbackPolicy policy = AppContext.feedbackPolicy(settings);
        assertThat(policy.reminderDays()).isEqualTo(5);
        assertThat(policy.noReplyDays()).isEqualTo(1);
    }
}
