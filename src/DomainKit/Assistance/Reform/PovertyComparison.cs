namespace DomainKit.Assistance;

/// <summary>
/// Poverty against the dibao line before and after assistance, under the baseline and under the reform: the headcount,
/// the gap, and the share of the gap that each policy's monthly cash closes.
/// </summary>
/// <remarks>
/// The line is the baseline's dibao standard per person and month on the date (DB-01), the line in force, so the
/// reform is measured against the same line as the baseline even when it moves the standard. A household's income is
/// its counted income before assistance over the means test's window, per month (HH-03, HH-04, under the baseline);
/// after assistance it adds the monthly cash benefit (dibao or single-member dibao) each policy grants. Households
/// whose means test counts no member are not measured. Instances are immutable and thread-safe.
/// </remarks>
public sealed record PovertyComparison
{
    /// <summary>The line per person and month: the baseline's dibao standard on the date.</summary>
    public required Money LineMonthly { get; init; }

    /// <summary>Poverty before any assistance (the same under both policies).</summary>
    public required PovertyMeasure BeforeAssistance { get; init; }

    /// <summary>Poverty after the baseline's monthly cash.</summary>
    public required PovertyMeasure UnderBaseline { get; init; }

    /// <summary>Poverty after the reform's monthly cash.</summary>
    public required PovertyMeasure UnderReform { get; init; }

    /// <summary>The share of the gap before assistance that the baseline closes, between 0 and 1; null when there is no gap.</summary>
    public decimal? GapClosedUnderBaseline => Closed(UnderBaseline);

    /// <summary>The share of the gap before assistance that the reform closes, between 0 and 1; null when there is no gap.</summary>
    public decimal? GapClosedUnderReform => Closed(UnderReform);

    private decimal? Closed(PovertyMeasure after) =>
        BeforeAssistance.GapMonthly == 0m ? null : 1m - (after.GapMonthly / BeforeAssistance.GapMonthly);
}
