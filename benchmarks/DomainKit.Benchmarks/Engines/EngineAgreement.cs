using DomainKit.Assistance;

namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// Proves, before anything is timed, that every engine gives DomainKit's decisions and amounts for every household
/// of the population; a benchmark whose engines disagree measures nothing.
/// </summary>
public static class EngineAgreement
{
    /// <summary>Throws, naming the first household that differs from DomainKit's fast path, unless the hand-written baselines and the breakdown's parts agree on every household.</summary>
    public static void CheckHandWritten(EnginePopulation population, AssistanceTerms terms, EngineThresholds thresholds)
    {
        var integers = new HandWrittenIntegers(thresholds);
        for (var i = 0; i < population.Cases.Length; i++)
        {
            var claims = population.Claims[i];
            var whole = HouseholdAssessment.Assess(claims, terms);
            var truth = EnginePopulation.FromDomainKit(whole);
            Same("hand-written C#, integers", i, truth, integers.Decide(population.Cases[i]));
            Same("hand-written C#, decimal", i, truth, HandWritten.Decide(population.Cases[i], thresholds));
            if (Dibao.Assess(claims.Household, terms.Dibao).MonthlyBenefit != whole.Dibao.MonthlyBenefit
                || Margin.Assess(claims.Household, terms.Margin).SingleMemberDibaoMonthly != whole.Margin.SingleMemberDibaoMonthly)
            {
                throw new InvalidOperationException($"The breakdown's parts disagree with the whole assessment on household {i}.");
            }
        }
    }

    /// <summary>Throws, naming the first household that differs, unless the laid-out caseload gives every household exactly its fast-path outcome.</summary>
    public static void CheckCaseload(EnginePopulation population, Caseload caseload, AssistanceTerms terms)
    {
        var laidOut = new HouseholdAssessmentResult[caseload.Count];
        HouseholdAssessment.AssessAll(caseload, terms, laidOut);
        for (var i = 0; i < laidOut.Length; i++)
        {
            if (laidOut[i] != HouseholdAssessment.Assess(population.Claims[i], terms))
            {
                throw new InvalidOperationException($"The laid-out caseload disagrees with the fast path on household {i}.");
            }
        }
    }

    /// <summary>Throws, naming the first household and engine that differ, unless every engine agrees on every household.</summary>
    public static void Check(
        EnginePopulation population,
        AssistanceTerms terms,
        EngineThresholds thresholds,
        RulesEngineRunner rulesEngine,
        RulesEngineRunner rulesEngineLean,
        RulesEngineRunner rulesEngineFactored,
        NRulesRunner nrules,
        NRulesRunner nrulesChained)
    {
        var expected = new HouseholdAssessmentResult[population.Claims.Length];
        HouseholdAssessment.AssessAll(population.Claims, terms, expected);
        var integers = new HandWrittenIntegers(thresholds);
        var batched = new EngineDecision[population.Cases.Length];
        nrules.DecideAll(population.Cases, thresholds, batched);
        var chained = new EngineDecision[population.Cases.Length];
        nrulesChained.DecideAll(population.Cases, thresholds, chained);
        for (var i = 0; i < population.Cases.Length; i++)
        {
            var truth = EnginePopulation.FromDomainKit(expected[i]);
            var c = population.Cases[i];
            Same("DomainKit explained path", i, truth, EnginePopulation.FromDomainKit(HouseholdAssessment.Decide(population.Claims[i], terms).Assessment));
            Same("hand-written C#, integers", i, truth, integers.Decide(c));
            Same("hand-written C#, decimal", i, truth, HandWritten.Decide(c, thresholds));
            Same("RulesEngine", i, truth, rulesEngine.Decide(c, thresholds));
            Same("RulesEngine, lean settings", i, truth, rulesEngineLean.Decide(c, thresholds));
            Same("RulesEngine, shared conditions factored", i, truth, rulesEngineFactored.Decide(c, thresholds));
            Same("NRules, session per household", i, truth, nrules.Decide(c, thresholds));
            Same("NRules, batched", i, truth, batched[i]);
            Same("NRules, chained, session per household", i, truth, nrulesChained.Decide(c, thresholds));
            Same("NRules, chained, batched", i, truth, chained[i]);
        }
    }

    private static void Same(string engine, int household, EngineDecision expected, EngineDecision actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{engine} disagrees with DomainKit on household {household}: expected {expected}, got {actual}.");
        }
    }
}
