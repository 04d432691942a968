package org.warmline.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Database;
import org.warmline.testing.DbTest;

@DbTest
class CandidateDuplicatesTest {

    @Test
    void sameEmailInAnotherCaseIsADuplicate(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service.register(CandidateFixtures.ana(null));
        Candidate draft = CandidateFixtures.contact(CandidateFixtures.person("A.", "Ribeiro"),
                " ANA.Ribeiro@Example.COM ", null, null);
        assertThat(ids(f, draft)).containsExactly(ana.id());
    }

    @Test
    void eitherEmailMatchesEitherStoredAddress(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service.register(CandidateFixtures.ana(null));
        Candidate draft = CandidateFixtures.contact(CandidateFixtures.person("Ana", "R"),
                "Ana@Example.org", null, null);
        assertThat(ids(f, draft)).containsExactly(ana.id());
    }

    @Test
    void phoneMatchesWhateverTheFormatting(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service.register(CandidateFixtures.ana(null));
        for (String phone : List.of("+351215550101", "00351 21-555-0101", "+351 (21) 555 01 01")) {
            Candidate draft = CandidateFixtures.contact(CandidateFixtures.person("X", "Y"), null,
                    phone, null);
            assertThat(ids(f, draft)).as(phone).containsExactly(ana.id());
        }
    }

    @Test
    void linkedInMatchesAcrossSchemeWwwAndTrailingSlash(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service.register(CandidateFixtures.ana(null));
        for (String url : List.of("http://linkedin.com/in/ana-ribeiro-example",
                "linkedin.com/in/ana-ribeiro-example/", "https://WWW.LinkedIn.com/in/ana-ribeiro-example")) {
            Candidate draft = CandidateFixtures.contact(CandidateFixtures.person("X", "Y"), null,
                    null, url);
            assertThat(ids(f, draft)).as(url).containsExactly(ana.id());
        }
    }

    @Test
    void theCandidateItselfAndUnrelatedPeopleAreNotDuplicates(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service.register(CandidateFixtures.ana(null));
        f.service.register(CandidateFixtures.contact(CandidateFixtures.person("Zoë", "Ødegård"),
                "zoe@example.net", "+47 22 55 01 02", null));

        assertThat(f.service.findDuplicates(ana)).isEmpty();
        Candidate stranger = CandidateFixtures.contact(CandidateFixtures.person("Ana", "Ribeiro"),
                "someone@example.com", "+351 21 555 9999", null);
        assertThat(f.service.findDuplicates(stranger)).isEmpty();
        assertThat(f.service.findDuplicates(CandidateFixtures.person("Ana", "Ribeiro"))).isEmpty();
    }

    @Test
    void aMatchOnSeveralFieldsIsListedOnce(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service.register(CandidateFixtures.ana(null));
        Candidate copy = CandidateFixtures.ana(null);
        List<CandidateSummary> found = f.service.findDuplicates(copy);
        assertThat(found).extracting(CandidateSummary::id).containsExactly(ana.id());
        assertThat(found.get(0).displayName()).isEqualTo("Ana Ribeiro");
        assertThat(found.get(0).phone()).isEqualTo("+351 21 555 0101");
    }

    private static List<CandidateId> ids(CandidateFixtures f, Candidate draft) {
        return f.service.findDuplicates(draft).stream().map(CandidateSummary::id).toList();
    }
}
