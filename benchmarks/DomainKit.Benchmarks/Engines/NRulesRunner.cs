using NRules;
using NRules.Fluent;

namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// The shared rule set in NRules 1.0: four rules that join a household with the thresholds fact and write the
/// decision into the household's outcome. A session per household, or one session for a batch with InsertAll.
/// Chained, one rule classifies each household once and yields its category as a linked fact, which the four rules
/// match instead of repeating the dibao and property conditions.
/// </summary>
public sealed class NRulesRunner
{
    private readonly ISessionFactory factory;

    public NRulesRunner(bool chained = false)
    {
        var repository = new RuleRepository();
        Type[] rules = chained
            ? [typeof(NRulesCategoryRule), typeof(NRulesChainedDibaoRule), typeof(NRulesChainedMarginRule), typeof(NRulesChainedMedicalRule), typeof(NRulesChainedTemporaryRule)]
            : [typeof(NRulesDibaoRule), typeof(NRulesMarginRule), typeof(NRulesMedicalRule), typeof(NRulesTemporaryRule)];
        repository.Load(x => x.From(rules));
        factory = repository.Compile();
    }

    public EngineDecision Decide(EngineCase c, EngineThresholds t)
    {
        c.Outcome.Clear();
        var session = factory.CreateSession();
        session.Insert(t);
        session.Insert(c);
        session.Fire();
        return c.Outcome.ToDecision();
    }

    public void DecideAll(ReadOnlySpan<EngineCase> cases, EngineThresholds t, Span<EngineDecision> results)
    {
        var batch = cases.ToArray();
        foreach (var c in batch)
        {
            c.Outcome.Clear();
        }

        var session = factory.CreateSession();
        session.Insert(t);
        session.InsertAll(batch);
        session.Fire();
        for (var i = 0; i < batch.Length; i++)
        {
            results[i] = batch[i].Outcome.ToDecision();
        }
    }
}
