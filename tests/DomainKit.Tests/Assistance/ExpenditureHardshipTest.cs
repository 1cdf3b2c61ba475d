using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using DomainKit.Validation;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Expenditure-type hardship. Zhifu rule (zhifu-pilot, 2026-03-01): urban consumption ¥34,557.00 a year per
/// person (unconfirmed), margin line for two ¥34,200.00. National rule (national-baseline): disposable income
/// ¥41,314.00, standard ¥800.00 (dibao line for two ¥19,200.00, margin line ¥28,800.00), rigid spending above 50%
/// of income over 12 months, review after 12 months.
/// </summary>
public class ExpenditureHardshipTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);

    private static readonly ExpenditureClaim Struck = new() { IllnessOrDisasterSpending = true, InDifficultyAfterEmergencyRelief = true };

    private static Household Couple(decimal wages) => Of(Person(Relation.Applicant, Adult, Wages(wages)), Person(Relation.Spouse, Adult));

    private static ExpenditureDecision Decide(Household household, ExpenditureClaim claim, PolicySet? policy = null) =>
        ExpenditureHardship.Decide(household, claim, policy ?? PolicySets.ZhifuPilot, Date).Value;

    [Fact]
    public void ZfEx01_AllFourConditions_IncludeTheHouseholdInDibao()
    {
        var decision = Decide(Couple(30_000m), Struck);
        Assert.True(decision.Assessment.IsEligible);
        Assert.Equal(ExpenditureRule.ZhifuConsumption, decision.Assessment.Rule);
        Assert.Null(decision.Assessment.ReviewDue);
        Assert.Equal("Expenditure-hardship household, included in dibao assistance (2026-03-01, policy zhifu-pilot).", decision.Summary(DomainKit.Explanations.Language.English));
        Assert.Contains("ZF-EX-01", decision.Explanation.CitedRuleIds);
    }

    [Fact]
    public void ZfEx01_EachConditionMissing_Excludes()
    {
        Assert.Equal(ExpenditureExclusion.LowIncomeTest, Decide(Couple(34_200m), Struck).Assessment.Exclusion);
        Assert.Equal(ExpenditureExclusion.NoIllnessOrDisasterSpending, Decide(Couple(30_000m), Struck with { IllnessOrDisasterSpending = false }).Assessment.Exclusion);
        Assert.Equal(ExpenditureExclusion.ReliefSufficed, Decide(Couple(30_000m), Struck with { InDifficultyAfterEmergencyRelief = false }).Assessment.Exclusion);
        Assert.Equal(ExpenditureExclusion.Dibao, Decide(Couple(20_000m), Struck).Assessment.Exclusion);
    }

    [Fact]
    public void ZfEx01_IncomeAtTheConsumptionLine_IsNotBelowIt()
    {
        // A single person: the margin line is 1.5 × 950 × 12 = 17,100, so raise it to isolate the consumption test;
        // 34,557 a year is exactly the line, 34,556.99 is below it.
        var policy = PolicySets.ZhifuPilot.With(MarginParameters.IncomeMultiple, Rate.FromFraction(5m), new LocalDate(2026, 1, 1));
        Assert.Equal(ExpenditureExclusion.Income, Decide(Of(Person(Relation.Applicant, Adult, Wages(34_557m))), Struck, policy).Assessment.Exclusion);
        Assert.True(Decide(Of(Person(Relation.Applicant, Adult, Wages(34_556.99m))), Struck, policy).Assessment.IsEligible);
    }

    [Fact]
    [Trait("rule", "EX-01")]
    [Trait("rule", "EX-02")]
    [Trait("rule", "EX-03")]
    public void Ex01_RigidSpendingAboveTheShare_Qualifies_WithAReviewDate()
    {
        var decision = Decide(Couple(40_000m), new ExpenditureClaim { MedicalSpending = Money.FromYuan(20_000m), EducationSpending = Money.FromYuan(5_000m) }, PolicySets.NationalBaseline);
        Assert.True(decision.Assessment.IsEligible);
        Assert.Equal(new LocalDate(2027, 3, 1), decision.Assessment.ReviewDue);
        Assert.Contains("EX-03", decision.Explanation.CitedRuleIds);
    }

    [Property(MaxTest = 500)]
    [Trait("rule", "EX-02")]
    public bool Ex02_RigidSpending_IsMedicalEducationBasicLivingAndRehabilitation(uint medical, uint education, uint living, uint rehabilitation)
    {
        var claim = new ExpenditureClaim
        {
            MedicalSpending = Money.FromFen(medical),
            EducationSpending = Money.FromFen(education),
            BasicLivingSpending = Money.FromFen(living),
            RehabilitationSpending = Money.FromFen(rehabilitation),
        };
        return claim.RigidSpending.Fen == (long)medical + education + living + rehabilitation;
    }

    [Fact]
    public void Ex01_RigidSpendingExactlyAtTheShare_DoesNotQualify() =>
        Assert.Equal(
            ExpenditureExclusion.RigidSpending,
            Decide(Couple(40_000m), new ExpenditureClaim { MedicalSpending = Money.FromYuan(20_000m) }, PolicySets.NationalBaseline).Assessment.Exclusion);

    [Fact]
    public void Ex01_MarginHousehold_IsExcludedByTheNationalRule() =>
        Assert.Equal(
            ExpenditureExclusion.Margin,
            Decide(Couple(25_000m), new ExpenditureClaim { MedicalSpending = Money.FromYuan(20_000m) }, PolicySets.NationalBaseline).Assessment.Exclusion);

    [Fact]
    public void Ex01_ShorterLookback_ScalesIncomeToTheSameMonths()
    {
        // Six months: 12,000 of spending against 50% of 40,000 × 6 / 12 = 10,000.
        var policy = PolicySets.NationalBaseline.With(ExpenditureParameters.LookbackMonths, 6, new LocalDate(2026, 1, 1));
        Assert.True(Decide(Couple(40_000m), new ExpenditureClaim { MedicalSpending = Money.FromYuan(12_000m) }, policy).Assessment.IsEligible);
        Assert.False(Decide(Couple(40_000m), new ExpenditureClaim { MedicalSpending = Money.FromYuan(10_000m) }, policy).Assessment.IsEligible);
    }

    [Fact]
    public void EligibleDecisions_SayWhichRuleAndWhenTheReviewFallsDue()
    {
        var zhifu = Decide(Couple(30_000m), Struck);
        var national = Decide(Couple(40_000m), new ExpenditureClaim { MedicalSpending = Money.FromYuan(30_000m), RecognisedOn = new LocalDate(2025, 9, 15) }, PolicySets.NationalBaseline);
        Assert.True(zhifu.Assessment.IsEligible && national.Assessment.IsEligible);
        Assert.StartsWith("Expenditure-hardship household, included in dibao assistance", zhifu.Summary(Language.English), StringComparison.Ordinal);
        Assert.StartsWith("Rigid-expenditure hardship household until review on 2026-09-15", national.Summary(Language.English), StringComparison.Ordinal);
        Assert.Contains(zhifu.Explanation.Steps, step => step.MessageKey == MessageKeys.ExpenditureZhifuDibao && step.RuleId == "ZF-EX-01");
        Assert.DoesNotContain(zhifu.Explanation.Steps, step => step.MessageKey == MessageKeys.ExpenditureNational);
        Assert.Contains(national.Explanation.Steps, step => step.MessageKey == MessageKeys.ExpenditureNational && step.RuleId == "EX-01");
        Assert.DoesNotContain(national.Explanation.Steps, step => step.MessageKey == MessageKeys.ExpenditureZhifuDibao);
    }

    [Fact]
    public void Ex03_ReviewFallsDueFromTheRecognitionDate()
    {
        var claim = new ExpenditureClaim { MedicalSpending = Money.FromYuan(30_000m), RecognisedOn = new LocalDate(2025, 9, 15) };
        Assert.Equal(new LocalDate(2026, 9, 15), Decide(Couple(40_000m), claim, PolicySets.NationalBaseline).Assessment.ReviewDue);
    }

    [Fact]
    public void NationalRuleBeforeItTookEffect_IsInvalidNamingTheRule()
    {
        var result = ExpenditureHardship.Decide(Couple(40_000m), Struck, PolicySets.NationalBaseline, new LocalDate(2024, 6, 1));
        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == ErrorCodes.ParameterNotInEffect && e.ErrorMessage.Contains("expenditureHardshipRule", StringComparison.Ordinal));
    }

    [Fact]
    public void NegativeSpending_IsInvalidWithItsPath() =>
        Assert.Equal("claim.medicalSpending", Assert.Single(ExpenditureHardship.Decide(Couple(1m), new ExpenditureClaim { MedicalSpending = Money.FromFen(-1) }, PolicySets.ZhifuPilot, Date).ValidationErrors).Identifier);

    [Fact]
    public void Explanation_ReadsInBothLanguages()
    {
        var decision = Decide(Couple(40_000m), new ExpenditureClaim { MedicalSpending = Money.FromYuan(25_000m) }, PolicySets.NationalBaseline);
        Assert.Contains("Rigid spending ¥25000.00 over 12 months exceeds 50% of household income", decision.Explanation.Render(DomainKit.Explanations.Language.English), StringComparison.Ordinal);
        Assert.Contains("12 个月刚性支出 25000.00元 超过同期家庭收入的 50%", decision.Explanation.Render(DomainKit.Explanations.Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool BothRules_FastEqualsExplained_AndTheHierarchyHolds(Household household, LocalDate date, Money spending, bool illness, bool relief)
    {
        var claim = new ExpenditureClaim { MedicalSpending = spending, IllnessOrDisasterSpending = illness, InDifficultyAfterEmergencyRelief = relief };
        var checkDate = date < new LocalDate(2024, 10, 1) ? new LocalDate(2024, 10, 1) : date;
        foreach (var policy in new[] { PolicySets.ZhifuPilot, PolicySets.NationalBaseline })
        {
            var terms = ExpenditureTerms.Resolve(policy, checkDate).Value;
            var fast = ExpenditureHardship.Assess(household, claim, terms);
            var batch = new ExpenditureAssessment[1];
            ExpenditureHardship.AssessAll([(household, claim)], terms, batch);
            var margin = Margin.Assess(household, terms.Margin);
            if (ExpenditureHardship.Decide(household, claim, policy, checkDate).Value.Assessment != fast
                || batch[0] != fast
                || (fast.IsEligible && (Dibao.Assess(household, terms.Margin.Dibao).IsEligible || ExtremePoverty.Assess(household, terms.Margin.ExtremePoverty).IsEligible))
                || (fast.IsEligible && fast.Rule == ExpenditureRule.NationalRigidSpending && margin.IsMargin))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool NationalRule_MoreRigidSpendingNeverRemovesTheStatus(Household household, Money spending, Money more)
    {
        var terms = ExpenditureTerms.Resolve(PolicySets.NationalBaseline, Date).Value;
        var before = ExpenditureHardship.Assess(household, new ExpenditureClaim { MedicalSpending = spending }, terms);
        var after = ExpenditureHardship.Assess(household, new ExpenditureClaim { MedicalSpending = spending, EducationSpending = more }, terms);
        return !before.IsEligible || after.IsEligible;
    }

    [Fact]
    public void RecognisedOn_OutsideItsYearsOrCalendar_IsRefusedForThatAlone()
    {
        string[] Codes(LocalDate on) =>
            [.. ExpenditureHardship.Decide(Couple(40_000m), new ExpenditureClaim { RecognisedOn = on }, PolicySets.ZhifuPilot, Date).ValidationErrors.Select(e => e.ErrorCode)];
        Assert.Equal([ErrorCodes.OutOfRange], Codes(new LocalDate(1879, 12, 31)));
        Assert.Equal([ErrorCodes.DateInvalid], Codes(new LocalDate(1879, 12, 31, CalendarSystem.Julian)));
        Assert.Empty(Codes(new LocalDate(1880, 1, 1)));
    }
}
