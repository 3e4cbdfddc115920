package fr.victimportal.offer;

import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.ReportFacts;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineSchedule;
import fr.victimportal.deadline.PenaltyEstimator;
import fr.victimportal.offer.OfferReview.Comparison;
import fr.victimportal.offer.OfferReview.HeadBenchmark;
import fr.victimportal.offer.OfferReview.Missing;
import fr.victimportal.offer.OfferReview.MissingElement;
import fr.victimportal.offer.OfferReview.Position;
import fr.victimportal.offer.OfferReview.Status;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Reviews an offer against R211-40, the L211-9 deadlines and the indicative benchmarks (docs/legal-notes.md). */
@Component
class OfferReviewer {

    /** Heads shown next to a benchmark (or its absence) on the review. */
    static final Set<DintilhacHead> BENCHMARKED =
            EnumSet.of(DintilhacHead.SE, DintilhacHead.PEP, DintilhacHead.DFT, DintilhacHead.DFP);

    private final ClaimDeadlines claimDeadlines;
    private final BenchmarkTable table;
    private final PenaltyEstimator penalties = PenaltyEstimator.withClasspathRates();

    private ObjectProvider<ReportFacts> reports;

    @Autowired
    void reportFacts(ObjectProvider<ReportFacts> reports) {
        this.reports = reports;
    }

    private final OfferRepository offers;
    private final Clock clock;

    OfferReviewer(ClaimDeadlines claimDeadlines, BenchmarkTable table, OfferRepository offers, Clock clock) {
        this.claimDeadlines = claimDeadlines;
        this.table = table;
        this.offers = offers;
        this.clock = clock;
    }

    OfferReview review(ClaimFile claim, OfferFile file) {
        OfferInput in = file.offer();
        List<DintilhacHead> offered =
                file.lines().stream().map(OfferFile.Line::head).toList();
        List<DintilhacHead> notOffered = DintilhacHead.directHeads().stream()
                .filter(h -> !offered.contains(h))
                .toList();
        List<Missing> missing = new ArrayList<>(missing(claim, file));
        ReportFacts facts = reports == null ? null : reports.getIfAvailable();
        // read once: the completeness and the DFP benchmark both use it
        ReportFacts.ReportFigures report = facts == null
                ? null
                : facts.latestReport(file.claimReference(), file.aggravationId())
                        .orElse(null);
        if (report != null) {
            missing.addAll(againstReport(file, report));
        }
        return new OfferReview(
                file,
                List.copyOf(missing),
                timeliness(claim, file),
                file.lines().stream()
                        .filter(l -> BENCHMARKED.contains(l.head())
                                || !table.forHead(l.head()).isEmpty())
                        .map(l -> l.head() == DintilhacHead.DFP
                                ? dfpBenchmark(l.input(), table.forHead(DintilhacHead.DFP), dfpContext(claim, report))
                                : benchmark(l.input()))
                        .toList(),
                notOffered,
                null);
    }

    /**
     * docs/legal-notes.md: the offer against the expert's report — each head the report retains must be evaluated, and a graded
     * head at the report's grade. A total exclusion evaluates no head, so nothing is compared.
     */
    static List<Missing> againstReport(OfferFile file, ReportFacts.ReportFigures report) {
        if (totalExclusion(file.offer())) {
            return List.of();
        }
        List<Missing> out = new ArrayList<>();
        Map<DintilhacHead, HeadLine> lines = new EnumMap<>(DintilhacHead.class);
        file.offer().heads().forEach(h -> lines.put(h.head(), h));
        for (DintilhacHead head : DintilhacHead.directHeads()) {
            if (report.heads().contains(head) && !lines.containsKey(head)) {
                out.add(new Missing(MissingElement.REPORT_HEAD_OMITTED, head));
            }
        }
        Map<DintilhacHead, BigDecimal> grades = new EnumMap<>(DintilhacHead.class);
        if (report.seGrade() != null) {
            grades.put(DintilhacHead.SE, report.seGrade());
        }
        if (report.petGrade() != null) {
            grades.put(DintilhacHead.PET, report.petGrade());
        }
        if (report.pepGrade() != null) {
            grades.put(DintilhacHead.PEP, report.pepGrade());
        }
        grades.forEach((head, grade) -> {
            HeadLine line = lines.get(head);
            if (line != null && line.grade() != null && line.grade().compareTo(grade) != 0) {
                out.add(new Missing(MissingElement.REPORT_GRADE_DIFFERS, head));
            }
        });
        return out;
    }

    /**
     * R211-40: an offer that excludes all compensation (every head it lists reduced to nothing) need not evaluate each
     * head, state the payers' claims nor attach their statements; its reasons are still required.
     */
    static boolean totalExclusion(OfferInput in) {
        return !in.heads().isEmpty()
                && in.heads().stream().allMatch(h -> h.reduction().compareTo(h.gross()) == 0);
    }

    static List<Missing> missing(ClaimFile claim, OfferFile file) {
        OfferInput in = file.offer();
        List<Missing> out = new ArrayList<>();
        if (!in.payerStatementsAttached() && !totalExclusion(in)) {
            out.add(new Missing(MissingElement.PAYER_STATEMENTS, null));
        }
        for (HeadLine h : in.heads()) {
            if (h.reduction().signum() > 0
                    && (h.reductionReason() == null || h.reductionReason().isBlank())) {
                out.add(new Missing(MissingElement.REDUCTION_REASON, h.head()));
            }
            if (h.payerClaims().signum() > 0
                    && (h.payers() == null || h.payers().isBlank())) {
                // R211-40: each third-party payer's claim, hence the payer it belongs to
                out.add(new Missing(MissingElement.PAYER_NOT_NAMED, h.head()));
            }
        }
        if (!in.withdrawalRightConspicuous()) {
            out.add(new Missing(MissingElement.WITHDRAWAL_RIGHT, null));
        }
        if (in.propertyDamage() == PropertyDamage.NOT_MENTIONED) {
            out.add(new Missing(MissingElement.PROPERTY_DAMAGE, null));
        }
        if (in.kind() == OfferKind.NOT_STATED) {
            out.add(new Missing(MissingElement.KIND, null));
        }
        // L211-15 asks the judge's authorisation of the settlement, not a mention of it in the offer: the portal tells
        // the representative instead (OfferView), and the settlement's clocks wait for the authorisation.
        return out;
    }

    /**
     * L211-9: each offer is judged against the deadline that governs it, given the claim's earlier offers and their
     * kind (al. 2 and 3). The 8-month deadline applies to the first offer; it may be provisional only when the insurer
     * was not informed of the consolidation within 3 months of the accident — otherwise a provisional offer does not
     * meet it. A definitive offer that follows a provisional one made in time is judged against the 5 months from the
     * day the insurer learned of the consolidation. The 3-month deadline (al. 1) applies when the claim has it. Each
     * applicable deadline must be met (D14); the first missed one starts the L211-13 estimate, on the indemnity offered
     * after the fault reduction and before the third-party payers' claims and advances (docs/legal-notes.md P1b).
     */
    OfferReview.Timeliness timeliness(ClaimFile claim, OfferFile file) {
        OfferInput in = file.offer();
        if (file.forAggravation()) {
            return new OfferReview.Timeliness(List.of(), null, null, true, OfferReview.Basis.STANDARD, null, null);
        }
        DeadlineSchedule schedule = claimDeadlines.scheduleFor(claim, in.receivedOn());
        Deadline eight = code(schedule, DeadlineCode.OFFER_8M);
        Deadline three = code(schedule, DeadlineCode.OFFER_3M);
        Deadline five = code(schedule, DeadlineCode.OFFER_DEFINITIVE_5M);
        LocalDate known = claim.dates().insurerKnewConsolidation();
        // the engine sets the 5-month deadline only when the insurer learned of the consolidation after 3 months
        boolean knownWithinThreeMonths = known != null && five == null && eight != null;
        LocalDate earlierProvisional = eight == null || knownWithinThreeMonths
                ? null
                : earlier(file).stream()
                        .filter(o -> o.getKind() == OfferKind.PROVISIONAL)
                        .map(Offer::getReceivedOn)
                        .filter(d -> !d.isAfter(eight.dueDate()))
                        .findFirst()
                        .orElse(null);
        List<Deadline> checked = new ArrayList<>();
        OfferReview.Basis basis = OfferReview.Basis.STANDARD;
        LocalDate end = in.receivedOn();
        Deadline missed;
        if (in.kind() == OfferKind.PROVISIONAL && knownWithinThreeMonths) {
            // al. 3 does not allow a provisional offer: the 8-month offer had to be definitive; until one comes, the
            // 8-month deadline is missed from its due date
            basis = OfferReview.Basis.PROVISIONAL_NOT_ALLOWED;
            checked.add(eight);
            LocalDate today = LocalDate.now(clock);
            missed = today.isAfter(eight.dueDate()) ? eight : null;
            end = today;
        } else {
            if (in.kind() == OfferKind.DEFINITIVE && earlierProvisional != null) {
                basis = OfferReview.Basis.AFTER_PROVISIONAL_IN_TIME;
            } else if (eight != null) {
                checked.add(eight);
            }
            if (three != null) {
                checked.add(three);
            }
            if (five != null && in.kind() == OfferKind.DEFINITIVE) {
                checked.add(five);
            } else if (five == null && basis == OfferReview.Basis.AFTER_PROVISIONAL_IN_TIME) {
                basis = OfferReview.Basis.AFTER_PROVISIONAL_NO_CONSOLIDATION_DATE;
            }
            if (in.kind() == OfferKind.PROVISIONAL) {
                basis = OfferReview.Basis.PROVISIONAL_DEFINITIVE_DUE;
            }
            missed = checked.stream()
                    .filter(d -> in.receivedOn().isAfter(d.dueDate()))
                    .min(Comparator.comparing(Deadline::dueDate))
                    .orElse(null);
        }
        return new OfferReview.Timeliness(
                List.copyOf(checked),
                missed,
                missed == null ? null : penalties.lateOffer(file.owedBeforePayers(), missed.dueDate(), end),
                false,
                basis,
                basis == OfferReview.Basis.PROVISIONAL_NOT_ALLOWED ? known : earlierProvisional,
                in.kind() == OfferKind.PROVISIONAL ? five : null);
    }

    private static Deadline code(DeadlineSchedule schedule, DeadlineCode code) {
        return schedule.deadlines().stream()
                .filter(d -> d.code() == code)
                .findFirst()
                .orElse(null);
    }

    /** The offers of the same cycle received before this one (whatever became of them), oldest first. */
    private List<Offer> earlier(OfferFile file) {
        return offers
                .findByClaimReferenceAndAggravationIdIsNullAndClaimantIdIsNullOrderByReceivedOnAscIdAsc(
                        file.claimReference())
                .stream()
                .filter(o -> o.getId() != file.id()
                        && (o.getReceivedOn().isBefore(file.offer().receivedOn())
                                || (o.getReceivedOn().isEqual(file.offer().receivedOn()) && o.getId() < file.id())))
                .toList();
    }

    /** The DFP rate the report retains and the victim's age at consolidation: what a per-point table needs. */
    record DfpContext(Integer rate, Integer ageAtConsolidation) {}

    private DfpContext dfpContext(ClaimFile claim, ReportFacts.@Nullable ReportFigures report) {
        LocalDate consolidation = report != null && report.consolidation() != null
                ? report.consolidation()
                : claim.dates().consolidation();
        LocalDate birth = claim.situation() == null ? null : claim.situation().birthDate();
        Integer age = consolidation == null || birth == null
                ? null
                : Period.between(birth, consolidation).getYears();
        return new DfpContext(report == null ? null : report.dfpRate(), age);
    }

    /**
     * DFP against a per-point table (docs/legal-notes.md: none is shipped; an operator may load a licensed one): the offered
     * amount divided by the rate, next to the value of the point for the victim's age band and rate band.
     */
    static HeadBenchmark dfpBenchmark(HeadLine h, List<Benchmark> rows, DfpContext ctx) {
        List<Benchmark> perPoint = rows.stream()
                .filter(b -> b.unit() == Benchmark.Unit.EUR_PER_POINT)
                .toList();
        if (perPoint.isEmpty()) {
            return new HeadBenchmark(h.head(), Status.NO_BENCHMARK, null, List.of());
        }
        if (ctx.rate() == null || ctx.ageAtConsolidation() == null) {
            return new HeadBenchmark(h.head(), Status.NEEDS_GRADE, null, List.of());
        }
        BigDecimal perPointOffered = h.gross().divide(BigDecimal.valueOf(ctx.rate()), 2, RoundingMode.HALF_UP);
        List<Comparison> out = perPoint.stream()
                .filter(b -> b.ageBand().contains(ctx.ageAtConsolidation())
                        && b.rateBand().contains(ctx.rate()))
                .map(b -> compare(perPointOffered, b, b.low(), b.high()))
                .toList();
        return new HeadBenchmark(h.head(), out.isEmpty() ? Status.NO_BENCHMARK : Status.COMPARED, perPointOffered, out);
    }

    HeadBenchmark benchmark(HeadLine h) {
        List<Benchmark> rows = table.forHead(h.head());
        if (rows.isEmpty()) {
            return new HeadBenchmark(h.head(), Status.NO_BENCHMARK, null, List.of());
        }
        if (h.head() == DintilhacHead.DFT) {
            if (h.days() == null) {
                return new HeadBenchmark(h.head(), Status.NEEDS_GRADE, null, List.of());
            }
            BigDecimal perDay = h.gross().divide(BigDecimal.valueOf(h.days()), 2, RoundingMode.HALF_UP);
            return new HeadBenchmark(
                    h.head(),
                    Status.COMPARED,
                    perDay,
                    rows.stream()
                            .filter(b -> b.unit() == Benchmark.Unit.EUR_PER_DAY)
                            .map(b -> compare(perDay, b, b.low(), b.high()))
                            .toList());
        }
        if (h.grade() == null) {
            return new HeadBenchmark(h.head(), Status.NEEDS_GRADE, null, List.of());
        }
        // A half grade (3.5/7) sits between two rows: from the lower grade's low to the upper grade's high.
        int lower = h.grade().setScale(0, RoundingMode.FLOOR).intValue();
        int upper = h.grade().setScale(0, RoundingMode.CEILING).intValue();
        List<Comparison> out = new ArrayList<>();
        rows.stream()
                .filter(b -> b.grade() != null && b.grade() == upper)
                .forEach(up -> rows.stream()
                        .filter(lo -> lo.grade() != null
                                && lo.grade() == lower
                                && lo.referential().equals(up.referential()))
                        .findFirst()
                        .ifPresent(lo -> out.add(compare(h.gross(), up, lo.low(), up.high()))));
        return new HeadBenchmark(h.head(), out.isEmpty() ? Status.NO_BENCHMARK : Status.COMPARED, h.gross(), out);
    }

    private static Comparison compare(BigDecimal amount, Benchmark b, BigDecimal low, BigDecimal high) {
        Position p = amount.compareTo(low) < 0
                ? Position.BELOW
                : amount.compareTo(high) > 0 ? Position.ABOVE : Position.WITHIN;
        return new Comparison(b, low, high, p);
    }
}
