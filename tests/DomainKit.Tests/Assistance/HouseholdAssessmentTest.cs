using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

public class HouseholdAssessmentTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);

    /// <summary>The Zhifu pilot with local values for the programmes no source gives, so every programme is decided.</summary>
    internal static readonly PolicySet Complete = PolicySets.ZhifuPilot
        .With(TemporaryParameters.Months, TemporaryMonths.Create(
            from category in Enum.GetValues<TemporaryCategory>()
            from need in Enum.GetValues<TemporaryNeed>()
            select new TemporaryMonthsRow(category, need, Rate.FromFraction(1m), Rate.FromFraction(3m))).Value, new LocalDate(2014, 5, 1))
        .With(TemporaryParameters.Cap, Money.FromYuan(15_000m), new LocalDate(2014, 5, 1))
        .With(TemporaryParameters.MinorFlatSum, Money.FromYuan(300m), new LocalDate(2014, 5, 1))
        .With(EducationParameters.Standards, EducationStandards.Create(
            [KeyValuePair.Create(SchoolStage.Primary, Money.FromYuan(1_000m)), KeyValuePair.Create(SchoolStage.JuniorSecondary, Money.FromYuan(1_250m)), KeyValuePair.Create(SchoolStage.Tertiary, Money.FromYuan(4_000m))]).Value, new LocalDate(2014, 5, 1));

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest)])]
    public bool EveryProgramme_EqualsItsOwnRule_OnBothPaths(HouseholdClaims claims, LocalDate date)
    {
        var terms = AssistanceTerms.Resolve(Complete, date).Value;
        var fast = HouseholdAssessment.Assess(claims, terms);
        var household = claims.Household;

        // A household taken into dibao for expenditure hardship (ZF-EX-01) is decided downstream as a dibao household:
        // ExpenditureLinkTest checks that link; here the programmes that do not read it must equal their own rules.
        var linked = fast.Expenditure is { IsEligible: true, Rule: ExpenditureRule.ZhifuConsumption };
        return terms.NotSet.IsEmpty
            && fast == HouseholdAssessment.Decide(claims, terms).Assessment
            && (linked || fast.Education == EducationAssistance.Assess(household, terms.Education!))
            && (linked || Nullable.Equals(fast.Temporary, claims.Temporary is { } request ? TemporaryAssistance.Assess(household, request, terms.Temporary!) : null))
            && Nullable.Equals(fast.Expenditure, claims.Expenditure is { } claim ? ExpenditureHardship.Assess(household, claim, terms.Expenditure!) : null);
    }

    /// <summary>
    /// The household's decisions share one means test and build their explanations on first read; each explanation
    /// must still read exactly as the programme's own decision explains itself, in both languages.
    /// </summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest)])]
    public bool EveryExplanation_ReadsAsItsOwnRuleExplainsIt(HouseholdClaims claims, LocalDate date)
    {
        var terms = AssistanceTerms.Resolve(Complete, date).Value;
        var decided = HouseholdAssessment.Decide(claims, terms);
        var household = claims.Household;
        if (decided.Assessment.Expenditure is { IsEligible: true, Rule: ExpenditureRule.ZhifuConsumption })
        {
            // Taken into dibao (ZF-EX-01): dibao, margin and what ranks by them explain the link, not their own rules.
            return decided.Dibao.Explanation.Steps.Any(s => s.RuleId == "ZF-EX-01")
                && decided.Expenditure!.Explanation.Render(Language.English) == ExpenditureHardship.Decide(household, claims.Expenditure!, Complete, date).Value.Explanation.Render(Language.English);
        }

        IEnumerable<(AssistanceDecision Shared, AssistanceDecision Own)> pairs =
        [
            (decided.Dibao, Dibao.Decide(household, terms.Dibao)),
            (decided.ExtremePoverty, ExtremePoverty.Decide(household, terms.ExtremePoverty)),
            (decided.Margin, Margin.Decide(household, terms.Margin)),
            (decided.Education!, EducationAssistance.Decide(household, Complete, date).Value),
            .. decided.Medical.Zip(InYearOrder(household, claims.Bills, terms.Medical), (shared, own) => ((AssistanceDecision)shared, (AssistanceDecision)own)),
            .. claims.Temporary is { } request ? [(decided.Temporary!, TemporaryAssistance.Decide(household, request, Complete, date).Value)] : Array.Empty<(AssistanceDecision, AssistanceDecision)>(),
            .. claims.Expenditure is { } claim ? [(decided.Expenditure!, ExpenditureHardship.Decide(household, claim, Complete, date).Value)] : Array.Empty<(AssistanceDecision, AssistanceDecision)>(),
        ];
        return pairs.All(p =>
            p.Shared.Explanation.Render(Language.English) == p.Own.Explanation.Render(Language.English)
            && p.Shared.Explanation.Render(Language.ChineseSimplified) == p.Own.Explanation.Render(Language.ChineseSimplified)
            && p.Shared.Summary(Language.English) == p.Own.Summary(Language.English));
    }

    /// <summary>
    /// Each bill decided alone by its own rule, in order, each later bill of a patient under the same scheme stating what
    /// the earlier ones paid and met of the deductible by stage (MA-03, MA-05), worked from the earlier decisions' stages.
    /// </summary>
    private static List<MedicalDecision> InYearOrder(Household household, IEnumerable<MedicalBill> bills, MedicalTerms terms)
    {
        var decisions = new List<MedicalDecision>();
        var carried = new Dictionary<(int, bool), (Money[] Paid, Money[] Met)>();
        foreach (var bill in bills)
        {
            var alone = MedicalAssistance.Decide(MedicalClaim.Create(household, bill).Value, terms);
            var key = (bill.MemberIndex, alone.Assessment.SeriousIllnessScheme);
            var decision = alone;
            if (carried.TryGetValue(key, out var earlier))
            {
                var stages = Math.Max(earlier.Paid.Length, Math.Max(bill.AlreadyPaidThisYear.Length, bill.DeductibleMetThisYear.Length));
                var later = bill with
                {
                    AlreadyPaidThisYear = [.. Enumerable.Range(0, stages).Select(s => bill.AlreadyPaid(s) + (s < earlier.Paid.Length ? earlier.Paid[s] : Money.Zero))],
                    DeductibleMetThisYear = [.. Enumerable.Range(0, stages).Select(s => bill.DeductibleMet(s) + (s < earlier.Met.Length ? earlier.Met[s] : Money.Zero))],
                };
                decision = MedicalAssistance.Decide(MedicalClaim.Create(household, later).Value, terms);
            }

            decisions.Add(decision);
            if (decision.Stages.IsEmpty)
            {
                continue;
            }

            var paid = earlier.Paid ?? new Money[decision.Stages.Length];
            var met = earlier.Met ?? new Money[decision.Stages.Length];
            for (var s = 0; s < decision.Stages.Length; s++)
            {
                paid[s] += decision.Stages[s].Paid;
                met[s] += Money.Min(decision.Stages[s].DeductibleLeft, decision.Stages[s].Unpaid);
            }

            carried[key] = (paid, met);
        }

        return decisions;
    }

    [Fact]
    [Trait("rule", "MA-03")]
    [Trait("rule", "MA-05")]
    public void TwoBillsOfOnePatient_AreDecidedInOrder_TheSecondPaysNoSecondDeductible_AndSharesTheCap()
    {
        // National baseline 2026, impoverished by illness: deductible 25% × 41,314 = 10,328.50, 50%, cap 20,000.
        // First 30,000: 50% × 19,671.50 = 9,835.75. Second 30,000: no deductible left, 50% × 30,000 = 15,000 capped at
        // the 10,164.25 left. Alone, the second would have paid 9,835.75 again, for 19,671.50 in all.
        var household = Of(Person(Relation.Applicant, Adult, Wages(200_000m)));
        var bill = new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(30_000m), ImpoverishedByIllness = true };
        var claims = HouseholdClaims.Create(household, [bill, bill]).Value;
        var decided = HouseholdAssessment.Decide(claims, PolicySets.NationalBaseline, Date).Value;
        Assert.Equal([Money.FromYuan(9_835.75m), Money.FromYuan(10_164.25m)], decided.Medical.Select(m => m.Amount));
        Assert.Equal(Money.Zero, decided.Medical[1].Stages[0].DeductibleLeft);
        Assert.Equal(Money.FromYuan(20_000m), decided.Assessment.MedicalAssistance);
        Assert.Equal(decided.Assessment, HouseholdAssessment.Assess(claims, AssistanceTerms.Resolve(PolicySets.NationalBaseline, Date).Value));

        // Bills of two patients do not share: each pays its own deductible.
        var couple = Of(Person(Relation.Applicant, Adult, Wages(200_000m)), Person(Relation.Spouse, Adult));
        var apart = HouseholdAssessment.Decide(HouseholdClaims.Create(couple, [bill, bill with { MemberIndex = 1 }]).Value, PolicySets.NationalBaseline, Date).Value;
        Assert.Equal([Money.FromYuan(9_835.75m), Money.FromYuan(9_835.75m)], apart.Medical.Select(m => m.Amount));
    }

    public static Arbitrary<HouseholdClaims> Caseload() => Arb.From(
        from household in DomainArbitraries.HouseholdGen
        from count in Gen.Choose(0, 3)
        from bills in Gen.ListOf(
            from index in Gen.Choose(0, household.Members.Length - 1)
            from total in Gen.Choose(0, 20_000_000)
            from serious in Gen.Elements(true, false)
            from impoverished in Gen.Elements(true, false)
            select new MedicalBill { MemberIndex = index, TotalCost = Money.FromFen(total), Inpatient = serious, SeriousIllness = serious, ImpoverishedByIllness = impoverished },
            count)
        from hasTemporary in Gen.Elements(true, false)
        from need in Gen.Elements(Enum.GetValues<TemporaryNeed>())
        from severity in Gen.Elements(Enum.GetValues<HardshipSeverity>())
        from hasExpenditure in Gen.Elements(true, false)
        from spending in Gen.Choose(0, 5_000_000)
        from struck in Gen.Elements(true, false)
        from suddenCost in Gen.Frequency((3, Gen.Choose(1, 10_000_000)), (1, Gen.Choose(1, 1_000_000_000)))
        select HouseholdClaims.Create(
            household,
            bills,
            hasExpenditure ? new ExpenditureClaim { MedicalSpending = Money.FromFen(spending), IllnessOrDisasterSpending = struck, InDifficultyAfterEmergencyRelief = struck } : null,
            hasTemporary ? new TemporaryAssistanceRequest { Type = HardshipType.Emergency, SuddenCost = Money.FromFen(suddenCost), Need = need, Severity = severity } : null).Value);

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest)])]
    public bool Assessment_EqualsTheIndividualRules_OnBothPaths(HouseholdClaims claims, PolicySet policy, LocalDate date)
    {
        var terms = AssistanceTerms.Resolve(policy, date).Value;
        var fast = HouseholdAssessment.Assess(claims, terms);
        var explained = HouseholdAssessment.Decide(claims, terms);
        var household = claims.Household;
        var medical = InYearOrder(household, claims.Bills, terms.Medical).Aggregate(Money.Zero, (sum, decision) => sum + decision.Amount);
        if (fast.Expenditure is { IsEligible: true, Rule: ExpenditureRule.ZhifuConsumption })
        {
            // Taken into dibao (ZF-EX-01; ExpenditureLinkTest): a dibao household, and never less medical assistance.
            return fast == explained.Assessment && fast.Dibao.IsEligible && !fast.Margin.IsMargin && fast.MedicalAssistance >= medical;
        }

        return fast == explained.Assessment
            && fast.Dibao == Dibao.Assess(household, terms.Dibao)
            && fast.ExtremePoverty == ExtremePoverty.Assess(household, terms.ExtremePoverty)
            && fast.Margin == Margin.Assess(household, terms.Margin)
            && fast.MedicalAssistance == medical;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest)])]
    public bool Hierarchy_ADibaoHouseholdIsNeverMargin(HouseholdClaims claims, PolicySet policy, LocalDate date)
    {
        var result = HouseholdAssessment.Assess(claims, AssistanceTerms.Resolve(policy, date).Value);
        return !(result.Dibao.IsEligible && result.Margin.IsMargin)
            && !(result.ExtremePoverty.IsEligible && result.Margin.IsMargin)
            && result.MonthlyCash == result.Dibao.MonthlyBenefit + result.Margin.SingleMemberDibaoMonthly;
    }

    [Fact]
    public void Assess_OneWindow_ListsEveryProgrammeTheHouseholdQualifiesFor()
    {
        // Zhifu: income 30,000 for two is above the dibao line (22,800) and below the margin line (34,200);
        // the seriously ill spouse is enrolled alone in dibao (¥950.00) and her serious-illness bill is paid at 80%.
        var household = Of(Person(Relation.Applicant, Adult, Wages(30_000m)), Person(Relation.Spouse, Adult) with { SeriouslyIll = true });
        var claims = HouseholdClaims.Create(household, [new MedicalBill { MemberIndex = 1, TotalCost = Money.FromYuan(10_000m), Inpatient = true, SeriousIllness = true }]).Value;
        var entitlements = HouseholdAssessment.Decide(claims, PolicySets.ZhifuPilot, Date).Value;
        Assert.Equal([Programme.Margin, Programme.SingleMemberDibao, Programme.MedicalAssistance], entitlements.Qualifying);
        Assert.Equal(Money.FromYuan(950m), entitlements.Assessment.MonthlyCash);
        Assert.Equal(Money.FromYuan(8_000m), entitlements.Assessment.Amount(Programme.MedicalAssistance));
        Assert.True(entitlements.Assessment.IsLowIncome);
        var summary = entitlements.Summary(Language.English);
        Assert.Contains("Not eligible for dibao", summary, StringComparison.Ordinal);
        Assert.Contains("Medical assistance (dibao): ¥8000.00", summary, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("rule", "EX-04")]
    public void TheLowIncomePopulation_IncludesExpenditureHardshipHouseholds()
    {
        // National rule: a couple earning 40,000 is above the margin line for two (28,800), but 25,000 of medical and
        // education spending is more than half their income, so they are an expenditure-hardship household.
        var household = Of(Person(Relation.Applicant, Adult, Wages(40_000m)), Person(Relation.Spouse, Adult));
        var spending = new ExpenditureClaim { MedicalSpending = Money.FromYuan(20_000m), EducationSpending = Money.FromYuan(5_000m) };
        var withClaim = HouseholdAssessment.Decide(HouseholdClaims.Create(household, [], spending, null).Value, PolicySets.NationalBaseline, Date).Value.Assessment;
        var withoutClaim = HouseholdAssessment.Decide(HouseholdClaims.Create(household, []).Value, PolicySets.NationalBaseline, Date).Value.Assessment;
        Assert.False(withClaim.Margin.IsMargin);
        Assert.True(withClaim.Qualifies(Programme.ExpenditureHardship));
        Assert.True(withClaim.IsLowIncome);
        Assert.False(withoutClaim.IsLowIncome);
    }

    [Fact]
    public void DibaoAlone_MakesTheHouseholdLowIncome_AndAnUndefinedProgrammeIsNeitherQualifiedForNorPaid()
    {
        // Zhifu: 10,000 for two is below the dibao line (22,800); nobody is in extreme poverty and the household is
        // not margin, since margin leaves dibao households out.
        var household = Of(Person(Relation.Applicant, Adult, Wages(10_000m)), Person(Relation.Spouse, Adult));
        var assessment = HouseholdAssessment.Decide(HouseholdClaims.Of(household), PolicySets.ZhifuPilot, Date).Value.Assessment;
        Assert.Equal((true, false, false), (assessment.Dibao.IsEligible, assessment.ExtremePoverty.IsEligible, assessment.Margin.IsMargin));
        Assert.True(assessment.IsLowIncome);
        Assert.False(assessment.Qualifies((Programme)99));
        Assert.Equal(Money.Zero, assessment.Amount((Programme)99));
        Assert.Equal($"{assessment.Dibao}; {assessment.ExtremePoverty}; {assessment.Margin}; medical ¥0.00", assessment.ToString());
    }

    [Fact]
    public void TemporaryGrantOfZero_DoesNotQualify()
    {
        // A cap of zero grants the request, but pays nothing: the household does not qualify for the programme.
        var household = Of(Person(Relation.Applicant, Adult, Wages(40_000m)), Person(Relation.Spouse, Adult));
        var request = new TemporaryAssistanceRequest { Type = HardshipType.Emergency, SuddenCost = Money.FromYuan(50_000m), Need = TemporaryNeed.BasicLiving, Severity = HardshipSeverity.Serious };
        var claims = HouseholdClaims.Create(household, [], null, request).Value;
        var zeroCap = Complete.With(TemporaryParameters.Cap, Money.Zero, new LocalDate(2026, 1, 1));
        var assessment = HouseholdAssessment.Decide(claims, zeroCap, Date).Value.Assessment;
        Assert.True(assessment.Temporary!.Value.Granted);
        Assert.Equal(Money.Zero, assessment.Amount(Programme.TemporaryAssistance));
        Assert.False(assessment.Qualifies(Programme.TemporaryAssistance));
        Assert.True(HouseholdAssessment.Decide(claims, Complete, Date).Value.Assessment.Qualifies(Programme.TemporaryAssistance));
    }

    [Fact]
    public void Assess_ProgrammesWithoutLocalValues_AreReportedAsNotSet_AndTheRestDecided()
    {
        var household = Of(Person(Relation.Applicant, Adult, Wages(10_000m)), Person(Relation.Child, new LocalDate(2015, 1, 1)) with { SchoolStage = SchoolStage.Primary });
        var request = new TemporaryAssistanceRequest { Type = HardshipType.Emergency, SuddenCost = Money.FromYuan(50_000m), Need = TemporaryNeed.BasicLiving, Severity = HardshipSeverity.Serious };
        var claims = HouseholdClaims.Create(household, [], new ExpenditureClaim { IllnessOrDisasterSpending = true, InDifficultyAfterEmergencyRelief = true }, request).Value;
        var entitlements = HouseholdAssessment.Decide(claims, PolicySets.ZhifuPilot, Date).Value;
        Assert.Equal([Programme.TemporaryAssistance, Programme.EducationAssistance], entitlements.NotSet.Keys.Order());
        Assert.Null(entitlements.Temporary);
        Assert.NotNull(entitlements.Expenditure);
        Assert.Equal(ExpenditureExclusion.Dibao, entitlements.Expenditure!.Assessment.Exclusion);
        Assert.Contains("Temporary assistance: not assessed; the policy does not set temporaryMonths, temporaryCap, temporaryMinorFlatSum on this date.", entitlements.Summary(Language.English), StringComparison.Ordinal);
        Assert.Equal(entitlements.Assessment, HouseholdAssessment.Assess(claims, AssistanceTerms.Resolve(PolicySets.ZhifuPilot, Date).Value));
    }

    [Fact]
    public void Assess_WithLocalValues_DecidesEveryProgramme()
    {
        var table = TemporaryMonths.Create(
            from category in Enum.GetValues<TemporaryCategory>()
            from need in Enum.GetValues<TemporaryNeed>()
            select new TemporaryMonthsRow(category, need, Rate.FromFraction(1m), Rate.FromFraction(2m))).Value;
        var policy = PolicySets.ZhifuPilot
            .With(TemporaryParameters.Months, table, new LocalDate(2014, 5, 1))
            .With(TemporaryParameters.Cap, Money.FromYuan(10_000m), new LocalDate(2014, 5, 1))
            .With(TemporaryParameters.MinorFlatSum, Money.FromYuan(300m), new LocalDate(2014, 5, 1))
            .With(EducationParameters.Standards, EducationStandards.Create([KeyValuePair.Create(SchoolStage.Primary, Money.FromYuan(1_000m)), KeyValuePair.Create(SchoolStage.JuniorSecondary, Money.FromYuan(1_250m))]).Value, new LocalDate(2014, 5, 1));
        var household = Of(Person(Relation.Applicant, Adult, Wages(10_000m)), Person(Relation.Child, new LocalDate(2015, 1, 1)) with { SchoolStage = SchoolStage.Primary });
        var request = new TemporaryAssistanceRequest { Type = HardshipType.Emergency, SuddenCost = Money.FromYuan(50_000m), Need = TemporaryNeed.BasicLiving, Severity = HardshipSeverity.Serious };
        var claims = HouseholdClaims.Create(household, [], temporary: request).Value;
        var entitlements = HouseholdAssessment.Decide(claims, policy, Date).Value;
        Assert.Empty(entitlements.NotSet);
        // Dibao: (950 × 2 × 12 − 10,000) ÷ 12 = 1,066.67; temporary: 950 × 2 × 2 = 3,800; education: 1,000 a year.
        Assert.Equal([Programme.Dibao, Programme.TemporaryAssistance, Programme.EducationAssistance], entitlements.Qualifying);
        Assert.Equal(Money.FromYuan(3_800m), entitlements.Assessment.Amount(Programme.TemporaryAssistance));
        Assert.Equal(Money.FromYuan(1_000m), entitlements.Assessment.Amount(Programme.EducationAssistance));
        Assert.Equal(Money.FromYuan(1_066.67m * 12 + 3_800m + 1_000m), ReformComparison.AnnualValue(entitlements.Assessment));
    }

    [Fact]
    public void Create_BillForAnotherHousehold_IsInvalidWithItsIndex()
    {
        var household = Of(Person(Relation.Applicant, Adult));
        var result = HouseholdClaims.Create(household, [new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(1m) }, new MedicalBill { MemberIndex = 3, TotalCost = Money.FromYuan(1m) }]);
        Assert.Equal("bills[1].memberIndex", Assert.Single(result.ValidationErrors).Identifier);
    }

    [Fact]
    public void Decide_DateBeforeThePolicy_IsInvalid() =>
        Assert.False(HouseholdAssessment.Decide(HouseholdClaims.Of(Of(Person(Relation.Applicant, Adult))), PolicySets.ZhifuPilot, new LocalDate(2000, 1, 1)).IsSuccess);
}
