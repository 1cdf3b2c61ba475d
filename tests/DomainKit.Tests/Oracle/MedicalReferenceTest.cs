using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The library's medical assistance against <see cref="MedicalReference"/> on 100,000 generated bills of coherent
/// households: every preset, and generated policies whose schemes have several stages, banded ratios, fixed and
/// income-share deductibles; on dates either side of every dated change; with amounts already paid and deductibles
/// already met this year.
/// </summary>
public class MedicalReferenceTest
{
    private static readonly LocalDate From = DomainArbitraries.EarliestDate;

    private static Gen<MedicalStage> StageGen(int index) =>
        from deductibleKind in Gen.Choose(0, 2)
        from fixedFen in Gen.Choose(0, 300_000)
        from sharePercent in Gen.Choose(0, 30)
        from bandCount in Gen.Choose(1, 3)
        from edges in Gen.ListOf(Gen.Choose(1, 10_000_000), bandCount - 1)
        from ratios in Gen.ListOf(Gen.Choose(0, 10_000), bandCount)
        from capFen in Gen.Choose(0, 6_000_000)
        let deductible = deductibleKind switch
        {
            0 => Deductible.None,
            1 => Deductible.Fixed(Money.FromFen(fixedFen)),
            _ => Deductible.ShareOfDisposableIncome(Rate.Percent(sharePercent)),
        }
        let ordered = edges.Distinct().Order().ToList()
        select new MedicalStage(
            $"stage {index}",
            deductible,
            [.. ordered.Select((edge, b) => new RatioBand(Money.FromFen(edge), Rate.FromFraction(ratios[b] / 10_000m))), new RatioBand(null, Rate.FromFraction(ratios[^1] / 10_000m))],
            Money.FromFen(capFen));

    private static Gen<MedicalAssistanceScheme> SchemeGen =>
        from count in Gen.Choose(1, 3)
        from first in StageGen(0)
        from second in StageGen(1)
        from third in StageGen(2)
        select MedicalAssistanceScheme.Create(new[] { first, second, third }.Take(count)).Value;

    /// <summary>Zhifu with every scheme replaced by a generated one from a generated date, and the serious-illness groups drawn.</summary>
    private static Gen<PolicySet> PolicyGen =>
        from dibao in SchemeGen
        from margin in SchemeGen
        from poverty in SchemeGen
        from illness in SchemeGen
        from serious in SchemeGen
        from groups in Gen.SubListOf(Enum.GetValues<MedicalGroup>())
        from changeDay in Gen.Choose(0, 7_000)
        let effective = From.PlusDays(changeDay)
        select PolicySets.ZhifuPilot
            .With(MedicalParameters.SchemeDibao, dibao, effective)
            .With(MedicalParameters.SchemeMargin, margin, effective)
            .With(MedicalParameters.SchemeExtremePoverty, poverty, effective)
            .With(MedicalParameters.SchemeImpoverishedByIllness, illness, effective)
            .With(MedicalParameters.SchemeSeriousIllness, serious, effective)
            .With(MedicalParameters.SeriousIllnessGroups, EnumSets.Of<MedicalGroup>([.. groups]), effective);

    internal static Gen<MedicalBill> BillGen(Household household) =>
        from index in Gen.Choose(0, household.Members.Length - 1)
        from total in Gen.Frequency((3, Gen.Choose(0, 5_000_000)), (1, Gen.Choose(0, 200_000_000)))
        from excludedShare in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 40)))
        from insuredShare in Gen.Choose(0, 40)
        from criticalShare in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 20)))
        from inpatient in Gen.Elements(true, false)
        from serious in Gen.Elements(true, false)
        from impoverished in Gen.Elements(true, false)
        from paid in Gen.ListOf(Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 4_000_000))).Select(fen => Money.FromFen(fen)), 3)
        from met in Gen.ListOf(Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 300_000))).Select(fen => Money.FromFen(fen)), 3)
        select new MedicalBill
        {
            MemberIndex = index,
            TotalCost = Money.FromFen(total),
            ExcludedCost = Money.FromFen((long)total * excludedShare / 100),
            BasicInsurancePaid = Money.FromFen((long)total * insuredShare / 100),
            CriticalIllnessInsurancePaid = Money.FromFen((long)total * criticalShare / 100),
            Inpatient = inpatient,
            SeriousIllness = serious,
            ImpoverishedByIllness = impoverished,
            AlreadyPaidThisYear = [.. paid],
            DeductibleMetThisYear = [.. met],
        };

    [Fact]
    [Trait("rule", "MA-01")]
    [Trait("rule", "MA-03")]
    [Trait("rule", "MA-05")]
    [Trait("rule", "MA-06")]
    public void TheLibrary_AgreesWithTheReferenceModel_On100000Bills()
    {
        PolicySet[] policies = [PolicySets.NationalBaseline, PolicySets.ZhifuPilot, PolicySets.Shaanxi2016, .. Gen.Sample(PolicyGen, 9, new Rnd(20261205), 20)];
        var grid = new OracleGrid<MedicalTerms>(policies, MedicalTerms.Resolve);
        var claims = Gen.Sample(DomainArbitraries.HouseholdGen.SelectMany(h => BillGen(h).Select(b => (Household: h, Bill: b))), 100_000, new Rnd(20261206), 40);
        var disagreements = new List<string>();
        var paid = 0;
        var groups = new HashSet<MedicalGroup>();
        for (var i = 0; i < claims.Length; i++)
        {
            var (policy, date, resolved) = grid.For(i);
            Assert.NotNull(resolved);

            var (household, bill) = claims[i];
            var claim = MedicalClaim.Create(household, bill);
            Assert.True(claim.IsSuccess, string.Join("; ", claim.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorMessage)) + $" {bill}");
            var library = MedicalAssistance.Assess(claim.Value, resolved);
            var reference = MedicalReference.Decide(household, bill, policy, date);
            paid += library.Amount > Money.Zero ? 1 : 0;
            groups.Add(library.Group);
            if (library.Group != reference.Group || library.Covered != reference.Covered || library.SeriousIllnessScheme != reference.Serious || library.Amount.Yuan != reference.PaidYuan)
            {
                disagreements.Add($"{policy} on {date}: library {library.Group} covered {library.Covered} serious {library.SeriousIllnessScheme} {library.Amount}, "
                    + $"reference {reference.Group} covered {reference.Covered} serious {reference.Serious} ¥{reference.PaidYuan:0.00}; household {DibaoReferenceTest.Describe(household)}; bill {bill}; scheme {policy.ValueAtOrNull(MedicalParameters.SchemeDibao, date)?.Value}");
            }

            // The explained path gives the same amount as the fast one.
            if (i % 97 == 0 && MedicalAssistance.Decide(household, bill, policy, date).Value.Amount != library.Amount)
            {
                disagreements.Add($"{policy} on {date}: the explained path differs from the fast path for bill {bill}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements, such as:\n" + string.Join("\n", disagreements.Take(5)));
        Assert.InRange(paid, 10_000, 95_000);
        Assert.Equal(Enum.GetValues<MedicalGroup>().Length, groups.Count);
    }
}
