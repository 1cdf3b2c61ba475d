using NRules.Fluent.Dsl;

namespace DomainKit.Benchmarks.Engines;

/// <summary>Margin in NRules: not dibao, property passes, income under the margin line.</summary>
public sealed class NRulesMarginRule : Rule
{
    public override void Define()
    {
        EngineThresholds t = null!;
        EngineCase c = null!;
        When()
            .Match(() => t)
            .Match(() => c, x => NRulesConditions.Margin(x, t));
        Then()
            .Do(_ => Mark(c));
    }

    private static void Mark(EngineCase c) => c.Outcome.MarginEligible = true;
}
