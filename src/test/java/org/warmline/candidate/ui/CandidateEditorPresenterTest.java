package org.warmline.candidate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateFixtures;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateQuery;
import org.warmline.candidate.CandidateService;
import org.warmline.candidate.CandidateStatus;
import org.warmline.candidate.CandidateSummary;
import org.warmline.candidate.ui.CandidateEditorPresenter.DuplicateDecision;
import org.warmline.candidate.ui.CandidateEditorPresenter.DuplicateDecision.Choice;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.testing.DbTest;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.ui.dialog.ConflictChoices;
import org.warmline.ui.dialog.ConflictChoices.Outcome;
import org.warmline.ui.dialog.FieldConflict;

@DbTest
class CandidateEditorPresenterTest {

    /** Stands in for the dialog: holds field values and records what it was told. */
    private static final class FakeView implements CandidateEditorPresenter.View {
        CandidateFormValues values;
        Map<String, String> errors = Map.of();
        boolean stale;
        Throwable failure;
        Candidate saved;
        CandidateId opened;
        List<CandidateSummary> duplicatesShown;
        DuplicateDecision answer = DuplicateDecision.back();

        @Override
        public CandidateFormValues values() {
            return values;
        }

        @Override
        public void showErrors(Map<String, String> fieldToMessageKey) {
            errors = fieldToMessageKey;
        }

        @Override
        public void showStale() {
            stale = true;
        }

        @Override
        public void showFailure(Throwable f) {
            failure = f;
        }

        @Override
        public DuplicateDecision askAboutDuplicates(List<CandidateSummary> matches) {
            duplicatesShown = new ArrayList<>(matches);
            return answer;
        }

        @Override
        public void saved(Candidate c) {
            saved = c;
        }

        @Override
        public void openExisting(CandidateId id) {
            opened = id;
        }

        @Override
        public void setSaving(boolean saving) {
        }

        ConflictChoices conflictShown;
        java.util.function.Function<ConflictChoices, Outcome> conflictAnswer = ConflictChoices::back;

        @Override
        public Outcome askConflict(String recordTitle, ConflictChoices choices) {
            conflictShown = choices;
            return conflictAnswer.apply(choices);
        }

        @Override
        public void showStored(Candidate stored) {
            values = CandidateFormValues.of(stored);
        }

        @Override
        public String recruiterName(org.warmline.recruiter.RecruiterId id) {
            return "Recruiter " + id.value();
        }
    }

    private final FakeView view = new FakeView();

    private CandidateEditorPresenter editing(CandidateService service, Candidate candidate) {
        CandidateEditorPresenter p = new CandidateEditorPresenter(service, new DirectTaskRunner(),
                new Messages(Locale.ENGLISH), view);
        view.values = CandidateFormValues.of(candidate);
        p.load(candidate);
        p.markClean();
        return p;
    }

    private static CandidateFormValues withName(CandidateFormValues v, String first, String last) {
        return new CandidateFormValues(first, last, v.email(), v.email2(), v.phone(),
                v.postalAddress(), v.linkedInUrl(), v.currentTitle(), v.skills(), v.source(),
                v.owner(), v.status(), v.notes());
    }

    private static CandidateFormValues withEmail(CandidateFormValues v, String email) {
        return new CandidateFormValues(v.firstName(), v.lastName(), email, v.email2(), v.phone(),
                v.postalAddress(), v.linkedInUrl(), v.currentTitle(), v.skills(), v.source(),
                v.owner(), v.status(), v.notes());
    }

    @Test
    void dirtyOnlyWhileSomeFieldDiffersFromTheLoadedValues(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        CandidateEditorPresenter p = editing(f.service(), f.service().newDraft());
        assertThat(p.isDirty()).isFalse();

        view.values = withName(view.values, "Ana", "");
        assertThat(p.isDirty()).isTrue();
        view.values = withName(view.values, null, "");
        assertThat(p.isDirty()).isFalse();
    }

    @Test
    void savingANewCandidateRegistersItAndLeavesTheFormClean(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        CandidateEditorPresenter p = editing(f.service(), f.service().newDraft());
        view.values = withEmail(withName(view.values, "Zoë", "Ødegård"), "zoe@example.net");

        p.save();

        assertThat(view.saved).isNotNull();
        assertThat(view.saved.id()).isNotNull();
        assertThat(f.service().get(view.saved.id()).displayName()).isEqualTo("Zoë Ødegård");
        assertThat(view.saved.ownerId()).isEqualTo(f.recruiterId());
        assertThat(view.duplicatesShown).isNull();
        assertThat(p.isDirty()).isFalse();
    }

    @Test
    void invalidInputShowsFieldErrorsAndStoresNothing(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        CandidateEditorPresenter p = editing(f.service(), f.service().newDraft());
        view.values = withEmail(withName(view.values, "Ana", " "), "ana@");

        p.save();

        assertThat(view.errors).containsEntry("lastName", "validation.required")
                .containsEntry("email", "validation.email");
        assertThat(view.saved).isNull();
        assertThat(f.service().count(CandidateQuery.all())).isZero();
        assertThat(p.isDirty()).isTrue();
    }

    @Test
    void aProbableDuplicateIsShownAndBackStoresNothing(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service().register(CandidateFixtures.ana(null));
        CandidateEditorPresenter p = editing(f.service(), f.service().newDraft());
        view.values = withEmail(withName(view.values, "Ana", "R."), "ANA.RIBEIRO@example.com");

        p.save();

        assertThat(view.duplicatesShown).extracting(CandidateSummary::id).containsExactly(ana.id());
        assertThat(view.saved).isNull();
        assertThat(f.service().count(CandidateQuery.all())).isEqualTo(1);
        assertThat(p.isSaving()).isFalse();
    }

    @Test
    void saveAnywayRegistersTheSecondCandidate(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        f.service().register(CandidateFixtures.ana(null));
        CandidateEditorPresenter p = editing(f.service(), f.service().newDraft());
        view.values = withEmail(withName(view.values, "Ana", "R."), "ana.ribeiro@example.com");
        view.answer = new DuplicateDecision(Choice.SAVE_ANYWAY, null);

        p.save();

        assertThat(view.saved).isNotNull();
        assertThat(f.service().count(CandidateQuery.all())).isEqualTo(2);
    }

    @Test
    void openExistingOpensTheMatchInsteadOfSaving(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service().register(CandidateFixtures.ana(null));
        CandidateEditorPresenter p = editing(f.service(), f.service().newDraft());
        view.values = withEmail(withName(view.values, "Ana", "R."), "ana.ribeiro@example.com");
        view.answer = new DuplicateDecision(Choice.OPEN, ana.id());

        p.save();

        assertThat(view.opened).isEqualTo(ana.id());
        assertThat(view.saved).isNull();
        assertThat(f.service().count(CandidateQuery.all())).isEqualTo(1);
    }

    @Test
    void editingWithoutContactChangesSkipsTheDuplicateCheck(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service().register(CandidateFixtures.ana(null));
        f.service().register(CandidateFixtures.contact(CandidateFixtures.person("Twin", "Copy"),
                "ana.ribeiro@example.com", null, null));
        CandidateEditorPresenter p = editing(f.service(), ana);
        view.values = withName(view.values, "Ana Maria", "Ribeiro");

        p.save();

        assertThat(view.duplicatesShown).isNull();
        assertThat(f.service().get(ana.id()).firstName()).isEqualTo("Ana Maria");
        assertThat(p.needsDuplicateCheck(ana.withEmail(" ANA.Ribeiro@example.com"))).isFalse();
        assertThat(p.needsDuplicateCheck(ana.withEmail("ana2@example.com"))).isTrue();
    }

    /** Opens Ana, lets someone else place her, then types a new first name. */
    private CandidateEditorPresenter conflicting(CandidateFixtures f) {
        Candidate ana = f.service().register(CandidateFixtures.ana(null));
        CandidateEditorPresenter p = editing(f.service(), ana);
        f.service().changeStatus(ana.id(), CandidateStatus.PLACED);
        view.values = withName(view.values, "Ana Maria", "Ribeiro");
        return p;
    }

    @Test
    void aConflictShowsBothVersionsAndBackKeepsTheInputUnsaved(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        CandidateEditorPresenter p = conflicting(f);

        p.save();

        assertThat(view.conflictShown.differing()).extracting(FieldConflict::name)
                .containsExactly("firstName", "status");
        assertThat(view.conflictShown.differing()).extracting(FieldConflict::mine)
                .containsExactly("Ana Maria", "Active");
        assertThat(view.conflictShown.differing()).extracting(FieldConflict::stored)
                .containsExactly("Ana", "Placed");
        assertThat(view.saved).isNull();
        assertThat(p.isDirty()).isTrue();
        assertThat(view.values.firstName()).isEqualTo("Ana Maria");
        Candidate stored = f.service().get(p.original().id());
        assertThat(stored.firstName()).isEqualTo("Ana");
        assertThat(stored.status()).isEqualTo(CandidateStatus.PLACED);
    }

    @Test
    void keepMineSavesEveryTypedValueOverTheNewVersion(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        CandidateEditorPresenter p = conflicting(f);
        view.conflictAnswer = ConflictChoices::keepMine;

        p.save();

        Candidate stored = f.service().get(p.original().id());
        assertThat(view.saved).isEqualTo(stored);
        assertThat(stored.firstName()).isEqualTo("Ana Maria");
        assertThat(stored.status()).isEqualTo(CandidateStatus.ACTIVE);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void aMergeTakesThePickedFieldsFromTheStoredVersion(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        CandidateEditorPresenter p = conflicting(f);
        view.conflictAnswer = choices -> {
            choices.pick("status", ConflictChoices.Side.STORED);
            return choices.merged();
        };

        p.save();

        Candidate stored = f.service().get(p.original().id());
        assertThat(stored.firstName()).isEqualTo("Ana Maria");
        assertThat(stored.status()).isEqualTo(CandidateStatus.PLACED);
        assertThat(view.saved).isEqualTo(stored);
    }

    @Test
    void takeStoredShowsTheStoredVersionAndWritesNothing(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        CandidateEditorPresenter p = conflicting(f);
        view.conflictAnswer = ConflictChoices::takeStored;

        p.save();

        Candidate stored = f.service().get(p.original().id());
        assertThat(view.saved).isNull();
        assertThat(view.values.firstName()).isEqualTo("Ana");
        assertThat(view.values.status()).isEqualTo(CandidateStatus.PLACED);
        assertThat(p.isDirty()).isFalse();
        assertThat(p.original()).isEqualTo(stored);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void formValuesRoundTripEveryField(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service().register(CandidateFixtures.ana(f.recruiterId()));
        CandidateFormValues values = CandidateFormValues.of(ana);
        assertThat(values.skills()).isEqualTo("Java, SQL, Kafka");
        assertThat(values.applyTo(ana)).isEqualTo(ana);

        CandidateFormValues edited = new CandidateFormValues("Ana", "Ribeiro", "", null, " ", "",
                "", "", " Java ,, sql ,Java", "", null, CandidateStatus.NOT_LOOKING, "");
        Candidate applied = edited.applyTo(ana);
        assertThat(applied.id()).isEqualTo(ana.id());
        assertThat(applied.version()).isEqualTo(ana.version());
        assertThat(applied.email()).isNull();
        assertThat(applied.phone()).isNull();
        assertThat(applied.skills()).containsExactly("Java", "sql");
        assertThat(applied.ownerId()).isNull();
        assertThat(applied.status()).isEqualTo(CandidateStatus.NOT_LOOKING);
    }
}
