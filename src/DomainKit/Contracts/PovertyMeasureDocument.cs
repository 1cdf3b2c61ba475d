using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>Poverty against the dibao line: the headcount and the gap, weighted.</summary>
[Description("Poverty against the dibao line, weighted: the households and people below it and how far below in total.")]
public sealed record PovertyMeasureDocument
{
    /// <summary>The households below the line, weighted (the headcount).</summary>
    [Description("The households below the line, weighted (the headcount).")]
    public required decimal Households { get; init; }

    /// <summary>Their counted members, weighted.</summary>
    [Description("Their counted members, weighted.")]
    public required decimal Persons { get; init; }

    /// <summary>The poverty gap in yuan per month, weighted.</summary>
    [Description("The poverty gap: the sum over households below the line of (line × counted members − monthly income), in yuan per month, each household's gap to the fen, weighted.")]
    public required decimal GapMonthly { get; init; }
}
