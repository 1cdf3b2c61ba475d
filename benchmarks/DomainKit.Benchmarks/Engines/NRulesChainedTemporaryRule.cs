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
            .Do(_ => NRulesActions.GrantTemporary(k.Case, t, k.Dibao));
    }
}
