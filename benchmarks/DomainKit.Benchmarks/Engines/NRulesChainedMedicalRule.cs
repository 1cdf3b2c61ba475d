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
            .Do(_ => Pay(k, t));
    }

    private static void Pay(NRulesCategory k, EngineThresholds t)
    {
        var (deductible, ratio, cap) = k.Dibao
            ? (t.DibaoDeductibleFen, t.DibaoRatioBasisPoints, t.DibaoCapFen)
            : (t.MarginDeductibleFen, t.MarginRatioBasisPoints, t.MarginCapFen);
        k.Case.Outcome.MedicalFen = Math.Min(Fen.Divide(Math.Max(0, k.Case.BillFen - deductible) * ratio, 10_000), cap);
    }
}
