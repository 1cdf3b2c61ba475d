using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>What a reform changes for a group of households (the population, a decile, an income group, a region), weighted.</summary>
[Description("What a reform changes for a group of households, weighted: sums that add up exactly across disjoint groups, and the averages and shares they give.")]
public sealed record GroupChangeDocument
{
    /// <summary>The households of the caseload in the group, unweighted.</summary>
    [Description("The households of the caseload in the group, unweighted.")]
    public required long SampleHouseholds { get; init; }

    /// <summary>The households the group stands for: the sum of their weights.</summary>
    [Description("The households the group stands for: the sum of their weights (their number when the caseload carries no weights).")]
    public required decimal Households { get; init; }

    /// <summary>The people the group stands for, weighted.</summary>
    [Description("The people the group stands for: the members each household's means test counted, weighted.")]
    public required decimal Persons { get; init; }

    /// <summary>The households whose annual value rises, weighted.</summary>
    [Description("The households whose annual value rises, weighted.")]
    public required decimal Winners { get; init; }

    /// <summary>The households whose annual value falls, weighted.</summary>
    [Description("The households whose annual value falls, weighted.")]
    public required decimal Losers { get; init; }

    /// <summary>The change of the annual value summed over the group, in yuan per year, weighted.</summary>
    [Description("The change of the annual value summed over the group, in yuan per year, weighted: gains less losses.")]
    public required decimal TotalChange { get; init; }

    /// <summary>The group's counted income before any assistance, in yuan per year, weighted.</summary>
    [Description("The group's counted income before any assistance, in yuan per year, weighted.")]
    public required decimal IncomeBefore { get; init; }

    /// <summary>The average change per household, in yuan per year; absent for an empty group. Derived: not read back.</summary>
    [Description("totalChange / households, in yuan per year; absent for an empty group. Derived from the sums, which a reader recomputes it from.")]
    public decimal? AverageChange { get; init; }

    /// <summary>The share of the group's households that gain; absent for an empty group. Derived: not read back.</summary>
    [Description("winners / households, between 0 and 1; absent for an empty group. Derived from the sums.")]
    public decimal? WinnerShare { get; init; }

    /// <summary>The share of the group's households that lose; absent for an empty group. Derived: not read back.</summary>
    [Description("losers / households, between 0 and 1; absent for an empty group. Derived from the sums.")]
    public decimal? LoserShare { get; init; }
}
