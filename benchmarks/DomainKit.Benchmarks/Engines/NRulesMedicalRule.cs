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
            .Do(_ => Pay(c, t));
    }

    private static void Pay(EngineCase c, EngineThresholds t)
    {
        var (deductible, ratio, cap) = NRulesConditions.Dibao(c, t)
            ? (t.DibaoDeductibleFen, t.DibaoRatioBasisPoints, t.DibaoCapFen)
            : (t.MarginDeductibleFen, t.MarginRatioBasisPoints, t.MarginCapFen);
        c.Outcome.MedicalFen = Math.Min(Fen.Divide(Math.Max(0, c.BillFen - deductible) * ratio, 10_000), cap);
    }
}
