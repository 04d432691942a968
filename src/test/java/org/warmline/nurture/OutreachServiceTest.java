package org.warmline.nurture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.activity.Activity;
import org.warmline.activity.ActivityKind;
import org.warmline.activity.ActivitySubject;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.SubmissionId;
import org.warmline.testing.DbTest;

@DbTest
class OutreachServiceTest {
    @TempDir
    Path dir;

    /** A rejected candidate with e-mail and address whose thank-you is a letter due today. */
    private static NurtureStep letterStep(NurtureFixture f, String first, String last, String address) {
        f.nurture.saveTemplate(PlanKind.REJECTED, List.of(
                new TemplateStep(StepKind.THANK_YOU, NurtureChannel.LETTER, 0),
                new TemplateStep(StepKind.RELAY_FEEDBACK, NurtureChannel.EMAIL, 7)));
        long job = f.job(f.employer("Kestrel Labs"), "Data Analyst", "SQL");
        long c = f.candidate(first, last);
        f.setCandidate(c, "email", "zoe.odegard@example.com");
        f.setCandidate(c, "postal_address", address);
        SubmissionId s = f.rejected(c, job, 3, 1);
        return f.nurture.planForRejection(s).orElseThrow().steps().get(0);
    }

    @Test
    void theThankYouIsMergedWithTheCandidateJobEmployerAndRecruiter(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        Message m = f.outreach.compose(letterStep(f, "Zoë", "Ødegård", "12 Rose Lane\nLeeds LS1 4AB").id());
        assertThat(m.ok()).isTrue();
        assertThat(m.subject()).isEqualTo("Thank you, Zoë");
        assertThat(m.body()).startsWith("Dear Zoë,").contains("Data Analyst at Kestrel Labs")
                .contains("Inès Marchal").contains("Warmline Recruitment").doesNotContain("{");
        assertThat(m.to()).isEqualTo("zoe.odegard@example.com");
        assertThat(m.postalAddress()).isEqualTo("12 Rose Lane\nLeeds LS1 4AB");
        assertThat(m.channel()).isEqualTo(NurtureChannel.LETTER);
    }

    @Test
    void anEmptyFeedbackFieldBlocksTheRelayUntilTheFeedbackIsThere(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurtureStep thanks = letterStep(f, "Zoë", "Ødegård", "12 Rose Lane");
        NurtureStep relay = f.nurture.plans(thanks.candidateId()).get(0).steps().get(1);
        Message m = f.outreach.compose(relay.id());
        assertThat(m.empty()).containsExactly("feedback.candidateText");
        assertThat(m.body()).doesNotContain("{");
        assertThatThrownBy(() -> f.outreach.writeEml(m, dir.resolve("x.eml")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsEntry("template", "nurture.error.mergeFields"));
        assertThat(dir.resolve("x.eml")).doesNotExist();
        db.inTransaction(tx -> tx.update("""
                INSERT INTO employer_feedback (submission_id, kind, state, candidate_text,
                       relayed_text, created_at, updated_at)
                SELECT submission_id, 'REJECTION', 'RELAYED', 'draft', 'Your SQL impressed them.',
                       created_at, created_at FROM nurture_plan WHERE id = ?""",
                st -> st.setLong(1, relay.planId().value())));
        assertThat(f.outreach.compose(relay.id()).body()).contains("Your SQL impressed them.");
    }

    @Test
    void theAgencysWordingIsUsedUnknownFieldsAreRefusedAndStaleEditsToo(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurtureStep step = letterStep(f, "王", "芳", "1 Garden Road\nHong Kong");
        assertThatThrownBy(() -> f.outreach.saveTemplate(StepKind.THANK_YOU, "Hi {candidate.nick}",
                "x", 0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsEntry("subject", "nurture.error.unknownField"));
        assertThatThrownBy(() -> f.outreach.saveTemplate(StepKind.THANK_YOU, "Hi",
                "x".repeat(10_000), 0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsEntry("body", "validation.tooLong"));
        MessageTemplate saved = f.outreach.saveTemplate(StepKind.THANK_YOU,
                "With thanks, {candidate.fullName}", "Dear {candidate.lastName} {candidate.firstName}", 0);
        assertThat(saved.custom()).isTrue();
        assertThat(f.outreach.compose(step.id()).subject()).isEqualTo("With thanks, 王 芳");
        MessageTemplate again = f.outreach.saveTemplate(StepKind.THANK_YOU, "Two", "Body", saved.version());
        assertThat(again.version()).isEqualTo(saved.version() + 1);
        assertThatThrownBy(() -> f.outreach.saveTemplate(StepKind.THANK_YOU, "Three", "Body",
                saved.version())).isInstanceOf(StaleRecordException.class);
        assertThat(f.outreach.resetTemplate(StepKind.THANK_YOU).custom()).isFalse();
        assertThat(f.outreach.template(StepKind.THANK_YOU).subject()).isEqualTo("Thank you, {candidate.firstName}");
    }

    @Test
    void lettersDueGoIntoOneDocxWithAddressesAndTextAndAreLogged(Database db) throws Exception {
        NurtureFixture f = new NurtureFixture(db);
        letterStep(f, "Zoë", "Ødegård", "12 Rose Lane\nLeeds LS1 4AB");
        long job = f.job(f.employer("Harbour Bank"), "Risk Analyst", null);
        long wang = f.candidate("王", "芳");
        f.setCandidate(wang, "postal_address", "1 Garden Road\nHong Kong");
        f.nurture.planForRejection(f.rejected(wang, job, 4, 2));
        long noAddress = f.candidate("Ana", "Ribeiro");
        f.nurture.planForRejection(f.rejected(noAddress, job, 3, 1));

        OutreachService.LetterBatch batch = f.outreach.lettersDue(null, f.today());
        assertThat(batch.ready()).extracting(Message::candidateName).containsExactlyInAnyOrder("Zoë Ødegård", "王 芳");
        assertThat(batch.noAddress()).extracting(Message::candidateName).containsExactly("Ana Ribeiro");
        assertThat(f.outreach.lettersDue(f.base.recruiter.id(), f.today().minusDays(1)).ready()).isEmpty();

        Path docx = dir.resolve("letters.docx");
        assertThat(f.outreach.writeLetters(batch.ready(), docx)).isEqualTo(2);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Warmline Recruitment").contains("12 Rose Lane").contains("Leeds LS1 4AB")
                    .contains("1 Garden Road").contains("Dear Zoë,").contains("Dear 王,")
                    .contains("Data Analyst at Kestrel Labs").doesNotContain("{");
            assertThat(doc.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).count()).isEqualTo(1);
        }
        List<Activity> logged = f.activities.timeline(ActivitySubject.CANDIDATE, wang);
        assertThat(logged).extracting(Activity::kind).contains(ActivityKind.LETTER);
        assertThat(logged.get(0).summary()).isEqualTo("Letter sent: Thank-you note");
        assertThatThrownBy(() -> f.outreach.writeLetters(batch.noAddress(), dir.resolve("n.docx")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsEntry("address", "nurture.error.noAddress"));
    }

    @Test
    void anEmlDraftAndAMailtoLinkCarryTheMessage(Database db) throws Exception {
        NurtureFixture f = new NurtureFixture(db);
        Message m = f.outreach.compose(letterStep(f, "Zoë", "Ødegård", "12 Rose Lane").id());
        Path eml = dir.resolve("thanks.eml");
        f.outreach.writeEml(m, eml);
        String text = Files.readString(eml, StandardCharsets.US_ASCII);
        assertThat(text).contains("To: =?UTF-8?B?").contains("<zoe.odegard@example.com>\r\n")
                .contains("Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                        "Thank you, Zoë".getBytes(StandardCharsets.UTF_8)) + "?=\r\n")
                .contains("X-Unsent: 1\r\n").contains("Content-Type: text/plain; charset=UTF-8");
        String body = text.substring(text.indexOf("\r\n\r\n") + 4);
        assertThat(new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8))
                .isEqualTo(m.body().replaceAll("\\R", "\r\n"));
        assertThat(f.activities.timeline(ActivitySubject.CANDIDATE, m.candidateId().value()))
                .extracting(Activity::kind).containsExactly(ActivityKind.EMAIL);
        String link = f.outreach.mailto(m);
        assertThat(link).startsWith("mailto:zoe.odegard@example.com?subject=Thank%20you%2C%20Zo%C3%AB&body=Dear%20Zo%C3%AB%2C%0D%0A");
    }

    @Test
    void nobodyWhoMustNotBeContactedGetsAMessage(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurtureStep step = letterStep(f, "Zoë", "Ødegård", "12 Rose Lane");
        f.setCandidate(step.candidateId().value(), "status", "DO_NOT_CONTACT");
        assertThatThrownBy(() -> f.outreach.compose(step.id()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsEntry("candidate", "nurture.error.doNotContact"));
        assertThat(f.outreach.lettersDue(null, f.today()).ready()).isEmpty();
    }

    @Test
    void theLetterheadIsEditedWithChecksAndLocking(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        Letterhead l = f.outreach.letterhead();
        assertThat(l.agencyName()).isEqualTo("Warmline Recruitment");
        Letterhead saved = f.outreach.saveLetterhead(new Letterhead("Ødegård & Marchal Talent",
                "4 Quay Street\nBristol BS1 4DB", "+44 117 496 0000", "hello@om-talent.example",
                "https://om-talent.example", l.version()));
        assertThat(saved.version()).isEqualTo(l.version() + 1);
        assertThat(saved.address()).isEqualTo("4 Quay Street\nBristol BS1 4DB");
        assertThatThrownBy(() -> f.outreach.saveLetterhead(new Letterhead("x", null, null, null, null,
                l.version()))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> f.outreach.saveLetterhead(new Letterhead(" ", null, null, "not-mail",
                null, saved.version()))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsKeys("agencyName", "email"));
        assertThat(LocalDate.of(2025, 4, 7)).isEqualTo(f.today());
    }
}
