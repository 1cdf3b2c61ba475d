using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Cadres;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/cadre-assessment@1</c> contract: a cadre's year under the three mechanisms (written by <c>domainkit assess --json</c>).</summary>
[Description("A cadre's year: the grade's consequences, the step-down review and the promotion bars on the date.")]
public sealed record CadreAssessmentDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/cadre-assessment@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The date the bars are read on.</summary>
    [Description("The date the bars are read on.")]
    public required LocalDate Date { get; init; }

    /// <summary>The policy set's ID.</summary>
    [Description("The policy set's ID.")]
    public required string Policy { get; init; }

    /// <summary>The year assessed.</summary>
    [Description("The year assessed.")]
    public required int Year { get; init; }

    /// <summary>The year's grade, when the cadre has one (CA-01).</summary>
    [Description("The year's grade, when the cadre has one (CA-01).")]
    public AssessmentGrade? Grade { get; init; }

    /// <summary>The grade's consequences (CA-03, CA-04, CA-05, CA-07).</summary>
    [Description("The grade's consequences (CA-03, CA-04, CA-05, CA-07).")]
    public ImmutableArray<AssessmentConsequence>? Consequences { get; init; }

    /// <summary>Why.</summary>
    [Description("Why.")]
    public ImmutableArray<ExplanationStepDocument>? ConsequencesExplanation { get; init; }

    /// <summary>The step-down triggers found (PD-07).</summary>
    [Description("The step-down triggers found (PD-07).")]
    public required ImmutableArray<StepDownTrigger> StepDownTriggers { get; init; }

    /// <summary>The ways down the policy allows (PD-03, PD-05).</summary>
    [Description("The ways down the policy allows (PD-03, PD-05).")]
    public required ImmutableArray<AdjustmentMethod> StepDownMethods { get; init; }

    /// <summary>Why.</summary>
    [Description("Why.")]
    public required ImmutableArray<ExplanationStepDocument> StepDownExplanation { get; init; }

    /// <summary>The promotion bars in force on the date (CA-08, PD-04).</summary>
    [Description("The promotion bars in force on the date (CA-08, PD-04).")]
    public required ImmutableArray<PromotionBarDocument> PromotionBars { get; init; }
}
