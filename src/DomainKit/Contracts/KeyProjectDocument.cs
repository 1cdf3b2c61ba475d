using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Cadres;

namespace DomainKit.Contracts;

/// <summary>A quarterly key-project assessment.</summary>
[Description("A quarterly key-project assessment (SX-CA-09).")]
public sealed record KeyProjectDocument
{
    /// <summary>The year.</summary>
    [Range(Cadre.EarliestYear, Cadre.LatestYear)]
    [Description("The year.")]
    public required int Year { get; init; }

    /// <summary>The quarter, 1 to 4.</summary>
    [Range(1, 4)]
    [Description("The quarter, 1 to 4.")]
    public required int Quarter { get; init; }

    /// <summary>The project's ID, 1 to 64 characters.</summary>
    [Description("The project's ID, 1 to 64 characters.")]
    public required string ProjectId { get; init; }

    /// <summary>The grade.</summary>
    [Description("The grade.")]
    public required AssessmentGrade Grade { get; init; }
}
