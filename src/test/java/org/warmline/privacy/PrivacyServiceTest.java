package org.warmline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.CandidateId;
import org.warmline.feedback.FeedbackFixture;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class PrivacyServiceTest {

    @Test
    void newCandidateHasTheDefaultBasisNoConsentsAndMayBeContacted(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);
        CandidateId zoe = p.person("Zoë", "Ødegård", "zoe@example.org", null, null);

        PrivacyProfile profile = p.privacy.profile(zoe);

        assertThat(profile.displayName()).isEqualTo("Zoë Ødegård");
        assertThat(profile.source()).isEqualTo("Referral");
        assertThat(profile.lawfulBasis()).isEqualTo(LawfulBasis.LEGITIMATE_INTERESTS);
        assertThat(profile.doNotContact()).isFalse();
        assertThat(profile.contactBlocked()).isFalse();
        assertThat(profile.consents()).isEmpty();
        assertThat(profile.version()).isEqualTo(-1);
        assertThatThrownBy(() -> p.privacy.profile(new CandidateId(999_999)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void doNotContactSetsAndClearsTheContactStopWithAuditEntries(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);
        CandidateId wang = p.person("芳", "王", "wang.fang@example.cn", "+86 138 0013 8000", null);
        Instant t0 = p.f.clock.instant();

        PrivacyProfile flagged = p.privacy.saveSettings(wang, LawfulBasis.CONSENT, true, -1);

        assertThat(flagged.doNotContact()).isTrue();
        assertThat(flagged.lawfulBasis()).isEqualTo(LawfulBasis.CONSENT);
        assertThat(flagged.version()).isZero();
        assertThat(p.contactStop(wang)).isEqualTo(t0);
        p.f.clock.advance(Duration.ofDays(2));
        PrivacyProfile again = p.privacy.saveSettings(wang, LawfulBasis.CONSENT, true, 0);
        assertThat(again.consentWithdrawnAt()).as("first stop kept").isEqualTo(t0);

        PrivacyProfile cleared = p.privacy.saveSettings(wang, LawfulBasis.CONTRACT, false, 1);

        assertThat(cleared.doNotContact()).isFalse();
        assertThat(cleared.version()).isEqualTo(2);
        assertThat(p.contactStop(wang)).isNull();
        assertThat(p.auditActions(wang)).containsExactly("LAWFUL_BASIS", "DO_NOT_CONTACT_SET",
                "LAWFUL_BASIS", "DO_NOT_CONTACT_CLEARED");
        assertThat(p.text("SELECT actor FROM audit_log WHERE subject_id = ?", wang.value()))
                .isEqualTo("ines");
    }

    @Test
    void staleSettingsVersionIsRefusedAndNothingChanges(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);
        CandidateId c = p.person("Ana", "Ribeiro", "ana@example.org", null, null);
        p.privacy.saveSettings(c, LawfulBasis.CONSENT, false, -1);
        p.privacy.saveSettings(c, LawfulBasis.CONTRACT, false, 0);

        assertThatThrownBy(() -> p.privacy.saveSettings(c, LawfulBasis.CONSENT, true, 0))
                .isInstanceOf(StaleRecordException.class);
        assertThat(p.privacy.profile(c).lawfulBasis()).isEqualTo(LawfulBasis.CONTRACT);
        assertThat(p.contactStop(c)).isNull();
    }

    @Test
    void withdrawingConsentStopsContactAndGivingItAgainClearsTheStop(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);
        CandidateId c = p.person("Zoë", "Ødegård", "zoe@example.org", null, null);
        PrivacyProfile given = p.privacy.recordConsent(c, new NewConsent(
                "  Keep my CV and contact me about jobs ", "2026-01", ConsentMethod.WEB_FORM, null));
        ConsentRecord first = given.consents().get(0);
        assertThat(first.purpose()).isEqualTo("Keep my CV and contact me about jobs");
        assertThat(first.wordingVersion()).isEqualTo("2026-01");
        assertThat(first.givenAt()).isEqualTo(FeedbackFixture.MONDAY);
        assertThat(first.recordedBy()).isEqualTo("ines");
        assertThat(first.isLive()).isTrue();
        assertThat(p.contactStop(c)).isNull();

        p.f.clock.advance(Duration.ofDays(10));
        PrivacyProfile withdrawn = p.privacy.withdrawConsent(first.id(), first.version());
        Instant stop = FeedbackFixture.MONDAY.plus(Duration.ofDays(10));
        assertThat(withdrawn.consents().get(0).withdrawnAt()).isEqualTo(stop);
        assertThat(p.contactStop(c)).isEqualTo(stop);
        assertThat(withdrawn.contactBlocked()).isTrue();
        assertThatThrownBy(() -> p.privacy.withdrawConsent(first.id(), first.version()))
                .isInstanceOf(StaleRecordException.class);

        p.f.clock.advance(Duration.ofDays(1));
        PrivacyProfile regiven = p.privacy.recordConsent(c, new NewConsent(
                "Contact me about jobs", "2026-02", ConsentMethod.PHONE, null));
        assertThat(regiven.consents()).hasSize(2);
        assertThat(regiven.consents().get(0).wordingVersion()).isEqualTo("2026-02");
        assertThat(p.contactStop(c)).isNull();
        assertThat(p.auditActions(c)).containsExactly("CONSENT_GIVEN", "CONSENT_WITHDRAWN",
                "CONSENT_GIVEN");
    }

    @Test
    void consentGivenWhileDoNotContactKeepsContactStopped(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);
        CandidateId c = p.person("Ben", "Okafor", "ben@example.org", null, null);
        p.privacy.saveSettings(c, LawfulBasis.CONSENT, true, -1);

        p.privacy.recordConsent(c, new NewConsent("Jobs", "v3", ConsentMethod.EMAIL, null));

        assertThat(p.contactStop(c)).isEqualTo(FeedbackFixture.MONDAY);
    }

    @Test
    void consentNeedsPurposeWordingAndMethodWithinLimits(Database db) {
        PrivacyFixture p = new PrivacyFixture(db);
        CandidateId c = p.person("Ben", "Okafor", "ben@example.org", null, null);

        assertThatThrownBy(() -> p.privacy.recordConsent(c, new NewConsent(" ", null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsOnlyKeys("purpose", "wording", "obtained"));
        assertThatThrownBy(() -> p.privacy.recordConsent(c, new NewConsent("x".repeat(201),
                "v1", ConsentMethod.EMAIL, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("purpose", "validation.tooLong"));
        assertThat(p.privacy.profile(c).consents()).isEmpty();
        assertThat(p.auditActions(c)).isEmpty();
    }
}
