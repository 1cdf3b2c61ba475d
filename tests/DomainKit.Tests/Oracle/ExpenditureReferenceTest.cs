using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The library's expenditure-type hardship against <see cref="ExpenditureReference"/> on 100,000 generated claims of
/// coherent households: both rules, the presets and generated reference figures, shares and look-backs, on dates
/// either side of every dated change.
/// </summary>
public class ExpenditureReferenceTest
{
    private static readonly LocalDate From = DomainArbitraries.EarliestDate;

    internal static Gen<ExpenditureClaim> ClaimGen =>
        from medical in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 10_000_000)))
        from education in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 3_000_000)))
        from living in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 3_000_000)))
        from rehabilitation in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 3_000_000)))
        from illness in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from difficulty in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from recognisedDays in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 7_000)))
        select new ExpenditureClaim
        {
            MedicalSpending = Money.FromFen(medical),
            EducationSpending = Money.FromFen(education),
            BasicLivingSpending = Money.FromFen(living),
            RehabilitationSpending = Money.FromFen(rehabilitation),
            IllnessOrDisasterSpending = illness,
            InDifficultyAfterEmergencyRelief = difficulty,
            RecognisedOn = recognisedDays < 0 ? null : From.PlusDays(recognisedDays),
        };

    /// <summary>The two rules with generated figures: a consumption figure and margin multiple for Zhifu, a share, look-back and validity nationally.</summary>
    private static Gen<PolicySet> PolicyGen =>
        from zhifu in Gen.Elements(true, false)
        from reference in Gen.Choose(100_000, 6_000_000)
        from multipleTenths in Gen.Choose(10, 30)
        from sharePercent in Gen.Choose(1, 100)
        from lookback in Gen.Choose(1, 24)
        from validity in Gen.Choose(1, 24)
        from standard in Gen.Choose(30_000, 150_000)
        from window in Gen.Choose(1, 12)
        select (zhifu
                ? PolicySets.ZhifuPilot
                    .With(ExpenditureParameters.UrbanConsumptionPerCapita, Money.FromFen(reference), From)
                    .With(MarginParameters.IncomeMultiple, Rate.FromFraction(multipleTenths / 10m), From)
                : PolicySets.NationalBaseline
                    .With(ExpenditureParameters.Rule, ExpenditureRule.NationalRigidSpending, From)
                    .With(MedicalParameters.DisposableIncomePerCapita, Money.FromFen(reference), From)
                    .With(ExpenditureParameters.RigidSpendingShare, Rate.Percent(sharePercent), From)
                    .With(ExpenditureParameters.LookbackMonths, lookback, From)
                    .With(ExpenditureParameters.ValidityMonths, validity, From))
            .With(DibaoParameters.StandardMonthly, Money.FromFen(standard), From)
            .With(MeansTestParameters.AssessmentWindowMonths, window, From);

    /// <summary>
    /// The claim with its medical spending moved to the fen below, at or above the EX-01 line (share × income over the
    /// look-back), so the exact comparison is tested where it decides.
    /// </summary>
    private static ExpenditureClaim AtTheRigidSpendingLine(Household household, ExpenditureClaim claim, PolicySet policy, LocalDate date, int fenOffset)
    {
        T Value<T>(PolicyParameter<T> parameter)
            where T : notnull => policy.ValueAt(parameter, date).Value.Value;
        var window = Value(MeansTestParameters.AssessmentWindowMonths);
        var income = DibaoReference.Counted(household, policy, date).Sum(DibaoReference.Own);
        var line = Value(ExpenditureParameters.RigidSpendingShare).Value * income * Value(ExpenditureParameters.LookbackMonths) / window;
        var others = claim.EducationSpending.Yuan + claim.BasicLivingSpending.Yuan + claim.RehabilitationSpending.Yuan;
        var medical = Math.Round(line - others, 2, MidpointRounding.ToZero) + (fenOffset / 100m);
        return medical < 0m ? claim : claim with { MedicalSpending = Money.FromYuan(medical) };
    }

    [Fact]
    [Trait("rule", "ZF-EX-01")]
    [Trait("rule", "EX-01")]
    [Trait("rule", "EX-03")]
    public void TheLibrary_AgreesWithTheReferenceModel_On100000Claims()
    {
        PolicySet[] policies = [PolicySets.NationalBaseline, PolicySets.ZhifuPilot, .. Gen.Sample(PolicyGen, 14, new Rnd(20261207), 20)];
        var grid = new OracleGrid<ExpenditureTerms>(policies, ExpenditureTerms.Resolve);
        var claims = Gen.Sample(DomainArbitraries.HouseholdGen.SelectMany(h => ClaimGen.Select(c => (Household: h, Claim: c))), 100_000, new Rnd(20261208), 40);
        var disagreements = new List<string>();
        var outcomes = new Dictionary<(ExpenditureRule, ExpenditureExclusion), int>();
        var compared = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            var (policy, date, resolved) = grid.For(i);
            if (resolved is null)
            {
                continue; // the policy sets no rule on that date
            }

            var (household, claim) = claims[i];
            if (i % 5 == 0 && resolved.Rule.Value == ExpenditureRule.NationalRigidSpending)
            {
                claim = AtTheRigidSpendingLine(household, claim, policy, date, (i / 5 % 3) - 1);
            }

            var library = ExpenditureHardship.Assess(household, claim, resolved);
            var reference = ExpenditureReference.Decide(household, claim, policy, date);
            compared++;
            outcomes[(library.Rule, library.Exclusion)] = outcomes.GetValueOrDefault((library.Rule, library.Exclusion)) + 1;
            if (library.Exclusion != reference.Exclusion || library.ReviewDue != reference.ReviewDue)
            {
                disagreements.Add($"{policy} on {date}: library {library.Rule} {library.Exclusion} review {library.ReviewDue}, reference {reference.Exclusion} review {reference.ReviewDue}; household {DibaoReferenceTest.Describe(household)}; claim {claim}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements, such as:\n" + string.Join("\n", disagreements.Take(5)));
        Assert.InRange(compared, 80_000, 100_000);

        // Every condition of both rules decides some claims, and both rules recognise some households.
        Assert.All(
            new[] { ExpenditureExclusion.None, ExpenditureExclusion.Dibao, ExpenditureExclusion.Income, ExpenditureExclusion.LowIncomeTest, ExpenditureExclusion.Property, ExpenditureExclusion.NoIllnessOrDisasterSpending, ExpenditureExclusion.ReliefSufficed },
            e => Assert.True(outcomes.GetValueOrDefault((ExpenditureRule.ZhifuConsumption, e)) > 50, $"zhifu {e}: {outcomes.GetValueOrDefault((ExpenditureRule.ZhifuConsumption, e))}"));
        Assert.All(
            new[] { ExpenditureExclusion.None, ExpenditureExclusion.Dibao, ExpenditureExclusion.Margin, ExpenditureExclusion.Income, ExpenditureExclusion.Property, ExpenditureExclusion.RigidSpending },
            e => Assert.True(outcomes.GetValueOrDefault((ExpenditureRule.NationalRigidSpending, e)) > 50, $"national {e}: {outcomes.GetValueOrDefault((ExpenditureRule.NationalRigidSpending, e))}"));
    }
}
