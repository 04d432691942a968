package org.warmline.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.activity.ActivityLog;
import org.warmline.activity.ActivityService;
import org.warmline.feedback.FeedbackFixture;
import org.warmline.feedback.WorkItem;
import org.warmline.nurture.NurtureService;
import org.warmline.nurture.StepKind;
import org.warmline.platform.db.Database;
import org.warmline.recruiter.Session;
import org.warmline.testing.DbTest;

@DbTest
class TodayServiceTest {

    private record Wiring(FeedbackFixture f, NurtureService nurture, TodayService today) {
    }

    private static Wiring wire(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        Session session = new Session(f.recruiter, "test");
        NurtureService nurture = new NurtureService(db, session, f.events, f.clock);
        ActivityService activities = new ActivityService(db, new ActivityLog(), session, f.events, f.clock);
        return new Wiring(f, nurture, new TodayService(db, activities, f.feedback, nurture, session, f.clock));
    }

    @Test
    void nurtureStepsJoinTheFeedbackWorkSortedByDueDate(Database db) {
        Wiring w = wire(db);
        FeedbackFixture.Rejected r = w.f().rejected(FeedbackFixture.MONDAY);
        w.nurture().planForRejection(r.submission()).orElseThrow();
        w.f().clock.advance(Duration.ofDays(3));
        TodayService.Agenda agenda = w.today().agenda(50);
        assertThat(agenda.today()).isEqualTo(LocalDate.of(2025, 4, 10));
        List<TodayItem> due = agenda.due();
        assertThat(due).extracting(TodayItem::due).isSorted();
        assertThat(due).filteredOn(TodayItem::isStep).extracting(i -> i.step().step().kind())
                .containsExactly(StepKind.THANK_YOU, StepKind.LINKEDIN);
        assertThat(due).filteredOn(i -> !i.isStep()).extracting(i -> i.feedback().task())
                .containsExactly(WorkItem.Task.REQUEST);
        assertThat(due.get(0).isStep()).isTrue();
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(w.today().dueCount()).isEqualTo(3);
    }

    @Test
    void aDoneStepLeavesTodayAndNothingDueSaysSo(Database db) {
        Wiring w = wire(db);
        FeedbackFixture.Rejected r = w.f().rejected(FeedbackFixture.MONDAY);
        w.nurture().planForRejection(r.submission()).orElseThrow();
        w.f().clock.advance(Duration.ofDays(1));
        TodayItem thanks = w.today().agenda(50).due().stream().filter(TodayItem::isStep)
                .findFirst().orElseThrow();
        w.nurture().done(thanks.step().step().id(), thanks.step().step().version());
        assertThat(w.today().agenda(50).due()).noneMatch(TodayItem::isStep);
        w.nurture().snooze(w.nurture().plans(thanks.step().step().candidateId()).get(0).steps().get(3).id(),
                0, 1);
        assertThat(w.today().agenda(50).due()).noneMatch(TodayItem::isStep);
    }
}
