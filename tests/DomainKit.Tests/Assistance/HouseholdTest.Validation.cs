using System.Collections.Immutable;
using DomainKit.Assistance;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

public partial class HouseholdTest
{
    private static readonly LocalDate Born = new(1980, 1, 1);

    private static void AssertInvalid(Ardalis.Result.Result<Household> result, string path, string code)
    {
        Assert.False(result.IsSuccess);
        Assert.Contains(result.ValidationErrors, e => e.Identifier == path && e.ErrorCode == code);
    }

    [Fact]
    public void Create_NoMembers_IsInvalid() =>
        AssertInvalid(Household.Create([]), "members", ErrorCodes.HouseholdNoMembers);

    [Fact]
    public void Create_TwoApplicants_IsInvalid() =>
        AssertInvalid(Household.Create([Person(Relation.Applicant, Born), Person(Relation.Applicant, Born)]), "members", ErrorCodes.HouseholdApplicantCount);

    [Fact]
    public void Create_NoApplicant_IsInvalid() =>
        AssertInvalid(Household.Create([Person(Relation.Spouse, Born)]), "members", ErrorCodes.HouseholdApplicantCount);

    [Fact]
    public void Create_NegativeIncome_IsInvalidWithItsFieldPath() =>
        AssertInvalid(
            Household.Create([Person(Relation.Applicant, Born), Person(Relation.Spouse, Born, Wages(10m), new Income(IncomeKind.Other, Money.FromYuan(-1m)))]),
            "members[1].incomes[1].amount",
            ErrorCodes.AmountNegative);

    [Fact]
    public void Create_HugeIncome_IsInvalid() =>
        AssertInvalid(
            Household.Create([Person(Relation.Applicant, Born, new Income(IncomeKind.Wages, Money.FromFen(long.MaxValue)))]),
            "members[0].incomes[0].amount",
            ErrorCodes.OutOfRange);

    [Fact]
    public void Create_ReligiousLifeWithoutStartDate_IsInvalid() =>
        AssertInvalid(
            Household.Create([Person(Relation.Applicant, Born), Person(Relation.Child, Born) with { Absence = Absence.ReligiousLife }]),
            "members[1].absentSince",
            ErrorCodes.MemberAbsenceDateRequired);

    [Fact]
    public void Create_AbsenceDateWithoutAbsence_IsInvalid() =>
        AssertInvalid(
            Household.Create([Person(Relation.Applicant, Born) with { AbsentSince = Born }]),
            "members[0].absentSince",
            ErrorCodes.MemberAbsenceDateUnexpected);

    [Fact]
    public void Create_UndefinedEnumValues_AreInvalid()
    {
        var result = Household.Create([Person(Relation.Applicant, Born), Person((Relation)99, Born, new Income((IncomeKind)77, Money.Zero))]);
        AssertInvalid(result, "members[1].relation", ErrorCodes.UnknownName);
        AssertInvalid(result, "members[1].incomes[0].kind", ErrorCodes.UnknownName);
    }

    [Fact]
    public void Create_UnknownDisabilityGrade_IsInvalid()
    {
        var result = Household.Create([Person(Relation.Applicant, Born) with { Disability = new Disability(DisabilityKind.Physical, 0) }]);
        AssertInvalid(result, "members[0].disability.grade", ErrorCodes.OutOfRange);
        AssertInvalid(Household.Create([Person(Relation.Applicant, Born) with { Disability = new Disability((DisabilityKind)42, 1) }]), "members[0].disability.kind", ErrorCodes.UnknownName);
    }

    [Fact]
    public void Create_DateInAnotherCalendar_IsInvalid() =>
        AssertInvalid(
            Household.Create([Person(Relation.Applicant, new LocalDate(1980, 1, 1, CalendarSystem.Julian))]),
            "members[0].birthDate",
            ErrorCodes.DateInvalid);

    [Fact]
    public void Decide_EvaluationDateInAnotherCalendar_IsTheSameDay()
    {
        var household = Household.Create([Person(Relation.Applicant, Born, Wages(6_000m))]).Value;
        var iso = new LocalDate(2026, 3, 1);
        var julian = iso.WithCalendar(CalendarSystem.Julian);
        Assert.Equal(
            Dibao.Decide(household, DomainKit.Policies.PolicySets.ZhifuPilot, iso).Value.Assessment,
            Dibao.Decide(household, DomainKit.Policies.PolicySets.ZhifuPilot, julian).Value.Assessment);
    }

    [Fact]
    public void Create_BirthDateOutOfRange_IsInvalid() =>
        AssertInvalid(Household.Create([Person(Relation.Applicant, new LocalDate(1500, 1, 1))]), "members[0].birthDate", ErrorCodes.OutOfRange);

    [Fact]
    public void Create_NegativeAssets_AreInvalid()
    {
        var result = Household.Create(
            [Person(Relation.Applicant, Born)],
            new HouseholdAssets { FinancialAssets = Money.FromFen(-1), HomesOwned = -1, BusinessEquity = Money.FromFen(-1) });
        AssertInvalid(result, "assets.financialAssets", ErrorCodes.AmountNegative);
        AssertInvalid(result, "assets.homesOwned", ErrorCodes.OutOfRange);
        AssertInvalid(result, "assets.businessEquity", ErrorCodes.AmountNegative);
    }

    [Fact]
    public void Create_TooManyMembers_IsInvalid() =>
        AssertInvalid(
            Household.Create(Enumerable.Range(0, Household.MaxMembers + 1).Select(i => Person(i == 0 ? Relation.Applicant : Relation.Child, Born))),
            "members",
            ErrorCodes.HouseholdTooManyMembers);

    [Fact]
    public void Create_DefaultIncomesArray_IsTreatedAsNoIncome()
    {
        var result = Household.Create([Person(Relation.Applicant, Born) with { Incomes = default }]);
        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Create_Valid_KeepsMembersInOrder()
    {
        ImmutableArray<HouseholdMember> members = [Person(Relation.Applicant, Born), Person(Relation.Spouse, Born)];
        var household = Household.Create(members).Value;
        // ImmutableArray's own equality compares array references, so compare the items.
        Assert.Equal(members.AsEnumerable(), household.Members.AsEnumerable());
        Assert.Same(HouseholdAssets.None, household.Assets);
    }
}
