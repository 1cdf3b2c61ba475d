using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>
/// One stage of medical assistance (MA-06): a deductible, banded ratios and an annual cap per person,
/// applied to what is still unpaid after insurance and the earlier stages.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MedicalStage : IEquatable<MedicalStage>
{
    /// <summary>Creates a stage; see <see cref="MedicalAssistanceScheme.Create"/> for the checks applied.</summary>
    /// <param name="name">A short name, such as <c>basic</c> or <c>tilted</c>.</param>
    /// <param name="deductible">The deductible.</param>
    /// <param name="bands">The ratio bands, upper edges increasing, the last one open.</param>
    /// <param name="annualCap">The most the stage pays a person in a year.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MedicalStage(string name, Deductible deductible, ImmutableArray<RatioBand> bands, Money annualCap)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(deductible);
        Name = name;
        Deductible = deductible;
        Bands = bands.IsDefault ? [] : bands;
        AnnualCap = annualCap;

        // Ratios written with at most four decimals (every real one) are held as basis points too, so the
        // banded sum is integer arithmetic, exact, rounded once by Money.Divide.
        wholeBasisPoints = !Bands.IsEmpty && Bands.All(b => b is not null && b.Ratio.Value * BasisPoints == decimal.Truncate(b.Ratio.Value * BasisPoints));
        basisPoints = wholeBasisPoints ? [.. Bands.Select(b => decimal.ToInt64(b.Ratio.Value * BasisPoints))] : [];
    }

    private const long BasisPoints = 10_000;

    private readonly bool wholeBasisPoints;
    private readonly ImmutableArray<long> basisPoints;

    /// <summary>A short name, such as <c>basic</c> or <c>tilted</c>.</summary>
    public string Name { get; }

    /// <summary>The deductible (MA-03).</summary>
    public Deductible Deductible { get; }

    /// <summary>The ratio bands (MA-04, MA-06).</summary>
    public ImmutableArray<RatioBand> Bands { get; }

    /// <summary>The most the stage pays a person in a year (MA-05).</summary>
    public Money AnnualCap { get; }

    /// <summary>A stage with one ratio for every amount.</summary>
    /// <param name="name">The name.</param>
    /// <param name="deductible">The deductible.</param>
    /// <param name="ratio">The ratio.</param>
    /// <param name="annualCap">The annual cap.</param>
    /// <returns>The stage.</returns>
    public static MedicalStage Flat(string name, Deductible deductible, Rate ratio, Money annualCap) =>
        new(name, deductible, [new RatioBand(null, ratio)], annualCap);

    /// <summary>The banded amount for a base (the amount above the deductible), exact, before rounding.</summary>
    /// <param name="baseFen">The base, in fen.</param>
    /// <returns>The sum over bands of ratio × the part of the base in the band, in fen.</returns>
    public decimal BandedFen(long baseFen)
    {
        decimal total = 0;
        long lower = 0;
        foreach (var band in Bands)
        {
            if (baseFen <= lower)
            {
                break;
            }

            var upper = band.UpTo is { } edge ? Math.Min(edge.Fen, baseFen) : baseFen;
            if (upper > lower)
            {
                total += band.Ratio.TimesFen(upper - lower);
                lower = upper;
            }
        }

        return total;
    }

    /// <summary>The banded amount for a base, rounded once half away from zero to the fen.</summary>
    /// <param name="baseFen">The base, in fen.</param>
    /// <returns>The amount.</returns>
    internal Money BandedAmount(long baseFen)
    {
        if (!wholeBasisPoints)
        {
            return Money.FromFen(decimal.ToInt64(decimal.Round(BandedFen(baseFen), 0, MidpointRounding.AwayFromZero)));
        }

        long total = 0;
        long lower = 0;
        for (var b = 0; b < basisPoints.Length && baseFen > lower; b++)
        {
            var upper = Bands[b].UpTo is { } edge ? Math.Min(edge.Fen, baseFen) : baseFen;
            if (upper > lower)
            {
                // Bases are at most 10^12 fen and ratios at most 10,000 basis points: the sum stays below 10^16.
                total = checked(total + (basisPoints[b] * (upper - lower)));
                lower = upper;
            }
        }

        return Money.Divide(total, BasisPoints);
    }

    /// <inheritdoc />
    public bool Equals(MedicalStage? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Deductible.Equals(other.Deductible)
        && Bands.SequenceEqual(other.Bands)
        && AnnualCap == other.AnnualCap;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MedicalStage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Deductible, Bands.Length, AnnualCap);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}: deductible {Deductible}, {string.Join(", ", Bands.Select(b => b.UpTo is { } up ? $"{b.Ratio} up to {up}" : $"{b.Ratio}"))}, cap {AnnualCap}";
}
