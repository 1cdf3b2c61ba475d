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
            .Do(_ => NRulesActions.GrantDibao(c, t));
    }
}
