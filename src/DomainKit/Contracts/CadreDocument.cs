using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/cadre@1</c> contract: a cadre's record for the three mechanisms (read by <see cref="Cadres.CadreJson"/>).</summary>
[Description("A cadre's record: assessments, indicators, appraisals, sanctions, tolerated mistakes, corrections, unfit situations found and adjustments. The ID is opaque, never a name. Every list is optional and holds at most 1,000 entries.")]
public sealed record CadreDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/cadre@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The cadre's opaque ID, 1 to 64 characters; never a name.</summary>
    [Description("The cadre's opaque ID, 1 to 64 characters; never a name.")]
    public required string Id { get; init; }

    /// <summary>Whether the cadre is a principal leader of the unit (PD-07 (1)). Default false.</summary>
    [Description("Whether the cadre is a principal leader of the unit (PD-07 (1)). Default false.")]
    public bool? PrincipalLeader { get; init; }

    /// <summary>Annual assessment grades (CA-01), one per year.</summary>
    [Description("Annual assessment grades (CA-01), one per year.")]
    public ImmutableArray<AnnualAssessmentDocument>? Assessments { get; init; }

    /// <summary>Quarterly key-project assessments (SX-CA-09).</summary>
    [Description("Quarterly key-project assessments (SX-CA-09).")]
    public ImmutableArray<KeyProjectDocument>? KeyProjects { get; init; }

    /// <summary>Quantified indicators with their targets and actuals (IN-01).</summary>
    [Description("Quantified indicators with their targets and actuals (IN-01).")]
    public ImmutableArray<IndicatorResultDocument>? Indicators { get; init; }

    /// <summary>Democratic appraisal vote counts (PD-07).</summary>
    [Description("Democratic appraisal vote counts (PD-07).")]
    public ImmutableArray<AppraisalVotesDocument>? Appraisals { get; init; }

    /// <summary>Ratings of the cadre's unit (PD-07).</summary>
    [Description("Ratings of the cadre's unit (PD-07).")]
    public ImmutableArray<UnitRatingDocument>? UnitRatings { get; init; }

    /// <summary>Sanctions with their dates (CA-08).</summary>
    [Description("Sanctions with their dates (CA-08).")]
    public ImmutableArray<SanctionDocument>? Sanctions { get; init; }

    /// <summary>Mistakes tolerated under fault tolerance (FT-01, FT-02, SX-FT-03).</summary>
    [Description("Mistakes tolerated under fault tolerance (FT-01, FT-02, SX-FT-03).")]
    public ImmutableArray<ToleratedMistakeDocument>? ToleratedMistakes { get; init; }

    /// <summary>Correction orders for tolerated mistakes (SX-FT-03).</summary>
    [Description("Correction orders for tolerated mistakes (SX-FT-03).")]
    public ImmutableArray<CorrectionOrderDocument>? Corrections { get; init; }

    /// <summary>Unfit situations found, with the evidence's source and the remedy taken (PD-02, SX-PD-00).</summary>
    [Description("Unfit situations found, with the evidence's source and the remedy taken (PD-02, SX-PD-00).")]
    public ImmutableArray<UnfitFindingDocument>? UnfitFindings { get; init; }

    /// <summary>Adjustments made so far (PD-03, PD-05).</summary>
    [Description("Adjustments made so far (PD-03, PD-05).")]
    public ImmutableArray<AdjustmentDocument>? Adjustments { get; init; }
}
