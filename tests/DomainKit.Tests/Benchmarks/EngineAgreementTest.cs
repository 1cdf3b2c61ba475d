using DomainKit.Assistance;
using DomainKit.Benchmarks.Engines;

namespace DomainKit.Tests.Benchmarks;

/// <summary>The engines of the comparison benchmark agree with DomainKit on a whole seeded population, so the comparison cannot silently break.</summary>
public class EngineAgreementTest
{
    [Fact]
    public void EveryEngine_GivesDomainKitsDecisions_OnTheWholePopulation()
    {
        var population = EnginePopulation.Create(3_000, seed: 7);
        var terms = AssistanceTerms.Resolve(EngineRules.Policy(), EngineRules.Date).Value;
        var thresholds = EngineRules.For(EngineRules.Date);
        EngineAgreement.Check(population, terms, thresholds, new RulesEngineRunner(lean: false), new RulesEngineRunner(lean: true), new RulesEngineRunner(lean: false, factored: true), new NRulesRunner(), new NRulesRunner(chained: true));

        // Agreement means little unless the population reaches every branch of the rule set.
        var decisions = population.Cases.Select(c => HandWritten.Decide(c, thresholds)).ToList();
        Assert.InRange(decisions.Count(d => d.DibaoEligible), 300, 2_700);
        Assert.InRange(decisions.Count(d => d.MarginEligible), 100, 2_700);
        Assert.Contains(decisions, d => d.DibaoEligible && d.MedicalFen > 0);
        Assert.Contains(decisions, d => d.MarginEligible && d.MedicalFen > 0);
        Assert.Contains(decisions, d => d.MedicalFen == thresholds.DibaoCapFen);
        Assert.Contains(decisions, d => d.DibaoEligible && d.TemporaryFen > 0);
        Assert.Contains(decisions, d => !d.DibaoEligible && d.TemporaryFen > 0);
        Assert.Contains(decisions, d => d.TemporaryFen == thresholds.TemporaryCapFen);
    }

    [Fact]
    public void TheThresholds_AreDated_AndAnEarlierDateUsesTheEarlierRow()
    {
        Assert.True(EngineRules.For(new NodaTime.LocalDate(2025, 6, 1)).StandardMonthlyFen < EngineRules.For(EngineRules.Date).StandardMonthlyFen);
        Assert.Throws<ArgumentOutOfRangeException>(() => EngineRules.For(new NodaTime.LocalDate(2024, 12, 31)));
        var population = EnginePopulation.Create(500, seed: 8);
        var earlier = new NodaTime.LocalDate(2025, 6, 1);
        var terms = AssistanceTerms.Resolve(EngineRules.Policy(), earlier).Value;
        EngineAgreement.Check(population, terms, EngineRules.For(earlier), new RulesEngineRunner(lean: false), new RulesEngineRunner(lean: true), new RulesEngineRunner(lean: false, factored: true), new NRulesRunner(), new NRulesRunner(chained: true));
    }
}
