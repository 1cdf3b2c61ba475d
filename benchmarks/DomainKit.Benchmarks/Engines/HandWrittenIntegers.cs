namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// The shared rule set as a competent engineer writes it for speed, the benchmark's baseline: the thresholds in force
/// are resolved once into whole fen, multiples into basis points and months into quarter months, so that deciding a
/// household is integer arithmetic only, with one rounding per amount, half away from zero, as every engine rounds.
/// </summary>
public sealed class HandWrittenIntegers
{
    private const long BasisPoints = 10_000;

    private readonly long lineFenPerMember;
    private readonly long windowMonths;
    private readonly long assetLimitPerMemberTimesBasisPoints;
    private readonly int maxHomes;
    private readonly long marginBasisPoints;
    private readonly long dibaoDeductibleFen;
    private readonly long dibaoRatioBasisPoints;
    private readonly long dibaoCapFen;
    private readonly long marginDeductibleFen;
    private readonly long marginRatioBasisPoints;
    private readonly long marginCapFen;
    private readonly long dibaoModerateQuarterStandard;
    private readonly long dibaoSeriousQuarterStandard;
    private readonly long otherModerateQuarterStandard;
    private readonly long otherSeriousQuarterStandard;
    private readonly long temporaryCapFen;

    /// <summary>Resolves the thresholds in force once.</summary>
    /// <param name="t">The thresholds.</param>
    /// <exception cref="ArgumentException">A multiple is not a whole number of basis points, or a month count not a whole number of quarters.</exception>
    public HandWrittenIntegers(EngineThresholds t)
    {
        ArgumentNullException.ThrowIfNull(t);
        lineFenPerMember = t.StandardMonthlyFen * t.WindowMonths;
        windowMonths = t.WindowMonths;
        assetLimitPerMemberTimesBasisPoints = Whole(t.AssetsMultiple, BasisPoints) * t.StandardMonthlyFen * 12;
        maxHomes = t.MaxHomes;
        marginBasisPoints = Whole(t.MarginMultiple, BasisPoints);
        dibaoDeductibleFen = t.DibaoDeductibleFen;
        dibaoRatioBasisPoints = t.DibaoRatioBasisPoints;
        dibaoCapFen = t.DibaoCapFen;
        marginDeductibleFen = t.MarginDeductibleFen;
        marginRatioBasisPoints = t.MarginRatioBasisPoints;
        marginCapFen = t.MarginCapFen;
        dibaoModerateQuarterStandard = Whole(t.TemporaryMonthsDibaoModerate, 4) * t.StandardMonthlyFen;
        dibaoSeriousQuarterStandard = Whole(t.TemporaryMonthsDibaoSerious, 4) * t.StandardMonthlyFen;
        otherModerateQuarterStandard = Whole(t.TemporaryMonthsOtherModerate, 4) * t.StandardMonthlyFen;
        otherSeriousQuarterStandard = Whole(t.TemporaryMonthsOtherSerious, 4) * t.StandardMonthlyFen;
        temporaryCapFen = t.TemporaryCapFen;
    }

    /// <summary>Decides one household.</summary>
    /// <param name="c">The household's flat facts.</param>
    /// <returns>The decision.</returns>
    public EngineDecision Decide(EngineCase c)
    {
        var members = c.Members;
        var threshold = lineFenPerMember * members;
        var property = c.FinancialAssetsFen * BasisPoints < assetLimitPerMemberTimesBasisPoints * members && c.Homes <= maxHomes;
        var dibao = property && c.IncomeFen < threshold;
        var margin = !dibao && property && c.IncomeFen * BasisPoints < marginBasisPoints * threshold;
        var dibaoFen = dibao ? DivideRounded(threshold - c.IncomeFen, windowMonths) : 0;

        long medical = 0;
        if (c.HasBill && (dibao || margin))
        {
            var (deductible, ratio, cap) = dibao
                ? (dibaoDeductibleFen, dibaoRatioBasisPoints, dibaoCapFen)
                : (marginDeductibleFen, marginRatioBasisPoints, marginCapFen);
            medical = Math.Min(DivideRounded(Math.Max(0, c.BillFen - deductible) * ratio, BasisPoints), cap);
        }

        long temporary = 0;
        if (c.HasTemporary)
        {
            var quarterStandard = dibao
                ? (c.TemporarySerious ? dibaoSeriousQuarterStandard : dibaoModerateQuarterStandard)
                : (c.TemporarySerious ? otherSeriousQuarterStandard : otherModerateQuarterStandard);
            temporary = Math.Min(DivideRounded(quarterStandard * members, 4), temporaryCapFen);
        }

        return new EngineDecision(dibao, dibaoFen, margin, medical, temporary);
    }

    // Half away from zero for a non-negative numerator and a positive denominator, in integers.
    private static long DivideRounded(long numerator, long denominator) => ((2 * numerator) + denominator) / (2 * denominator);

    private static long Whole(decimal value, long scale) =>
        value * scale == decimal.Truncate(value * scale)
            ? (long)(value * scale)
            : throw new ArgumentException($"{value} is not a whole number of 1/{scale}.", nameof(value));
}
