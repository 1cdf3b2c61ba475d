using System.Collections.Immutable;

namespace DomainKit.Cadres;

/// <summary>
/// Everything the three mechanisms read of a cadre, before it is checked: build one and pass it to
/// <see cref="Cadre.Create"/>. Lists default to empty.
/// </summary>
public sealed record CadreRecord
{
    /// <summary>The cadre's opaque ID (1 to 64 characters); never a name.</summary>
    public required string Id { get; init; }

    /// <summary>Whether the cadre is a principal leader of the unit (党政正职), whom unit ratings concern (PD-07 (1)).</summary>
    public bool PrincipalLeader { get; init; }

    /// <summary>Annual grades (CA-01), at most one per year.</summary>
    public ImmutableArray<AnnualAssessment> Assessments { get; init; } = [];

    /// <summary>Quarterly key-project assessments (SX-CA-09).</summary>
    public ImmutableArray<KeyProjectAssessment> KeyProjects { get; init; } = [];

    /// <summary>Quantified indicators with targets and actuals.</summary>
    public ImmutableArray<IndicatorResult> Indicators { get; init; } = [];

    /// <summary>Democratic appraisal votes, at most one per year.</summary>
    public ImmutableArray<AppraisalVotes> Appraisals { get; init; } = [];

    /// <summary>Unit ratings, at most one per year.</summary>
    public ImmutableArray<UnitRatingRecord> UnitRatings { get; init; } = [];

    /// <summary>Sanctions (CA-08).</summary>
    public ImmutableArray<Sanction> Sanctions { get; init; } = [];

    /// <summary>Mistakes tolerated (FT-02).</summary>
    public ImmutableArray<ToleratedMistake> ToleratedMistakes { get; init; } = [];

    /// <summary>Correction orders (SX-FT-03).</summary>
    public ImmutableArray<CorrectionOrder> Corrections { get; init; } = [];

    /// <summary>Unfit situations found, with the evidence's source and the remedy taken (PD-02, SX-PD-00).</summary>
    public ImmutableArray<UnfitFinding> UnfitFindings { get; init; } = [];

    /// <summary>Past steps down (PD-04).</summary>
    public ImmutableArray<Adjustment> Adjustments { get; init; } = [];
}
