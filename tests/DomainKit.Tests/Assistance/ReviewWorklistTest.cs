using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Assistance;

/// <summary>The review worklist: March and September for everyone in Zhifu (ZF-VR-02), dibao every 12 or 6 months (DB-10), expenditure hardship after 12 months (EX-03).</summary>
public class ReviewWorklistTest
{
    private static Recipient Dibao(string id, LocalDate recognised, bool stable, LocalDate? reviewed = null) =>
        new() { CaseId = id, Programme = Programme.Dibao, RecognisedOn = recognised, LastReviewedOn = reviewed, StableIncome = stable };

    [Fact]
    public void ZfVr02_InMarch_EveryoneNotYetReviewedThisMonth_IsDue()
    {
        Recipient[] recipients =
        [
            Dibao("case-a", new LocalDate(2025, 11, 1), stable: true),
            Dibao("case-b", new LocalDate(2025, 11, 1), stable: true, reviewed: new LocalDate(2026, 3, 2)),
        ];
        var list = ReviewWorklist.For(recipients, PolicySets.ZhifuPilot, new LocalDate(2026, 3, 10)).Value;
        var due = Assert.Single(list);
        Assert.Equal("case-a", due.CaseId);
        Assert.Equal(new ReviewReason("ZF-VR-02", new LocalDate(2026, 3, 1)), Assert.Single(due.Reasons));
        Assert.Empty(ReviewWorklist.For(recipients, PolicySets.ZhifuPilot, new LocalDate(2026, 4, 10)).Value);
        Assert.Empty(ReviewWorklist.For(recipients, PolicySets.NationalBaseline, new LocalDate(2026, 3, 10)).Value);
    }

    [Fact]
    public void Db10_UnstableEverySixMonths_StableEveryTwelve()
    {
        Recipient[] recipients =
        [
            Dibao("unstable", new LocalDate(2025, 10, 15), stable: false),
            Dibao("stable", new LocalDate(2025, 10, 15), stable: true),
        ];
        var list = ReviewWorklist.For(recipients, PolicySets.NationalBaseline, new LocalDate(2026, 4, 15)).Value;
        Assert.Equal(new ReviewReason("DB-10", new LocalDate(2026, 4, 15)), Assert.Single(Assert.Single(list).Reasons));
        Assert.Empty(ReviewWorklist.For(recipients, PolicySets.NationalBaseline, new LocalDate(2026, 4, 14)).Value);
        Assert.Equal(2, ReviewWorklist.For(recipients, PolicySets.NationalBaseline, new LocalDate(2026, 10, 15)).Value.Length);
    }

    [Fact]
    public void Ex03_ExpenditureHardship_IsDueAfterTwelveMonths_WhereThePolicySetsIt()
    {
        var recipient = new Recipient { CaseId = "case-x", Programme = Programme.ExpenditureHardship, RecognisedOn = new LocalDate(2025, 3, 1) };
        Assert.Equal("EX-03", Assert.Single(Assert.Single(ReviewWorklist.For([recipient], PolicySets.NationalBaseline, new LocalDate(2026, 3, 1)).Value).Reasons).RuleId);
        var missing = ReviewWorklist.For([recipient], PolicySets.ZhifuPilot, new LocalDate(2026, 4, 1));
        Assert.Equal(ErrorCodes.ParameterMissing, Assert.Single(missing.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void BothReasons_AreListed_EarliestFirst()
    {
        var recipient = Dibao("case-c", new LocalDate(2025, 8, 20), stable: false);
        var due = Assert.Single(ReviewWorklist.For([recipient], PolicySets.ZhifuPilot, new LocalDate(2026, 3, 5)).Value);
        Assert.Equal(["DB-10", "ZF-VR-02"], due.Reasons.Select(r => r.RuleId));
    }

    [Fact]
    public void BadRecipient_IsInvalidWithItsPosition() =>
        Assert.Equal("recipients[0]", Assert.Single(ReviewWorklist.For([new Recipient { CaseId = " ", Programme = Programme.Dibao, RecognisedOn = new LocalDate(2026, 1, 1) }], PolicySets.ZhifuPilot, new LocalDate(2026, 3, 1)).ValidationErrors).Identifier);
}
