using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Cadres;

namespace DomainKit.Contracts;

/// <summary>A democratic appraisal's vote counts.</summary>
[Description("A democratic appraisal's vote counts; the four counts add up to the votes cast.")]
public sealed record AppraisalVotesDocument
{
    /// <summary>The year.</summary>
    [Range(Cadre.EarliestYear, Cadre.LatestYear)]
    [Description("The year.")]
    public required int Year { get; init; }

    /// <summary>Votes for excellent.</summary>
    [Range(0, 1000000)]
    [Description("Votes for excellent.")]
    public required int Excellent { get; init; }

    /// <summary>Votes for competent.</summary>
    [Range(0, 1000000)]
    [Description("Votes for competent.")]
    public required int Competent { get; init; }

    /// <summary>Votes for basically competent.</summary>
    [Range(0, 1000000)]
    [Description("Votes for basically competent.")]
    public required int BasicallyCompetent { get; init; }

    /// <summary>Votes for incompetent.</summary>
    [Range(0, 1000000)]
    [Description("Votes for incompetent.")]
    public required int Incompetent { get; init; }

    /// <summary>The votes cast.</summary>
    [Range(1, 1000000)]
    [Description("The votes cast.")]
    public required int Cast { get; init; }
}
