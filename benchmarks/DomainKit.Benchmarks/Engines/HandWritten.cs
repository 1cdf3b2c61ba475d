namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// The shared rule set written by hand the quick way: decimal arithmetic, and the thresholds' products worked out again
/// on every call. It is a row of the comparison to show what that costs; the baseline is <see cref="HandWrittenIntegers"/>.
/// </summary>
public static class HandWritten
{
    public static EngineDecision Decide(EngineCase c, EngineThresholds t)
    {
        var threshold = t.StandardMonthlyFen * t.WindowMonths * c.Members;
        var property = c.FinancialAssetsFen < t.AssetsMultiple * t.StandardMonthlyFen * 12 * c.Members && c.Homes <= t.MaxHomes;
        var dibao = c.IncomeFen < threshold && property;
        var margin = !dibao && property && c.IncomeFen < t.MarginMultiple * threshold;
        var dibaoFen = dibao ? Fen.Divide(threshold - c.IncomeFen, t.WindowMonths) : 0;
        long medical = 0;
        if (c.HasBill && (dibao || margin))
        {
            var (deductible, ratio, cap) = dibao
                ? (t.DibaoDeductibleFen, t.DibaoRatioBasisPoints, t.DibaoCapFen)
                : (t.MarginDeductibleFen, t.MarginRatioBasisPoints, t.MarginCapFen);
            medical = Math.Min(Fen.Divide(Math.Max(0, c.BillFen - deductible) * ratio, 10_000), cap);
        }

        long temporary = 0;
        if (c.HasTemporary)
        {
            var months = dibao
                ? (c.TemporarySerious ? t.TemporaryMonthsDibaoSerious : t.TemporaryMonthsDibaoModerate)
                : (c.TemporarySerious ? t.TemporaryMonthsOtherSerious : t.TemporaryMonthsOtherModerate);
            temporary = Math.Min(Fen.Round(months * t.StandardMonthlyFen * c.Members), t.TemporaryCapFen);
        }

        return new EngineDecision(dibao, dibaoFen, margin, medical, temporary);
    }
}
