using DomainKit.Assistance;
using FsCheck;
using FsCheck.Fluent;

namespace DomainKit.Tests.Generators;

/// <summary>The generators must reach every outcome, or the properties built on them would prove little.</summary>
public class DomainArbitrariesTest
{
    [Fact]
    public void Samples_CoverEligibleIneligibleAndEveryExclusion()
    {
        var samples = Gen.Sample(
            from household in DomainArbitraries.HouseholdGen
            from policy in DomainArbitraries.PolicyGen
            from date in DomainArbitraries.DateGen
            select (household, policy, date),
            2000,
            new Rnd(20261205),   // fixed, so the rules this test makes the library cite are the same on every run
            40);
        // Every generated household is coherent (HH-01) and has a counted member on every date (HH-04): none is Invalid.
        var results = samples.Select(s => Dibao.Decide(s.household, s.policy, s.date)).ToList();
        Assert.All(results, r => Assert.True(r.IsSuccess, string.Join("; ", r.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorCode))));
        var decisions = results.Select(r => r.Value).ToList();
        var eligible = decisions.Count(d => d.Outcome == DibaoOutcome.Eligible);
        Assert.InRange(eligible, 200, 1800);
        Assert.Contains(decisions, d => d.CountedMembers < d.ListedMembers);
        Assert.All(decisions, d => Assert.True(d.CountedMembers >= 1));
        Assert.Contains(samples, s => s.household.Members.Count(m => m.Relation == Relation.Spouse) == 1);
        Assert.All(samples, s => Assert.True(s.household.Members.Count(m => m.Relation == Relation.Spouse) <= 1));
        var failedSteps = decisions.SelectMany(d => d.Explanation.AllSteps).Where(s => s.Outcome == DomainKit.Explanations.StepOutcome.Failed).Select(s => s.MessageKey).ToHashSet();
        Assert.Contains("hh.member.religiousLife", failedSteps);
        Assert.Contains("hh.member.adultIndependent", failedSteps);
        Assert.Contains("hh.income.excludedKind", failedSteps);
        Assert.Contains("hh.property.financial.failed", failedSteps);
        Assert.Contains("db.income.failed", failedSteps);
    }
}
