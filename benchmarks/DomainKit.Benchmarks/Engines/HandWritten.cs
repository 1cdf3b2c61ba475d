namespace DomainKit.Benchmarks.Engines;

/// <summary>The shared rule set written by hand over the flat facts: what a team gets without any engine, the practical limit.</summary>
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
