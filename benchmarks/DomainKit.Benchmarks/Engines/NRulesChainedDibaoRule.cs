using NRules.Fluent.Dsl;

namespace DomainKit.Benchmarks.Engines;

/// <summary>Chained rules in NRules: dibao for a household whose category says so, with the gap-filling benefit.</summary>
public sealed class NRulesChainedDibaoRule : Rule
{
    public override void Define()
    {
        EngineThresholds t = null!;
        NRulesCategory k = null!;
        When()
            .Match(() => t)
            .Match(() => k, x => x.Dibao);
        Then()
            .Do(_ => NRulesActions.GrantDibao(k.Case, t));
    }
}
