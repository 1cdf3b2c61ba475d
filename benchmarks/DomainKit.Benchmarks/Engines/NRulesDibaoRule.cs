using NRules.Fluent.Dsl;

namespace DomainKit.Benchmarks.Engines;

/// <summary>Dibao in NRules: the income and property tests, and the gap-filling benefit.</summary>
public sealed class NRulesDibaoRule : Rule
{
    public override void Define()
    {
        EngineThresholds t = null!;
        EngineCase c = null!;
        When()
            .Match(() => t)
            .Match(() => c, x => NRulesConditions.Dibao(x, t));
        Then()
            .Do(_ => Grant(c, t));
    }

    private static void Grant(EngineCase c, EngineThresholds t)
    {
        c.Outcome.DibaoEligible = true;
        c.Outcome.DibaoFen = Fen.Divide((t.StandardMonthlyFen * t.WindowMonths * c.Members) - c.IncomeFen, t.WindowMonths);
    }
}
