using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Cadres;

namespace DomainKit.Contracts;

/// <summary>A quantified indicator's target and actual for one year.</summary>
[Description("A quantified indicator's target and actual for one year.")]
public sealed record IndicatorResultDocument
{
    /// <summary>The year.</summary>
    [Range(Cadre.EarliestYear, Cadre.LatestYear)]
    [Description("The year.")]
    public required int Year { get; init; }

    /// <summary>The indicator's ID, as the policy's incentiveIndicators names it.</summary>
    [Description("The indicator's ID, as the policy's incentiveIndicators names it.")]
    public required string IndicatorId { get; init; }

    /// <summary>The target, positive and below 10^12.</summary>
    [Description("The target, positive and below 10^12.")]
    public required decimal Target { get; init; }

    /// <summary>The actual, at least zero and below 10^12.</summary>
    [Description("The actual, at least zero and below 10^12.")]
    public required decimal Actual { get; init; }
}
