using NRules.Fluent.Dsl;

namespace DomainKit.Benchmarks.Engines;

/// <summary>Medical assistance in NRules: a bill of a dibao or margin household, by its group's deductible, ratio and cap.</summary>
public sealed class NRulesMedicalRule : Rule
{
    public override void Define()
    {
        EngineThresholds t = null!;
        EngineCase c = null!;
        When()
            .Match(() => t)
            .Match(() => c, x => x.HasBill, x => NRulesConditions.Dibao(x, t) || NRulesConditions.Margin(x, t));
        Then()
            .Do(_ => NRulesActions.PayMedical(c, t, NRulesConditions.Dibao(c, t)));
    }
}
