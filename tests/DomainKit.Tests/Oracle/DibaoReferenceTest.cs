using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The library's dibao, extreme poverty and margin against the independent reference models (<see cref="DibaoReference"/>,
/// <see cref="MarginReference"/>) on 100,000 generated
/// coherent households, under every bundled preset and generated policies with floors, on both sides of every dated change.
/// </summary>
public class DibaoReferenceTest
{
    [Fact]
    [Trait("rule", "DB-01")]
    [Trait("rule", "DB-02")]
    [Trait("rule", "DB-13")]
    [Trait("rule", "TK-01")]
    [Trait("rule", "MD-01")]
    [Trait("rule", "MD-02")]
    public void TheLibrary_AgreesWithTheReferenceModels_On100000Households()
    {
        PolicySet[] policies = [PolicySets.NationalBaseline, PolicySets.ZhifuPilot, PolicySets.Shaanxi2016, .. Gen.Sample(DomainArbitraries.PolicyGen, 12, new Rnd(20261203), 20)];
        var grid = new OracleGrid<MarginTerms>(policies, MarginTerms.Resolve);
        var households = Gen.Sample(DomainArbitraries.HouseholdGen, 100_000, new Rnd(20261204), 40);
        var disagreements = new List<string>();
        var eligible = 0;
        var margins = 0;
        for (var i = 0; i < households.Length; i++)
        {
            var (policy, date, resolved) = grid.For(i);
            if (resolved is null)
            {
                continue; // the policy sets no rule on that date
            }

            var household = households[i];
            var library = Dibao.Assess(household, resolved.ExtremePoverty.Dibao);
            var reference = DibaoReference.Decide(household, policy, date);
            eligible += library.IsEligible ? 1 : 0;
            if (library.Outcome != reference.Outcome || library.MonthlyBenefit.Yuan != reference.MonthlyYuan)
            {
                disagreements.Add($"dibao, {policy} on {date}: library {library.Outcome} {library.MonthlyBenefit}, reference {reference.Outcome} ¥{reference.MonthlyYuan:0.00}; household {Describe(household)}");
            }

            var poverty = ExtremePoverty.Assess(household, resolved.ExtremePoverty).EligibleMembers.Indexes.ToArray();
            var povertyReference = MarginReference.ExtremePoverty(household, policy, date);
            if (!poverty.SequenceEqual(povertyReference))
            {
                disagreements.Add($"extreme poverty, {policy} on {date}: library [{string.Join(",", poverty)}], reference [{string.Join(",", povertyReference)}]; household {Describe(household)}");
            }

            var margin = Margin.Assess(household, resolved);
            var marginReference = MarginReference.Decide(household, policy, date);
            margins += margin.IsMargin ? 1 : 0;
            if (margin.Exclusion != marginReference.Exclusion || !margin.SingleMemberDibao.Indexes.SequenceEqual(marginReference.SingleMembers) || margin.SingleMemberDibaoMonthly.Yuan != marginReference.SingleMonthlyYuan)
            {
                disagreements.Add($"margin, {policy} on {date}: library {margin}, reference {marginReference.Exclusion} [{string.Join(",", marginReference.SingleMembers)}] ¥{marginReference.SingleMonthlyYuan:0.00}; household {Describe(household)}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements, such as:\n" + string.Join("\n", disagreements.Take(5)));
        Assert.InRange(eligible, 10_000, 90_000);   // both outcomes are well represented
        Assert.InRange(margins, 1_000, 90_000);
    }

    /// <summary>A household as a disagreement prints it: every member's facts and the assets.</summary>
    internal static string Describe(Household household) =>
        string.Join("; ", household.Members.Select(m => $"{m.Relation} born {m.BirthDate} absence {m.Absence} {m.AbsentSince} incomes [{string.Join(", ", m.Incomes.Select(i => $"{i.Kind} {i.Amount}"))}] student {m.FullTimeStudent} independent {m.LivesIndependently} together {m.LivesWithHousehold} refusals {m.RefusedJobReferrals} disability {m.Disability} supporter {m.HasAbleSupporter} enrolled {m.EnrolledInExtremePoverty}"))
        + $"; assets {household.Assets}";
}
