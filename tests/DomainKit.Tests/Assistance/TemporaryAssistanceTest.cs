using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Temporary assistance. The bundled presets hold no month table, cap or flat sum (TA-05 gives none), so
/// these tests set them on the Zhifu pilot: months extreme poverty 3/6, dibao 2/5, others 1/4 for basic
/// living; medical 2/10; education 2/6; cap ¥20,000; flat sum ¥500; instalments after 3 months, at most 6.
/// </summary>
public class TemporaryAssistanceTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);

    private static readonly TemporaryMonths Table = TemporaryMonths.Create(
        from category in Enum.GetValues<TemporaryCategory>()
        from need in Enum.GetValues<TemporaryNeed>()
        let months = (category, need) switch
        {
            (_, TemporaryNeed.Medical) => (2m, 10m),
            (_, TemporaryNeed.Education) => (2m, 6m),
            (TemporaryCategory.ExtremePoverty, _) => (3m, 6m),
            (TemporaryCategory.Dibao, _) => (2m, 5m),
            _ => (1m, 4m),
        }
        select new TemporaryMonthsRow(category, need, Rate.FromFraction(months.Item1), Rate.FromFraction(months.Item2))).Value;

    internal static readonly PolicySet Local = PolicySets.ZhifuPilot
        .With(TemporaryParameters.Months, Table, new LocalDate(2014, 5, 1), Provenance.Primary("Test city temporary-assistance rules"))
        .With(TemporaryParameters.Cap, Money.FromYuan(20_000m), new LocalDate(2014, 5, 1), Provenance.Primary("Test city temporary-assistance rules"))
        .With(TemporaryParameters.MinorFlatSum, Money.FromYuan(500m), new LocalDate(2014, 5, 1), Provenance.Primary("Test city temporary-assistance rules"));

    private static TemporaryAssistanceRequest Request(HardshipSeverity severity = HardshipSeverity.Serious, TemporaryNeed need = TemporaryNeed.BasicLiving) =>
        new() { Type = HardshipType.Emergency, SuddenCost = Money.FromYuan(50_000m), Need = need, Severity = severity };

    // Not dibao under Zhifu (40,000 > 22,800): category "other".
    private static readonly Household Other = Of(Person(Relation.Applicant, Adult, Wages(40_000m)), Person(Relation.Spouse, Adult));

    // Dibao: 10,000 < 22,800.
    private static readonly Household DibaoCouple = Of(Person(Relation.Applicant, Adult, Wages(10_000m)), Person(Relation.Spouse, Adult));

    private static TemporaryDecision Decide(Household household, TemporaryAssistanceRequest request, PolicySet? policy = null) =>
        TemporaryAssistance.Decide(household, request, policy ?? Local, Date).Value;

    [Fact]
    public void Ta05_WithoutTheLocalTable_IsParameterNotSet_NeverZero()
    {
        var result = TemporaryAssistance.Decide(Other, Request(), PolicySets.ZhifuPilot, Date);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == ErrorCodes.ParameterMissing && e.ErrorMessage.Contains("temporaryMonths", StringComparison.Ordinal));
        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == ErrorCodes.ParameterMissing && e.ErrorMessage.Contains("temporaryCap", StringComparison.Ordinal));
    }

    [Fact]
    public void Ta05_StandardTimesMembersTimesMonths_ByCategory()
    {
        // Other, serious basic living: 950 × 2 × 4 = 7,600. Dibao: 950 × 2 × 5 = 9,500.
        Assert.Equal(Money.FromYuan(7_600m), Decide(Other, Request()).Amount);
        Assert.Equal(TemporaryCategory.Dibao, Decide(DibaoCouple, Request()).Assessment.Category);
        Assert.Equal(Money.FromYuan(9_500m), Decide(DibaoCouple, Request()).Amount);
        Assert.Equal(Money.FromYuan(1_900m), Decide(Other, Request(HardshipSeverity.Moderate)).Amount);
    }

    [Fact]
    public void Ta05_ExtremePovertyHousehold_UsesItsBand()
    {
        var household = Of(Person(Relation.Applicant, new LocalDate(1950, 1, 1)) with { HasAbleSupporter = false });
        var decision = Decide(household, Request());
        Assert.Equal(TemporaryCategory.ExtremePoverty, decision.Assessment.Category);
        Assert.Equal(Money.FromYuan(5_700m), decision.Amount);   // 950 × 1 × 6
    }

    [Fact]
    public void Ta05_CapReachedExactly_AndExceeded()
    {
        // Medical, serious: 950 × 2 × 10 = 19,000 under the cap; a raised cap of exactly 19,000 still pays it all; 18,999.99 caps it.
        Assert.Equal(Money.FromYuan(19_000m), Decide(Other, Request(need: TemporaryNeed.Medical)).Amount);
        var atCap = Local.With(TemporaryParameters.Cap, Money.FromYuan(19_000m), new LocalDate(2026, 1, 1));
        Assert.Equal(Money.FromYuan(19_000m), Decide(Other, Request(need: TemporaryNeed.Medical), atCap).Amount);
        var belowCap = Local.With(TemporaryParameters.Cap, Money.FromYuan(18_999.99m), new LocalDate(2026, 1, 1));
        Assert.Equal(Money.FromYuan(18_999.99m), Decide(Other, Request(need: TemporaryNeed.Medical), belowCap).Amount);
    }

    [Fact]
    public void Ta05_MinorEmergency_IsTheFlatSum() =>
        Assert.Equal(Money.FromYuan(500m), Decide(Other, Request(HardshipSeverity.Minor)).Amount);

    [Fact]
    public void Ta05_FractionalMonths_RoundOnce()
    {
        // 2.5 months × 950.01 × 1 = 2,375.025 → 2,375.03.
        var table = TemporaryMonths.Create(Table.Rows.Select(r => r with { Moderate = Rate.FromFraction(1m), Serious = Rate.FromFraction(2.5m) })).Value;
        var policy = Local.With(TemporaryParameters.Months, table, new LocalDate(2026, 1, 1))
            .With(DibaoParameters.StandardMonthly, Money.FromYuan(950.01m), new LocalDate(2026, 1, 1));
        Assert.Equal(Money.FromYuan(2_375.03m), Decide(Of(Person(Relation.Applicant, Adult, Wages(40_000m))), Request(), policy).Amount);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 4)]
    [InlineData(9, 6)]
    public void Ta06_LongHardship_IsPaidInMonthlyInstalments(int expectedMonths, int instalments)
    {
        var decision = Decide(Other, Request() with { ExpectedMonths = expectedMonths });
        Assert.Equal(instalments, decision.Assessment.Instalments);
        var parts = decision.Assessment.InstalmentAmounts();
        Assert.Equal(instalments, parts.Count);
        Assert.Equal(decision.Amount, parts.Aggregate(Money.Zero, (sum, part) => sum + part));
    }

    [Fact]
    public void Ta03_UrgentEmergency_IsPaidFirst_WithTheDeadlineWhenSet()
    {
        var urgent = Request() with { Urgent = true };
        var decision = Decide(Other, urgent);
        Assert.True(decision.Assessment.PayFirst);
        Assert.Null(decision.PaperworkDeadlineDays);
        var withDeadline = Local.With(TemporaryParameters.PaperworkDeadlineDays, 10, new LocalDate(2026, 1, 1));
        Assert.Equal(10, Decide(Other, urgent, withDeadline).PaperworkDeadlineDays);
        Assert.False(Decide(Other, urgent with { Type = HardshipType.Expenditure }).Assessment.PayFirst);
        Assert.Contains("ZF-TA-01", Decide(Other, urgent, withDeadline).Explanation.AllSteps.SelectMany(s => s.Parameters).Select(p => p.Parameter.RuleId));
    }

    [Fact]
    public void Ta04_NonResident_GoesToTheCountyReliefAgency()
    {
        Assert.Equal(ApplicationRoute.Township, Decide(Other, Request() with { Residence = Residence.ResidencePermit }).Assessment.Route);
        Assert.Equal(ApplicationRoute.CountyReliefAgency, Decide(Other, Request() with { Residence = Residence.NonResident }).Assessment.Route);
    }

    [Fact]
    public void NoCountedMember_IsInvalid()
    {
        var result = TemporaryAssistance.Decide(Of(Person(Relation.Applicant, Adult) with { Absence = Absence.DeclaredMissing }), Request(), Local, Date);
        Assert.Equal(ErrorCodes.HouseholdNoCountedMember, Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    [Trait("rule", "TA-01")]
    public void Ta01_AWellOffHousehold_IsNeverGranted()
    {
        // Regression: 1,000,000 yuan of income and 5,000,000 in deposits were granted four months of the standard.
        var rich = Of(new HouseholdAssets { FinancialAssets = Money.FromYuan(5_000_000m) }, Person(Relation.Applicant, Adult, Wages(1_000_000m)));
        var decision = Decide(rich, Request() with { ExpectedMonths = 4 });
        Assert.False(decision.Assessment.Granted);
        Assert.Equal(Money.Zero, decision.Amount);

        // Own resources: 5,000,000 + (1,000,000 − 950 × 1 × 12 = 988,600) = 5,988,600.00.
        Assert.Equal(Money.FromYuan(5_988_600m), decision.Assessment.OwnResources);
        var step = Assert.Single(decision.Explanation.Steps, s => s.RuleId == "TA-01" && s.Outcome == DomainKit.Explanations.StepOutcome.Failed);
        Assert.Contains("¥5988600.00", step.Reason(DomainKit.Explanations.Language.English), StringComparison.Ordinal);
        Assert.Contains("不予救助", step.Reason(DomainKit.Explanations.Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("rule", "TA-01")]
    public void Ta01_TheSuddenCost_MustExceedWhatTheHouseholdCanMeet_ByOneFen()
    {
        // Zhifu 2026-03-01: line 950 × 2 × 12 = 22,800; wages 40,000 leave 17,200 above it; deposits 3,000: 20,200.00.
        var household = Of(new HouseholdAssets { FinancialAssets = Money.FromYuan(3_000m) }, Person(Relation.Applicant, Adult, Wages(40_000m)), Person(Relation.Spouse, Adult));
        var atResources = Decide(household, Request() with { SuddenCost = Money.FromYuan(20_200m) });
        Assert.Equal(Money.FromYuan(20_200m), atResources.Assessment.OwnResources);
        Assert.False(atResources.Assessment.Granted);
        var oneFenMore = Decide(household, Request() with { SuddenCost = Money.FromFen(2_020_001) });
        Assert.True(oneFenMore.Assessment.Granted);

        // Below the line, no income is spare: only the deposits count (10,000 < 22,800).
        var poor = Of(new HouseholdAssets { FinancialAssets = Money.FromYuan(3_000m) }, Person(Relation.Applicant, Adult, Wages(10_000m)), Person(Relation.Spouse, Adult));
        Assert.Equal(Money.FromYuan(3_000m), Decide(poor, Request() with { SuddenCost = Money.FromYuan(3_000.01m) }).Assessment.OwnResources);
        Assert.True(Decide(poor, Request() with { SuddenCost = Money.FromYuan(3_000.01m) }).Assessment.Granted);
    }

    [Fact]
    [Trait("rule", "TA-01")]
    public void Ta01_ARequestWithoutASuddenCost_IsInvalid()
    {
        var result = TemporaryAssistance.Decide(Other, Request() with { SuddenCost = Money.Zero }, Local, Date);
        Assert.Equal("request.suddenCost", Assert.Single(result.ValidationErrors).Identifier);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(DomainArbitraries)])]
    [Trait("rule", "TA-01")]
    public bool Ta01_MoreIncomeOrDeposits_NeverTurnARefusalIntoAGrant(Household household, LocalDate date, PositiveInt suddenYuan, PositiveInt extraYuan)
    {
        var terms = TemporaryTerms.Resolve(Local, date).Value;
        var request = Request() with { SuddenCost = Money.FromYuan(suddenYuan.Get) };
        var before = TemporaryAssistance.Assess(household, request, terms);
        var richerAssets = DomainArbitraries.Build(household.Members, household.Assets with { FinancialAssets = household.Assets.FinancialAssets + Money.FromYuan(extraYuan.Get) });
        var applicant = household.Members.First(m => m.Relation == Relation.Applicant);
        var richerIncome = DomainArbitraries.Build(household.Members.Replace(applicant, applicant with { Incomes = applicant.Incomes.Add(Wages(extraYuan.Get)) }), household.Assets);
        return (before.Granted || !TemporaryAssistance.Assess(richerAssets, request, terms).Granted)
            && (before.Granted || !TemporaryAssistance.Assess(richerIncome, request, terms).Granted)
            && (before.Granted == (request.SuddenCost > before.OwnResources));
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(DomainArbitraries)])]
    [Trait("rule", "TA-01")]
    public bool Ta01_AHouseholdWhoseDepositsCoverTheCost_IsNeverGranted(Household household, LocalDate date, PositiveInt suddenYuan, NonNegativeInt moreYuan)
    {
        var terms = TemporaryTerms.Resolve(Local, date).Value;
        var cost = Money.FromYuan(suddenYuan.Get);
        var wellOff = DomainArbitraries.Build(household.Members, household.Assets with { FinancialAssets = cost + Money.FromYuan(moreYuan.Get) });
        return Enum.GetValues<HardshipType>().All(type => !TemporaryAssistance.Assess(wellOff, Request() with { Type = type, SuddenCost = cost }, terms).Granted);
    }

    [Fact]
    public void BadRequest_IsInvalidWithItsPath()
    {
        var result = TemporaryAssistance.Decide(Other, Request() with { ExpectedMonths = 0, Need = (TemporaryNeed)9 }, Local, Date);
        Assert.Contains(result.ValidationErrors, e => e.Identifier == "request.expectedMonths");
        Assert.Contains(result.ValidationErrors, e => e.Identifier == "request.need");
    }

    [Fact]
    public void Explanation_ReadsInBothLanguages()
    {
        var decision = Decide(Other, Request() with { ExpectedMonths = 4 });
        Assert.Contains("Standard ¥950.00 × 2 members × 4 months = ¥7600.00", decision.Explanation.Render(DomainKit.Explanations.Language.English), StringComparison.Ordinal);
        Assert.Contains("分 4 个月按月发放（¥1900.00 + ¥1900.00 + ¥1900.00 + ¥1900.00）", decision.Explanation.Render(DomainKit.Explanations.Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool FastPath_EqualsExplainedPath_AndAmountsAreBounded(Household household, LocalDate date, byte need, byte severity, byte months, bool urgent, PositiveInt suddenYuan)
    {
        var request = new TemporaryAssistanceRequest
        {
            Type = HardshipType.Emergency,
            SuddenCost = Money.FromYuan(suddenYuan.Get),
            Need = (TemporaryNeed)(1 + (need % 3)),
            Severity = (HardshipSeverity)(1 + (severity % 3)),
            ExpectedMonths = 1 + (months % 12),
            Urgent = urgent,
        };
        var terms = TemporaryTerms.Resolve(Local, date).Value;
        var fast = TemporaryAssistance.Assess(household, request, terms);
        var explained = TemporaryAssistance.Decide(household, request, Local, date).Value;
        var parts = fast.InstalmentAmounts();
        var batch = new TemporaryAssessment[1];
        TemporaryAssistance.AssessAll([(household, request)], terms, batch);
        return explained.Assessment == fast
            && batch[0] == fast
            && !fast.Amount.IsNegative
            && fast.Amount <= terms.Cap.Value
            && parts.Aggregate(Money.Zero, (sum, p) => sum + p) == fast.Amount
            && parts.All(p => !p.IsNegative);
    }
}
