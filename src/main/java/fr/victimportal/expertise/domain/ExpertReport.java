package fr.victimportal.expertise.domain;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.ReportFacts.DftPeriod;
import fr.victimportal.expertise.ReportInput;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "expert_report")
public class ExpertReport extends AbstractEntity {

    @Embeddable
    public static class Period {
        @Column(name = "from_date", nullable = false)
        private LocalDate fromDate;

        @Column(name = "to_date", nullable = false)
        private LocalDate toDate;

        @Column(nullable = false)
        private int rate;

        protected Period() {}

        Period(DftPeriod p) {
            fromDate = p.from();
            toDate = p.to();
            rate = p.rate();
        }

        DftPeriod period() {
            return new DftPeriod(fromDate, toDate, rate);
        }
    }

    @Column(name = "claim_reference", nullable = false)
    private String claimReference;

    @Column(name = "aggravation_id")
    private Long aggravationId;

    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;

    @Column(name = "consolidation_on")
    private LocalDate consolidationOn;

    @Column(name = "se_grade")
    private BigDecimal seGrade;

    @Column(name = "pet_grade")
    private BigDecimal petGrade;

    @Column(name = "pep_grade")
    private BigDecimal pepGrade;

    @Column(name = "dfp_rate")
    private Integer dfpRate;
    /** The other heads' codes, comma-separated in alphabetical order: the stored form, so codes are never renamed. */
    @Column(name = "other_heads")
    private String otherHeads;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_report_dft", joinColumns = @JoinColumn(name = "report_id"))
    private List<Period> dft = new ArrayList<>();

    protected ExpertReport() {}

    public ExpertReport(String claimReference, Long aggravationId, ReportInput in, long recordedBy, Instant at) {
        this.claimReference = claimReference;
        this.aggravationId = aggravationId;
        this.reportDate = in.reportDate();
        this.consolidationOn = in.consolidation();
        this.seGrade = in.seGrade();
        this.petGrade = in.petGrade();
        this.pepGrade = in.pepGrade();
        this.dfpRate = in.dfpRate();
        this.otherHeads = in.otherHeads().isEmpty()
                ? null
                : in.otherHeads().stream().map(DintilhacHead::name).sorted().collect(Collectors.joining(","));
        this.recordedBy = recordedBy;
        this.recordedAt = at;
        in.dft().forEach(p -> dft.add(new Period(p)));
    }

    public ReportInput input() {
        return new ReportInput(
                reportDate,
                consolidationOn,
                dft.stream()
                        .map(Period::period)
                        .sorted(Comparator.comparing(DftPeriod::from))
                        .toList(),
                seGrade,
                petGrade,
                pepGrade,
                dfpRate,
                otherHeads == null
                        ? Set.of()
                        : Arrays.stream(otherHeads.split(","))
                                .map(DintilhacHead::valueOf)
                                .collect(Collectors.toUnmodifiableSet()));
    }
}
