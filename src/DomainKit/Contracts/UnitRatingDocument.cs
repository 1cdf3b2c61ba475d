using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Cadres;

namespace DomainKit.Contracts;

/// <summary>The rating of the cadre's unit for one year.</summary>
[Description("The rating of the cadre's unit for one year.")]
public sealed record UnitRatingDocument
{
    /// <summary>The year.</summary>
    [Range(Cadre.EarliestYear, Cadre.LatestYear)]
    [Description("The year.")]
    public required int Year { get; init; }

    /// <summary>The rating.</summary>
    [Description("The rating.")]
    public required UnitRating Rating { get; init; }
}
