using NRules.Fluent.Dsl;

namespace DomainKit.Benchmarks.Engines;

/// <summary>Temporary assistance in NRules: months of the standard by category and severity, capped.</summary>
public sealed class NRulesTemporaryRule : Rule
{
    public override void Define()
    {
        EngineThresholds t = null!;
        EngineCase c = null!;
        When()
            .Match(() => t)
            .Match(() => c, x => x.HasTemporary);
        Then()
            .Do(_ => Grant(c, t));
    }

    private static void Grant(EngineCase c, EngineThresholds t)
    {
        var months = NRulesConditions.Dibao(c, t)
            ? (c.TemporarySerious ? t.TemporaryMonthsDibaoSerious : t.TemporaryMonthsDibaoModerate)
            : (c.TemporarySerious ? t.TemporaryMonthsOtherSerious : t.TemporaryMonthsOtherModerate);
        c.Outcome.TemporaryFen = Math.Min(Fen.Round(months * t.StandardMonthlyFen * c.Members), t.TemporaryCapFen);
    }
}
