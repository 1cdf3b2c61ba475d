namespace DomainKit.Assistance;

/// <summary>
/// The households whose counted income per counted member and month, before assistance, falls in one band: the finest
/// grain of the income distribution, from which the deciles are cut and from which partial comparisons merge exactly.
/// </summary>
/// <remarks>
/// A band is one yuan wide below 100,000 yuan a month per person (every income assistance concerns) and, beyond,
/// three significant figures wide (123,000 to 123,999; 1,230,000 to 1,239,999), so a distribution has at most about
/// 220,000 groups whatever the caseload holds. Instances are immutable and thread-safe.
/// </remarks>
public sealed record IncomeGroup
{
    /// <summary>Incomes beyond this many yuan a month per person, either way, share the outermost band.</summary>
    public const long OuterLimitYuan = 1_000_000_000_000_000;

    /// <summary>Below this many yuan a month per person, bands are one yuan wide.</summary>
    public const long FineBandLimitYuan = 100_000;

    /// <summary>The lowest income per counted member and month of the band, in whole yuan, shared by the group's households.</summary>
    public required Money PerCapitaMonthlyIncome { get; init; }

    /// <summary>The group's figures.</summary>
    public required GroupChange Change { get; init; }

    /// <summary>The band of an income per counted member and month rounded down to the whole yuan: its lowest income, in whole yuan.</summary>
    /// <param name="perCapitaYuan">The income, in whole yuan (rounded down).</param>
    /// <returns>The band's lowest income; a negative income's band mirrors the positive one's, towards minus infinity.</returns>
    public static long Band(long perCapitaYuan)
    {
        // No household's income comes near the limit (amounts are bounded far lower); the clamp keeps the arithmetic exact for any input.
        var magnitude = Math.Min(Math.Abs(Math.Max(perCapitaYuan, -OuterLimitYuan)), OuterLimitYuan);
        var width = Width(magnitude);
        if (perCapitaYuan >= 0)
        {
            return magnitude / width * width;
        }

        // Rounding the magnitude up keeps every band's key at its lowest value.
        return -((magnitude + width - 1) / width * width);
    }

    private static long Width(long magnitude)
    {
        var width = 1L;
        while (magnitude / width >= 1_000 && magnitude >= FineBandLimitYuan)
        {
            width *= 10;
        }

        return width;
    }
}
