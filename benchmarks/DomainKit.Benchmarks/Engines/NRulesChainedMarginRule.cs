using NRules.Fluent.Dsl;

namespace DomainKit.Benchmarks.Engines;

/// <summary>Chained rules in NRules: margin for a household whose category says so.</summary>
public sealed class NRulesChainedMarginRule : Rule
{
    public override void Define()
    {
        NRulesCategory k = null!;
        When()
            .Match(() => k, x => x.Margin);
        Then()
            .Do(_ => Mark(k.Case));
    }

    private static void Mark(EngineCase c) => c.Outcome.MarginEligible = true;
}
