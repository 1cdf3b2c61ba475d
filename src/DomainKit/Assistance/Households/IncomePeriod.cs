namespace DomainKit.Assistance;

/// <summary>What an income's amount covers: the whole assessment window (the default) or one month.</summary>
public enum IncomePeriod
{
    /// <summary>The total received over the policy's assessment window (HH-04), as a household file states incomes by default.</summary>
    Window = 1,

    /// <summary>The amount received each month; the means test counts it once for each month of the assessment window.</summary>
    Month = 2,
}
