using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Cadres;

namespace DomainKit.Contracts;

/// <summary>A cadre's grade for one year.</summary>
[Description("A cadre's grade for one year.")]
public sealed record AnnualAssessmentDocument
{
    /// <summary>The year assessed.</summary>
    [Range(Cadre.EarliestYear, Cadre.LatestYear)]
    [Description("The year assessed.")]
    public required int Year { get; init; }

    /// <summary>The grade (CA-01).</summary>
    [Description("The grade (CA-01).")]
    public required AssessmentGrade Grade { get; init; }
}
