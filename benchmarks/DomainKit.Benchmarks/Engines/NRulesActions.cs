namespace DomainKit.Benchmarks.Engines;

/// <summary>What the NRules rules write into a household's outcome, shared by the plain and the chained rule sets.</summary>
public static class NRulesActions
{
    public static void GrantDibao(EngineCase c, EngineThresholds t)
    {
        c.Outcome.DibaoEligible = true;
        c.Outcome.DibaoFen = Fen.Divide((t.StandardMonthlyFen * t.WindowMonths * c.Members) - c.IncomeFen, t.WindowMonths);
    }

    public static void PayMedical(EngineCase c, EngineThresholds t, bool dibao)
    {
        var (deductible, ratio, cap) = dibao
            ? (t.DibaoDeductibleFen, t.DibaoRatioBasisPoints, t.DibaoCapFen)
            : (t.MarginDeductibleFen, t.MarginRatioBasisPoints, t.MarginCapFen);
        c.Outcome.MedicalFen = Math.Min(Fen.Divide(Math.Max(0, c.BillFen - deductible) * ratio, 10_000), cap);
    }

    public static void GrantTemporary(EngineCase c, EngineThresholds t, bool dibao)
    {
        var months = dibao
            ? (c.TemporarySerious ? t.TemporaryMonthsDibaoSerious : t.TemporaryMonthsDibaoModerate)
            : (c.TemporarySerious ? t.TemporaryMonthsOtherSerious : t.TemporaryMonthsOtherModerate);
        c.Outcome.TemporaryFen = Math.Min(Fen.Round(months * t.StandardMonthlyFen * c.Members), t.TemporaryCapFen);
    }
}
