using NRules.Fluent.Dsl;

namespace DomainKit.Benchmarks.Engines;

/// <summary>Chained rules in NRules: the one rule that reads the thresholds to classify a household, yielding its category as a linked fact.</summary>
public sealed class NRulesCategoryRule : Rule
{
    public override void Define()
    {
        EngineThresholds t = null!;
        EngineCase c = null!;
        When()
            .Match(() => t)
            .Match(() => c);
        Then()
            .Yield(_ => new NRulesCategory(c, NRulesConditions.Dibao(c, t), NRulesConditions.Margin(c, t)));
    }
}
