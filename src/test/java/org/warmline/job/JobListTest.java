package org.warmline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warmline.employer.Employer;
import org.warmline.employer.EmployerId;
import org.warmline.platform.db.Database;
import org.warmline.search.SearchHit;
import org.warmline.search.SearchKind;
import org.warmline.search.SearchService;
import org.warmline.testing.DbTest;

@DbTest
class JobListTest {

    @Test
    void listFiltersByStatusAndEmployerAndCountsSubmissions(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        EmployerId acme = t.employer("Acme Widgets");
        EmployerId zeta = t.employer("Zeta Labs");
        Job dev = t.jobs.create(JobServiceTest.opened(JobTestSupport.developer(acme),
                LocalDate.of(2025, 1, 6)));
        Job tester = t.jobs.create(JobServiceTest.opened(JobTestSupport.developer(zeta),
                LocalDate.of(2025, 2, 6)));
        Job filled = t.jobs.changeStatus(t.jobs.create(JobTestSupport.developer(acme)).id(),
                JobStatus.FILLED);
        t.submitCandidate(dev.id(), "Haddad");
        t.submitCandidate(dev.id(), "Kowalczyk");

        assertThat(t.jobs.list(JobQuery.all())).extracting(JobSummary::id)
                .containsExactly(filled.id(), tester.id(), dev.id());
        assertThat(t.jobs.list(JobQuery.withStatus(JobStatus.OPEN))).extracting(JobSummary::id)
                .containsExactly(tester.id(), dev.id());
        assertThat(t.jobs.list(new JobQuery(JobStatus.OPEN, acme))).extracting(JobSummary::id)
                .containsExactly(dev.id());
        assertThat(t.jobs.forEmployer(acme)).extracting(JobSummary::id)
                .containsExactly(filled.id(), dev.id());

        JobSummary row = t.jobs.forEmployer(acme).get(1);
        assertThat(row.employerName()).isEqualTo("Acme Widgets");
        assertThat(row.ownerName()).isEqualTo("Tess Tester");
        assertThat(row.submissionCount()).isEqualTo(2);
        assertThat(row.salaryMin()).isEqualByComparingTo("55000");
        assertThat(row.currency()).isEqualTo("GBP");
        assertThat(row.openedOn()).isEqualTo(LocalDate.of(2025, 1, 6));
    }

    @Test
    void employerListCountsOpenJobsAndShowsThem(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        EmployerId acme = t.employer("Acme Widgets");
        Job dev = t.jobs.create(JobTestSupport.developer(acme));
        t.jobs.changeStatus(t.jobs.create(JobTestSupport.developer(acme)).id(),
                JobStatus.CANCELLED);

        assertThat(t.employers.list().get(0).openJobCount()).isEqualTo(1);
        assertThat(t.employers.jobs(acme)).hasSize(2)
                .anySatisfy(j -> assertThat(j.jobId()).isEqualTo(dev.id().value()));
    }

    @Test
    void jobIsFoundBySkillTitleLocationAndEmployerName(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        EmployerId acme = t.employer("Acme Widgets");
        Job dev = t.jobs.create(JobTestSupport.developer(acme));
        SearchService search = new SearchService(db);
        SearchHit hit = new SearchHit(SearchKind.JOB, dev.id().value(), "Senior Java Developer",
                "Acme Widgets · Leeds");

        assertThat(search.find("swing", 10)).containsExactly(hit);
        assertThat(search.find("leeds senior", 10)).containsExactly(hit);
        assertThat(search.find("acme", 10)).extracting(SearchHit::kind)
                .containsExactlyInAnyOrder(SearchKind.EMPLOYER, SearchKind.JOB);

        Employer renamed = t.employers.get(acme).withDetails("Borealis Tools", null, null, null,
                null, null);
        t.employers.update(renamed);
        assertThat(search.find("borealis java", 10)).extracting(SearchHit::id)
                .containsExactly(dev.id().value());
        assertThat(search.find("acme", 10)).isEmpty();
    }
}
