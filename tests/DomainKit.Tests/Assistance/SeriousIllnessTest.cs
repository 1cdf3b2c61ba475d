using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Serious illness never pays less than the ordinary scheme (ZF-MA-02, ZF-MA-03, MA-04): the link between a
/// patient's recognition as seriously ill and what they receive.
/// </summary>
public class SeriousIllnessTest
{
    private static readonly PolicySet[] Presets = [PolicySets.NationalBaseline, PolicySets.ZhifuPilot, PolicySets.Shaanxi2016];

    // Either side of every dated change in any preset, and a spread of ordinary days.
    private static readonly LocalDate[] Dates =
    [
        .. Presets.SelectMany(p => p.Timelines).SelectMany(t => t.EffectiveDates).Distinct()
            .SelectMany(d => new[] { d.PlusDays(-1), d })
            .Where(d => d >= new LocalDate(2014, 5, 1)),
        new LocalDate(2026, 3, 1),
        new LocalDate(2030, 12, 31),
    ];

    [Theory]
    [InlineData(2015, 6, 1, 12_000, 10_000)]   // before the reform: 60% of 20,000 = 12,000, capped at 10,000; the ordinary scheme is 60%, 10,000
    [InlineData(2026, 3, 1, 16_000, 14_000)]   // after: 80% = 16,000 within 30,000; the ordinary scheme 70% = 14,000 within 20,000
    [Trait("rule", "ZF-MA-02")]
    [Trait("rule", "ZF-MA-03")]
    public void ADibaoInpatientBillOf20000_PaysAtLeastTheOrdinaryScheme(int year, int month, int day, int seriousYuanUncapped, int ordinaryYuan)
    {
        // Regression: before the reform, 20,000 paid 14,000 as an ordinary dibao bill and 10,000 as serious illness.
        var date = new LocalDate(year, month, day);
        var household = Of(Person(Relation.Applicant, new LocalDate(1970, 1, 1)));
        var bill = new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(20_000m), Inpatient = true, SeriousIllness = true };
        var serious = MedicalAssistance.Decide(household, bill, PolicySets.ZhifuPilot, date).Value;
        var ordinary = MedicalAssistance.Decide(household, bill with { SeriousIllness = false }, PolicySets.ZhifuPilot, date).Value;
        Assert.Equal(MedicalGroup.Dibao, ordinary.Assessment.Group);
        Assert.True(serious.Assessment.SeriousIllnessScheme);
        Assert.Equal(Money.FromYuan(Math.Min(seriousYuanUncapped, year < 2016 ? 10_000 : 30_000)), serious.Amount);
        Assert.Equal(Money.FromYuan(ordinaryYuan), ordinary.Amount);
        Assert.True(serious.Amount >= ordinary.Amount);
    }

    public static Arbitrary<(Household, MedicalBill, int)> SeriousBills() => Arb.From(
        from household in DomainArbitraries.HouseholdGen
        from index in Gen.Choose(0, household.Members.Length - 1)
        from total in Gen.Frequency((3, Gen.Choose(0, 5_000_000)), (1, Gen.Choose(0, 200_000_000)))
        from insuredShare in Gen.Choose(0, 100)
        from impoverished in Gen.Elements(true, false)
        from paid in Gen.ListOf(Gen.Choose(0, 4_000_000).Select(fen => Money.FromFen(fen)), 2)
        from dateIndex in Gen.Choose(0, Dates.Length - 1)
        select (household, new MedicalBill
        {
            MemberIndex = index,
            TotalCost = Money.FromFen(total),
            BasicInsurancePaid = Money.FromFen((long)total * insuredShare / 100),
            Inpatient = true,
            SeriousIllness = true,
            ImpoverishedByIllness = impoverished,
            AlreadyPaidThisYear = [.. paid],
        }, dateIndex));

    [Property(MaxTest = 3000, Arbitrary = [typeof(SeriousIllnessTest)])]
    [Trait("rule", "ZF-MA-02")]
    public bool SeriousIllness_NeverPaysLessThanTheOrdinaryScheme_UnderEveryPreset_OnEveryDate((Household Household, MedicalBill Bill, int DateIndex) claim)
    {
        var date = Dates[claim.DateIndex];
        foreach (var preset in Presets)
        {
            var terms = MedicalTerms.Resolve(preset, date);
            if (!terms.IsSuccess)
            {
                continue;
            }

            var serious = MedicalAssistance.Assess(MedicalClaim.Create(claim.Household, claim.Bill).Value, terms.Value);
            var ordinary = MedicalAssistance.Assess(MedicalClaim.Create(claim.Household, claim.Bill with { SeriousIllness = false }).Value, terms.Value);
            if (serious.Amount < ordinary.Amount)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    [Trait("rule", "ZF-MA-02")]
    [Trait("rule", "MA-06")]
    public void NoIllustrativeOrdinaryScheme_OutbidsTheSeriousIllnessScheme_OnAnyDate()
    {
        var problems = new List<string>();
        foreach (var preset in Presets)
        {
            foreach (var date in Dates)
            {
                if (preset.ValueAtOrNull(MedicalParameters.SchemeSeriousIllness, date) is not { } serious
                    || preset.ValueAtOrNull(MedicalParameters.SeriousIllnessGroups, date) is not { } groups
                    || preset.ValueAtOrNull(MedicalParameters.DisposableIncomePerCapita, date) is not { } income)
                {
                    continue;
                }

                foreach (var group in groups.Value.Values)
                {
                    var parameter = group switch
                    {
                        MedicalGroup.ExtremePoverty => MedicalParameters.SchemeExtremePoverty,
                        MedicalGroup.Dibao => MedicalParameters.SchemeDibao,
                        MedicalGroup.Margin => MedicalParameters.SchemeMargin,
                        MedicalGroup.ImpoverishedByIllness => MedicalParameters.SchemeImpoverishedByIllness,
                        _ => null,
                    };
                    if (parameter is null || preset.ValueAtOrNull(parameter, date) is not { } ordinary)
                    {
                        continue;
                    }

                    problems.AddRange(Outbidding(ordinary.Value, serious.Value, income.Value)
                        .Select(stage => $"{preset.Id} {date}: {parameter.Id} ({ordinary.Provenance.Kind}) stage {stage} outbids {MedicalParameters.SchemeSeriousIllness.Id} ({serious.Provenance.Kind})"));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    [Trait("rule", "MA-01")]
    [Trait("rule", "MA-04")]
    public void NoGroup_IsPaidMoreThanAGroupAboveIt_OnAnyDate()
    {
        // MA-04: the dibao and extreme-poverty groups get the highest ratio; margin and impoverished by illness lower ones.
        (PolicyParameter<MedicalAssistanceScheme> Upper, PolicyParameter<MedicalAssistanceScheme> Lower)[] pairs =
        [
            (MedicalParameters.SchemeExtremePoverty, MedicalParameters.SchemeDibao),
            (MedicalParameters.SchemeDibao, MedicalParameters.SchemeMargin),
            (MedicalParameters.SchemeDibao, MedicalParameters.SchemeImpoverishedByIllness),
        ];
        var problems = new List<string>();
        foreach (var preset in Presets)
        {
            foreach (var date in Dates)
            {
                if (preset.ValueAtOrNull(MedicalParameters.DisposableIncomePerCapita, date) is not { } income)
                {
                    continue;
                }

                foreach (var (upper, lower) in pairs)
                {
                    if (preset.ValueAtOrNull(upper, date) is not { } high || preset.ValueAtOrNull(lower, date) is not { } low)
                    {
                        continue;
                    }

                    problems.AddRange(Outbidding(low.Value, high.Value, income.Value).Select(stage => $"{preset.Id} {date}: {lower.Id} stage {stage} outbids {upper.Id}"));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // The stages of one scheme that can pay more than the same stage of another: a higher ratio in any band, a higher
    // cap or a lower deductible, or no such stage in the other scheme at all.
    private static IEnumerable<int> Outbidding(MedicalAssistanceScheme scheme, MedicalAssistanceScheme other, Money income) =>
        Enumerable.Range(0, scheme.Stages.Length).Where(s =>
        {
            var own = scheme.Stages[s];
            var theirs = s < other.Stages.Length ? other.Stages[s] : null;
            return theirs is null
                || own.Bands.Max(b => b.Ratio.Value) > theirs.Bands.Min(b => b.Ratio.Value)
                || own.AnnualCap > theirs.AnnualCap
                || own.Deductible.For(income) < theirs.Deductible.For(income);
        });
}
