namespace DomainKit.Benchmarks.Engines;

/// <summary>The conditions the NRules rules share, as NRules allows: plain static predicates called from rule patterns.</summary>
public static class NRulesConditions
{
    public static bool Property(EngineCase c, EngineThresholds t) =>
        c.FinancialAssetsFen < t.AssetsMultiple * t.StandardMonthlyFen * 12 * c.Members && c.Homes <= t.MaxHomes;

    public static bool Dibao(EngineCase c, EngineThresholds t) =>
        c.IncomeFen < t.StandardMonthlyFen * t.WindowMonths * c.Members && Property(c, t);

    public static bool Margin(EngineCase c, EngineThresholds t) =>
        !Dibao(c, t) && Property(c, t) && c.IncomeFen < t.MarginMultiple * t.StandardMonthlyFen * t.WindowMonths * c.Members;
}
