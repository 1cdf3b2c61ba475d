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
            .Do(_ => NRulesActions.GrantTemporary(c, t, NRulesConditions.Dibao(c, t)));
    }
}
