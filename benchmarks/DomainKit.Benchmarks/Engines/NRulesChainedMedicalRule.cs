using NRules.Fluent.Dsl;

namespace DomainKit.Benchmarks.Engines;

/// <summary>Chained rules in NRules: medical assistance for a bill of a household whose category is dibao or margin.</summary>
public sealed class NRulesChainedMedicalRule : Rule
{
    public override void Define()
    {
        EngineThresholds t = null!;
        NRulesCategory k = null!;
        When()
            .Match(() => t)
            .Match(() => k, x => x.Case.HasBill, x => x.Dibao || x.Margin);
        Then()
            .Do(_ => NRulesActions.PayMedical(k.Case, t, k.Dibao));
    }
}
