using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Households that cannot exist (HH-01) and households in which no member counts (HH-04) are Invalid in every
/// programme, never an ineligible decision showing 0.00.
/// </summary>
public class HouseholdCoherenceTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 5, 5);

    private static Result<Household> Create(params HouseholdMember[] members) => Household.Create(members);

    private static (string Path, string Code)[] Errors<T>(Result<T> result) =>
        [.. result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode))];

    [Fact]
    [Trait("rule", "HH-01")]
    public void TwoSpouses_AreInvalid_AtTheSecond()
    {
        var result = Create(Person(Relation.Applicant, Adult), Person(Relation.Spouse, Adult), Person(Relation.Spouse, new LocalDate(1982, 1, 1)));
        Assert.Equal([("members[2].relation", ErrorCodes.HouseholdSpouseCount)], Errors(result));
    }

    [Fact]
    [Trait("rule", "HH-01")]
    public void NoApplicant_OrTwo_AreInvalid()
    {
        Assert.Equal([("members", ErrorCodes.HouseholdApplicantCount)], Errors(Create(Person(Relation.Spouse, Adult))));
        Assert.Equal([("members", ErrorCodes.HouseholdApplicantCount)], Errors(Create(Person(Relation.Applicant, Adult), Person(Relation.Applicant, Adult))));
    }

    [Fact]
    [Trait("rule", "HH-01")]
    public void BirthDates_ThatContradictTheRelation_AreInvalid()
    {
        // A child born before the applicant, with no spouse to be its parent.
        Assert.Equal([("members[1].birthDate", ErrorCodes.MemberBirthOrder)], Errors(Create(Person(Relation.Applicant, Adult), Person(Relation.Child, Adult.PlusDays(-1)))));

        // Born the same day is no better.
        Assert.Equal([("members[1].birthDate", ErrorCodes.MemberBirthOrder)], Errors(Create(Person(Relation.Applicant, Adult), Person(Relation.Child, Adult))));

        // One day after the applicant is possible.
        Assert.True(Create(Person(Relation.Applicant, Adult), Person(Relation.Child, Adult.PlusDays(1))).IsSuccess);

        // A child of an older spouse (a stepchild) may be born before the applicant, not before both.
        var olderSpouse = new LocalDate(1960, 1, 1);
        Assert.True(Create(Person(Relation.Applicant, Adult), Person(Relation.Spouse, olderSpouse), Person(Relation.Child, new LocalDate(1979, 1, 1))).IsSuccess);
        Assert.Equal(
            [("members[2].birthDate", ErrorCodes.MemberBirthOrder)],
            Errors(Create(Person(Relation.Applicant, Adult), Person(Relation.Spouse, olderSpouse), Person(Relation.Child, olderSpouse.PlusDays(-1)))));

        // A parent or grandparent born on or after the applicant, a grandchild on or before.
        Assert.Equal([("members[1].birthDate", ErrorCodes.MemberBirthOrder)], Errors(Create(Person(Relation.Applicant, Adult), Person(Relation.Parent, Adult))));
        Assert.Equal([("members[1].birthDate", ErrorCodes.MemberBirthOrder)], Errors(Create(Person(Relation.Applicant, Adult), Person(Relation.Grandparent, Adult.PlusYears(1)))));
        Assert.Equal([("members[1].birthDate", ErrorCodes.MemberBirthOrder)], Errors(Create(Person(Relation.Applicant, Adult), Person(Relation.Grandchild, Adult))));
        Assert.True(Create(Person(Relation.Applicant, Adult), Person(Relation.Parent, Adult.PlusDays(-1))).IsSuccess);
    }

    [Fact]
    [Trait("rule", "HH-01")]
    public void ASpouseOrParent_YoungerThanTheAdultAge_IsInvalid_OnTheDate()
    {
        // The Zhifu preset's adult age is 18: a spouse born 2008-03-02 is 17 on 2026-03-01 and 18 on 2026-03-02.
        var household = Of(Person(Relation.Applicant, Adult), Person(Relation.Spouse, new LocalDate(2008, 3, 2)));
        var minor = Dibao.Decide(household, PolicySets.ZhifuPilot, Date);
        Assert.Equal([("members[1].birthDate", ErrorCodes.MemberBelowAdultAge)], Errors(minor));
        Assert.DoesNotContain("2008", string.Join(" ", minor.ValidationErrors.Select(e => e.ErrorMessage)), StringComparison.Ordinal);
        Assert.Contains("未满 18 周岁", ValidationMessages.Render(minor.ValidationErrors.Single(), Language.ChineseSimplified), StringComparison.Ordinal);
        Assert.True(Dibao.Decide(household, PolicySets.ZhifuPilot, Date.PlusDays(1)).IsSuccess);

        // An applicant younger than the parent rule allows is Invalid too: a parent of 17.
        var youngParent = Of(Person(Relation.Applicant, new LocalDate(2024, 1, 1)), Person(Relation.Parent, new LocalDate(2009, 1, 1)));
        Assert.Equal([("members[1].birthDate", ErrorCodes.MemberBelowAdultAge)], Errors(HouseholdAssessment.Decide(HouseholdClaims.Of(youngParent), PolicySets.ZhifuPilot, Date)));
    }

    public static TheoryData<string> Programmes => ["dibao", "dibaoAssess", "margin", "extremePoverty", "expenditure", "medical", "temporary", "education", "household"];

    [Theory]
    [MemberData(nameof(Programmes))]
    [Trait("rule", "HH-04")]
    public void NoCountedMember_IsInvalid_InEveryProgramme_NeverIneligibleAtZero(string programme)
    {
        // The applicant is declared missing and the only other member serves a sentence: no one counts on the date.
        var household = Of(
            Person(Relation.Applicant, Adult, Wages(1_000_000m)) with { Absence = Absence.DeclaredMissing },
            Person(Relation.Spouse, Adult) with { Absence = Absence.ServingSentence });
        var policy = TemporaryAssistanceTest.Local;
        var errors = programme switch
        {
            "dibao" => Errors(Dibao.Decide(household, policy, Date)),
            "dibaoAssess" => Errors(Dibao.Assess(household, policy, Date)),
            "margin" => Errors(Margin.Decide(household, policy, Date)),
            "extremePoverty" => Errors(ExtremePoverty.Decide(household, policy, Date)),
            "expenditure" => Errors(ExpenditureHardship.Decide(household, new ExpenditureClaim { MedicalSpending = Money.FromYuan(50_000m), IllnessOrDisasterSpending = true, InDifficultyAfterEmergencyRelief = true }, policy, Date)),
            "medical" => Errors(MedicalAssistance.Decide(household, new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(20_000m), Inpatient = true }, policy, Date)),
            "temporary" => Errors(TemporaryAssistance.Decide(household, new TemporaryAssistanceRequest { Type = HardshipType.Emergency, SuddenCost = Money.FromYuan(50_000m), Need = TemporaryNeed.BasicLiving, Severity = HardshipSeverity.Serious }, policy, Date)),
            "education" => Errors(EducationAssistance.Decide(household, EducationAssistanceTest.Local, Date)),
            _ => Errors(HouseholdAssessment.Decide(HouseholdClaims.Of(household), policy, Date)),
        };
        Assert.Equal([("members", ErrorCodes.HouseholdNoCountedMember)], errors);
    }

    [Fact]
    [Trait("rule", "HH-04")]
    public void TheSameHousehold_IsDecided_OnceAMemberCounts()
    {
        // Declared missing from 2026-03-02 only: on 2026-03-01 the applicant still counts.
        var household = Of(Person(Relation.Applicant, Adult) with { Absence = Absence.DeclaredMissing, AbsentSince = Date.PlusDays(1) });
        Assert.Equal(1, Dibao.Decide(household, PolicySets.ZhifuPilot, Date).Value.CountedMembers);
        Assert.Equal([("members", ErrorCodes.HouseholdNoCountedMember)], Errors(Dibao.Decide(household, PolicySets.ZhifuPilot, Date.PlusDays(1))));
    }
}
