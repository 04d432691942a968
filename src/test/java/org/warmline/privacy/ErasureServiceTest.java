package org.warmline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.CandidateId;
import org.warmline.feedback.FeedbackFixture;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.text.IdentityHash;
import org.warmline.search.SearchService;
import org.warmline.testing.DbTest;

@DbTest
class ErasureServiceTest {
    private static final Instant MONDAY = FeedbackFixture.MONDAY;

    @Test
    void erasureAnonymisesThePersonEverywhereAndKeepsEveryPipelineFigure(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);
        PipelineStory story = PipelineStory.build(p);
        PipelineFigures before = PipelineFigures.of(p);

        p.erasure.erase(story.zoe());

        assertThat(PipelineFigures.of(p)).isEqualTo(before);
        assertThat(before.feedback().rejections()).isEqualTo(2);
        long zoe = story.zoe().value();
        assertThat(p.text("SELECT first_name || ' ' || last_name FROM candidate WHERE id = ?",
                zoe)).isEqualTo("Erased person #" + zoe);
        assertThat(p.text("""
                SELECT COALESCE(email, email2, phone, postal_address, linkedin_url, current_title,
                       skills, source, notes, email_norm, phone_norm, linkedin_norm, 'none')
                  FROM candidate WHERE id = ?""", zoe)).isEqualTo("none");
        assertThat(p.text("SELECT status FROM candidate WHERE id = ?", zoe))
                .isEqualTo("DO_NOT_CONTACT");
        assertThat(p.contactStop(story.zoe())).isEqualTo(p.f.clock.instant());
        assertThat(p.count("SELECT COUNT(*) FROM activity WHERE details IS NOT NULL "
                + "AND candidate_id = " + zoe)).isZero();
        assertThat(p.text("SELECT MIN(summary) FROM activity WHERE candidate_id = ?", zoe))
                .isEqualTo("(erased)");
        assertThat(p.count("""
                SELECT COUNT(*) FROM employer_feedback f JOIN submission s ON s.id = f.submission_id
                 WHERE s.candidate_id = %d AND (f.verbatim_text IS NOT NULL
                       OR f.relayed_text IS NOT NULL OR f.candidate_text IS NOT NULL)"""
                .formatted(zoe))).isZero();
        assertThat(p.count("""
                SELECT COUNT(*) FROM submission_stage_history h
                  JOIN submission s ON s.id = h.submission_id
                 WHERE s.candidate_id = %d AND h.note IS NOT NULL""".formatted(zoe))).isZero();
        assertThat(p.count("SELECT COUNT(*) FROM candidate_feedback WHERE comments IS NOT NULL"))
                .as("only Ben's comment is left").isEqualTo(1);
        assertThat(p.count("SELECT COUNT(*) FROM submission_closure WHERE note IS NOT NULL"))
                .as("only Ben's closure note is left").isEqualTo(1);
        SearchService search = new SearchService(db);
        assertThat(search.find("Ødegård", 10)).isEmpty();
        assertThat(search.find("Okafor", 10)).hasSize(1);
        assertThat(p.text("SELECT first_name FROM candidate WHERE id = ?", story.ben().value()))
                .isEqualTo("Ben");
        assertThat(p.erasure.register()).extracting(RegisterEntry::idHash)
                .containsExactlyInAnyOrder(IdentityHash.of("zoe@example.org"),
                        IdentityHash.of("+4791234567"),
                        IdentityHash.of("linkedin.com/in/zoe-odegard"));
        assertThat(p.erasure.isErased(" ZOE@example.org", null, null)).isTrue();
        assertThat(p.erasure.isErased(null, "+47 91 23 45 67", null)).isTrue();
        assertThat(p.erasure.isErased("ben@example.org", null, null)).isFalse();
        assertThat(p.auditActions(story.zoe())).containsExactly("ERASURE");
        assertThat(p.privacy.profile(story.zoe()).erased()).isTrue();
        assertThat(p.privacy.profile(story.zoe()).consents()).isEmpty();
    }

    @Test
    void erasureIsReappliedAfterARestoreBroughtThePersonBack(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);
        CandidateId zoe = p.person("Zoë", "Ødegård", "zoe@example.org", null, null);
        CandidateId ben = p.person("Ben", "Okafor", "ben@example.org", null, null);
        p.erasure.erase(zoe);
        List<RegisterEntry> keptAcrossRestore = p.erasure.register();
        // A restore of a copy made before the erasure: the register is older, the person is back.
        p.db.inTransaction(tx -> tx.update("DELETE FROM erasure_register", st -> { }));
        p.f.clock.advance(Duration.ofDays(3));
        CandidateId back = p.person("Zoë", "Ødegård", " Zoe@Example.org ", "+47 912 34 567",
                null);

        List<CandidateId> erased = p.erasure.reapplyRegister(keptAcrossRestore);

        assertThat(erased).containsExactly(back);
        assertThat(p.text("SELECT first_name || ' ' || last_name FROM candidate WHERE id = ?",
                back.value())).isEqualTo("Erased person #" + back.value());
        assertThat(p.text("SELECT email FROM candidate WHERE id = ?", back.value())).isNull();
        assertThat(p.text("SELECT email FROM candidate WHERE id = ?", ben.value()))
                .isEqualTo("ben@example.org");
        assertThat(p.auditActions(back)).containsExactly("ERASURE_REAPPLIED");
        assertThat(p.erasure.register()).extracting(RegisterEntry::idHash)
                .contains(IdentityHash.of("zoe@example.org"), IdentityHash.of("+4791234567"));
        assertThat(p.erasure.reapplyRegister()).as("nothing left to erase").isEmpty();
    }

    @Test
    void purgeAnonymisesOnlyCandidatesPastTheRetentionPolicy(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);
        CandidateId old = p.person("Ola", "Nordmann", "ola@example.org", null, null);
        CandidateId recentCall = p.person("Kari", "Nordmann", "kari@example.org", null, null);
        CandidateId fresh = p.person("王", "芳", "fang@example.cn", null, null);
        p.touch(old, Instant.parse("2022-01-10T10:00:00Z"));
        p.activity(old, null, Instant.parse("2022-06-01T10:00:00Z"), "Call", "old notes");
        p.touch(recentCall, Instant.parse("2022-01-10T10:00:00Z"));
        p.activity(recentCall, null, Instant.parse("2024-12-01T10:00:00Z"), "Call", "recent");

        List<RetentionCandidate> due = p.erasure.pastRetention(24);

        assertThat(due).extracting(RetentionCandidate::id).containsExactly(old);
        assertThat(due.get(0).lastActivity()).isEqualTo(Instant.parse("2022-06-01T10:00:00Z"));
        assertThat(p.erasure.pastRetention(3)).extracting(RetentionCandidate::id)
                .containsExactlyInAnyOrder(old, recentCall);
        PurgeResult dry = p.erasure.purge(24, true);
        assertThat(dry.count()).isEqualTo(1);
        assertThat(p.text("SELECT email FROM candidate WHERE id = ?", old.value()))
                .isEqualTo("ola@example.org");

        PurgeResult done = p.erasure.purge(24, false);

        assertThat(done.candidates()).containsExactly(old);
        assertThat(done.cutoff()).isEqualTo(Instant.parse("2023-04-07T09:00:00Z"));
        assertThat(p.text("SELECT email FROM candidate WHERE id = ?", old.value())).isNull();
        assertThat(p.text("SELECT details FROM activity WHERE candidate_id = ?", old.value()))
                .isNull();
        assertThat(p.auditActions(old)).containsExactly("PURGE");
        assertThat(p.erasure.register()).as("a purge is not a request to be forgotten").isEmpty();
        assertThat(p.erasure.pastRetention(24)).isEmpty();
        assertThat(p.text("SELECT email FROM candidate WHERE id = ?", fresh.value()))
                .isEqualTo("fang@example.cn");
        assertThatThrownBy(() -> p.erasure.purge(0, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void erasingAnUnknownCandidateChangesNothing(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);

        assertThatThrownBy(() -> p.erasure.erase(new CandidateId(424_242)))
                .isInstanceOf(NotFoundException.class);
        assertThat(p.count("SELECT COUNT(*) FROM audit_log")).isZero();
        assertThat(p.erasure.register()).isEmpty();
    }
}
