package org.warmline.nurture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.text.Normalize;
import org.warmline.platform.validation.Validator;
import org.warmline.submission.Submission;
import org.warmline.submission.SubmissionService;

/**
 * Runners-up ("silver medalists") for a job: candidates rejected at interview or later for a
 * similar job (same employer, or title and skill words in common), ranked, never anyone who
 * must not be contacted, is placed, or is already in the job's pipeline. Bringing one back
 * submits them to the job and schedules a "job you may like" step.
 */
public final class RunnerUpService {
    static final int SAME_EMPLOYER = 5;
    static final int TITLE_WORD = 3;
    static final int SKILL = 2;
    private static final Set<String> NOISE = Set.of("and", "the", "for", "with", "of", "at",
            "in", "to", "a", "senior", "junior", "lead", "head", "sr", "jr", "ii", "iii");
    private final Database db;
    private final SubmissionService submissions;
    private final NurtureService nurture;
    private final RunnerUpRepository repo = new RunnerUpRepository();
    private final NurtureRepository plans = new NurtureRepository();

    public RunnerUpService(Database db, SubmissionService submissions, NurtureService nurture) {
        this.db = db;
        this.submissions = submissions;
        this.nurture = nurture;
    }

    /** The best {@code limit} runners-up for a job, best first (one line per candidate). */
    public List<RunnerUp> suggest(JobId job, int limit) {
        return db.read(tx -> {
            RunnerUpRepository.Target target = repo.job(tx, job)
                    .orElseThrow(() -> new NotFoundException("job", job.value()));
            Set<String> titleWords = words(target.title());
            Set<String> skills = words(target.skills());
            Map<Long, RunnerUp> best = new HashMap<>();
            for (RunnerUpRepository.Target other : repo.otherJobs(tx, job)) {
                if (!similar(other, target, titleWords, skills)) {
                    continue;
                }
                for (RunnerUpRepository.Past p : repo.candidates(tx, other.id(), job)) {
                    RunnerUp r = score(p, target, titleWords, skills);
                    if (r != null) {
                        best.merge(p.candidateId(), r, (a, b) -> RANKING.compare(a, b) <= 0 ? a : b);
                    }
                }
            }
            return best.values().stream().sorted(RANKING).limit(limit).toList();
        });
    }

    private static final Comparator<RunnerUp> RANKING = Comparator
            .comparingInt(RunnerUp::score).reversed()
            .thenComparing(RunnerUp::rejectedAt, Comparator.reverseOrder())
            .thenComparing(RunnerUp::candidateName);

    /** Same employer, or a title or skill word in common. */
    private static boolean similar(RunnerUpRepository.Target other, RunnerUpRepository.Target target,
                                   Set<String> titleWords, Set<String> skills) {
        if (other.employerId() == target.employerId()) {
            return true;
        }
        Set<String> theirs = words(other.title());
        theirs.addAll(words(other.skills()));
        return titleWords.stream().anyMatch(theirs::contains) || skills.stream().anyMatch(theirs::contains);
    }

    private static RunnerUp score(RunnerUpRepository.Past p, RunnerUpRepository.Target target,
                                  Set<String> titleWords, Set<String> skills) {
        boolean sameEmployer = p.employerId() == target.employerId();
        List<String> sharedTitle = titleWords.stream().filter(words(p.title())::contains).toList();
        Set<String> theirSkills = words(p.jobSkills());
        theirSkills.addAll(words(p.candidateSkills()));
        List<String> sharedSkills = skills.stream()
                .filter(s -> theirSkills.contains(s) && !sharedTitle.contains(s)).toList();
        if (!sameEmployer && sharedTitle.isEmpty() && sharedSkills.isEmpty()) {
            return null;
        }
        int depth = Math.max(0, Math.min(3, (p.position() - 30) / 10));
        int score = (sameEmployer ? SAME_EMPLOYER : 0) + TITLE_WORD * sharedTitle.size()
                + SKILL * sharedSkills.size() + depth;
        List<String> shared = new ArrayList<>(sharedTitle);
        shared.addAll(sharedSkills);
        return new RunnerUp(new CandidateId(p.candidateId()), p.name(), new JobId(p.jobId()),
                p.title(), p.employerName(), sameEmployer, p.stage(), p.reason(), p.feedback(),
                p.closedAt(), shared, score);
    }

    /** The folded words of a title or skill list ("Senior Data-Analyst, SQL" gives data, analyst, sql). */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String w : Normalize.fold(text).split("[^\\p{L}\\p{N}+#]+")) {
            if (!w.isEmpty() && !NOISE.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Adds a runner-up to the job's pipeline and schedules the "job you may like" step; refused
     * (field candidate, key nurture.error.doNotContact) for someone who must not be contacted.
     */
    public Optional<NurturePlan> bringBack(JobId job, CandidateId candidate) {
        boolean ok = db.read(tx -> plans.contactable(tx, candidate));
        new Validator().check(ok, "candidate", "nurture.error.doNotContact").throwIfInvalid();
        Submission s = submissions.submit(candidate, job);
        return nurture.planForRunnerUp(s.id(), job);
    }
}
