using NRules;
using NRules.Fluent;

namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// The shared rule set in NRules 1.0: four rules that join a household with the thresholds fact and write the
/// decision into the household's outcome. A session per household, or one session for a batch with InsertAll.
/// </summary>
public sealed class NRulesRunner
{
    private readonly ISessionFactory factory;

    public NRulesRunner()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NRulesDibaoRule), typeof(NRulesMarginRule), typeof(NRulesMedicalRule), typeof(NRulesTemporaryRule)));
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
