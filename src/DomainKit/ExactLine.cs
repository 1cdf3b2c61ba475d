namespace DomainKit;

/// <summary>
/// A threshold of the form "total &lt; amount per unit × units" compared exactly (GEN-02), with the
/// per-unit amount precomputed once per set of terms. When it is a whole number of fen, as it is for
/// every real policy, the test is integer arithmetic; otherwise it falls back to exact decimals.
/// </summary>
internal readonly struct ExactLine
{
    private readonly long wholeFen;
    private readonly bool isWhole;

    public ExactLine(decimal perUnitFen)
    {
        PerUnitFen = perUnitFen;
        isWhole = perUnitFen == decimal.Truncate(perUnitFen) && perUnitFen <= long.MaxValue / 1024;
        wholeFen = isWhole ? decimal.ToInt64(perUnitFen) : 0;
    }

    /// <summary>The exact amount per unit, in fen.</summary>
    public decimal PerUnitFen { get; }

    /// <summary>Whether <paramref name="totalFen"/> is below the line for <paramref name="units"/> units (at most 64 members).</summary>
    public bool TotalIsBelow(long totalFen, int units) =>
        isWhole ? totalFen < wholeFen * units : totalFen < PerUnitFen * units;

    /// <summary>The line for a number of units, exact, in fen.</summary>
    public decimal For(int units) => PerUnitFen * units;
}
