using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The library's one-window household assessment against <see cref="HouseholdReference"/> on 100,000 generated
/// households with medical bills (several per patient), expenditure claims and temporary-assistance requests, under
/// the Zhifu and national rules with every choice of the taken-in dibao amount, on dates either side of every change.
/// </summary>
public class HouseholdReferenceTest
{
    private static readonly LocalDate From = DomainArbitraries.EarliestDate;

    private static Gen<PolicySet> PolicyGen =>
        from preset in Gen.Frequency((3, Gen.Constant(PolicySets.ZhifuPilot)), (1, Gen.Constant(PolicySets.NationalBaseline)))
        from table in TemporaryReferenceTest.TableGen
        from cap in Gen.Choose(1, 10_000_000)
        from mode in Gen.Elements(Enum.GetValues<ExpenditureDibaoBenefit>())
        from primary in Gen.Choose(1, 500_000)
        from consumption in Gen.Choose(1_000_000, 6_000_000)
        select preset
            .With(TemporaryParameters.Months, table, From)
            .With(TemporaryParameters.Cap, Money.FromFen(cap), From)
            .With(TemporaryParameters.MinorFlatSum, Money.FromYuan(500m), From)
            .With(EducationParameters.Standards, EducationStandards.Create([new(SchoolStage.Primary, Money.FromFen(primary)), new(SchoolStage.JuniorSecondary, Money.FromFen(primary + 25_000)), new(SchoolStage.Tertiary, Money.FromYuan(4_000m))]).Value, From)
            .With(ExpenditureParameters.UrbanConsumptionPerCapita, Money.FromFen(consumption), From)
            .With(ExpenditureParameters.DibaoBenefit, mode, From);

    private static Gen<(Household, MedicalBill[], ExpenditureClaim?, TemporaryAssistanceRequest?)> ClaimsGen =>
        from household in DomainArbitraries.HouseholdGen
        from count in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 4)))
        from bills in Gen.ListOf(MedicalReferenceTest.BillGen(household), count)
        from patient in Gen.Choose(0, household.Members.Length - 1)
        from expenditure in Gen.Frequency((1, Gen.Constant<ExpenditureClaim?>(null)), (3, ExpenditureReferenceTest.ClaimGen.Select(c => (ExpenditureClaim?)c)))
        from temporary in Gen.Frequency((1, Gen.Constant<TemporaryAssistanceRequest?>(null)), (2, TemporaryReferenceTest.RequestGen.Select(r => (TemporaryAssistanceRequest?)r)))
        select (household, Coherent(bills, patient), expenditure, temporary);

    /// <summary>Half the bills go to one patient, so a year's bills meet; a patient's recognised impoverishment is the same on every bill.</summary>
    private static MedicalBill[] Coherent(IReadOnlyList<MedicalBill> bills, int patient)
    {
        var moved = bills.Select((b, k) => k % 2 == 0 ? b with { MemberIndex = patient } : b).ToArray();
        return [.. moved.Select(b => b with { ImpoverishedByIllness = moved.First(o => o.MemberIndex == b.MemberIndex).ImpoverishedByIllness })];
    }

    [Fact]
    [Trait("rule", "EX-04")]
    [Trait("rule", "ZF-EX-01")]
    [Trait("rule", "MA-03")]
    public void TheLibrary_AgreesWithTheReferenceModel_On100000Households()
    {
        var policies = Gen.Sample(PolicyGen, 12, new Rnd(20261213), 20);
        var grid = new OracleGrid<AssistanceTerms>(policies, AssistanceTerms.Resolve);
        var samples = Gen.Sample(ClaimsGen, 100_000, new Rnd(20261214), 40);
        var disagreements = new List<string>();
        var takenIn = 0;
        var secondBills = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var (policy, date, resolved) = grid.For(i);
            Assert.NotNull(resolved);

            var (household, bills, expenditure, temporary) = samples[i];
            var claims = HouseholdClaims.Create(household, bills, expenditure, temporary);
            Assert.True(claims.IsSuccess, string.Join("; ", claims.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorMessage)));
            var library = HouseholdAssessment.Assess(claims.Value, resolved);
            var reference = HouseholdReference.Decide(household, bills, expenditure, temporary, policy, date);
            takenIn += reference.Expenditure == ExpenditureExclusion.None && library.Dibao.IsEligible && DibaoReference.Decide(household, policy, date).Outcome == DibaoOutcome.Ineligible ? 1 : 0;
            secondBills += bills.GroupBy(b => b.MemberIndex).Any(g => g.Count() > 1) ? 1 : 0;
            var same = library.Dibao.Outcome == reference.DibaoOutcome && library.Dibao.MonthlyBenefit.Yuan == reference.DibaoYuan
                && library.ExtremePoverty.EligibleMembers.Indexes.SequenceEqual(reference.ExtremePoverty)
                && library.Margin.Exclusion == reference.MarginExclusion && library.Margin.SingleMemberDibao.Indexes.SequenceEqual(reference.SingleMembers)
                && library.Margin.SingleMemberDibaoMonthly.Yuan == reference.SingleYuan
                && library.MedicalAssistance.Yuan == reference.MedicalYuan
                && library.Expenditure?.Exclusion == reference.Expenditure
                && (library.Temporary is { } t ? (t.Granted, t.Category, t.Amount.Yuan) : ((bool, TemporaryCategory, decimal)?)null) == reference.Temporary
                && library.Education is { } e && e.Pupils.Indexes.SequenceEqual(reference.Education.Pupils) && e.AnnualTotal.Yuan == reference.Education.Yuan
                && library.MonthlyCash.Yuan == reference.MonthlyCash && library.IsLowIncome == reference.IsLowIncome;
            if (!same)
            {
                disagreements.Add($"{policy} on {date}: library {library} expenditure {library.Expenditure} temporary {library.Temporary} education {library.Education?.AnnualTotal}, "
                    + $"reference {reference.DibaoOutcome} ¥{reference.DibaoYuan} margin {reference.MarginExclusion} medical ¥{reference.MedicalYuan} expenditure {reference.Expenditure} temporary {reference.Temporary} education ¥{reference.Education.Yuan}; household {DibaoReferenceTest.Describe(household)}; bills {string.Join(" | ", bills.Select(b => b.ToString()))}; claim {expenditure}; request {temporary}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements, such as:\n" + string.Join("\n", disagreements.Take(5)));
        Assert.InRange(takenIn, 200, 90_000);
        Assert.InRange(secondBills, 10_000, 90_000);
    }
}
