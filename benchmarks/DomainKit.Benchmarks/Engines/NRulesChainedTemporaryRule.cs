using NRules.Fluent.Dsl;

namespace DomainKit.Benchmarks.Engines;

/// <summary>Chained rules in NRules: temporary assistance by the household's category and the severity, capped.</summary>
public sealed class NRulesChainedTemporaryRule : Rule
{
    public override void Define()
    {
        EngineThresholds t = null!;
        NRulesCategory k = null!;
        When()
            .Match(() => t)
            .Match(() => k, x => x.Case.HasTemporary);
        Then()
            .Do(_ => Grant(k, t));
    }

    private static void Grant(NRulesCategory k, EngineThresholds t)
    {
        var c = k.Case;
        var months = k.Dibao
            ? (c.TemporarySerious ? t.TemporaryMonthsDibaoSerious : t.TemporaryMonthsDibaoModerate)
            : (c.TemporarySerious ? t.TemporaryMonthsOtherSerious : t.TemporaryMonthsOtherModerate);
        c.Outcome.TemporaryFen = Math.Min(Fen.Round(months * t.StandardMonthlyFen * c.Members), t.TemporaryCapFen);
    }
}
