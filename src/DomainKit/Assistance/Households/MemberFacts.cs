using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// What the rules read of one member, packed once when the household is created: the means test then walks one
/// contiguous array instead of following each member's record, its disability and its income records.
/// </summary>
/// <remarks>
/// Fields rather than properties: the fast path reads them in place. Every value is the member's own; nothing
/// depends on a date or a policy, so the facts never go stale.
/// </remarks>
internal readonly struct MemberFacts
{
    /// <summary>The date key of "not away" (<see cref="AbsentSinceKey"/>): before every date, so an absence without a start has begun.</summary>
    private const int NoAbsenceStart = int.MinValue;

    public readonly LocalDate BirthDate;
    public readonly int BirthKey;
    public readonly LocalDate? AbsentSince;
    public readonly int AbsentSinceKey;
    public readonly Relation Relation;
    public readonly Absence Absence;
    public readonly bool LivesIndependently;
    public readonly bool FullTimeStudent;
    public readonly bool LivesWithHousehold;
    public readonly bool HasAbleSupporter;
    public readonly bool EnrolledInExtremePoverty;
    public readonly bool SeriouslyIll;

    // The narrow fields, in this order, keep the facts at 64 bytes, one cache line: a grade is 1 to 4 and the referrals
    // at most 1000 (HouseholdChecks), and a disability's kind is stored as 0 for none rather than as a nullable.
    public readonly byte DisabilityGrade;
    public readonly short RefusedJobReferrals;
    private readonly DisabilityKind disabilityKind;
    public readonly SchoolStage SchoolStage;

    /// <summary>HH-03: the member's counted incomes stated over the whole window, exact.</summary>
    public readonly long CountedWindowIncomeFen;

    /// <summary>HH-03: the member's counted incomes stated per month, exact; counted once per month of the window.</summary>
    public readonly long CountedMonthlyIncomeFen;

    public MemberFacts(HouseholdMember member)
    {
        BirthDate = member.BirthDate;
        BirthKey = Dates.Key(member.BirthDate);
        AbsentSince = member.AbsentSince;
        AbsentSinceKey = member.AbsentSince is { } since ? Dates.Key(since) : NoAbsenceStart;
        Relation = member.Relation;
        Absence = member.Absence;
        LivesIndependently = member.LivesIndependently;
        FullTimeStudent = member.FullTimeStudent;
        LivesWithHousehold = member.LivesWithHousehold;
        HasAbleSupporter = member.HasAbleSupporter;
        EnrolledInExtremePoverty = member.EnrolledInExtremePoverty;
        SeriouslyIll = member.SeriouslyIll;
        disabilityKind = member.Disability?.Kind ?? default;
        DisabilityGrade = checked((byte)(member.Disability?.Grade ?? 0));
        RefusedJobReferrals = checked((short)member.RefusedJobReferrals);
        SchoolStage = member.SchoolStage;
        (CountedWindowIncomeFen, CountedMonthlyIncomeFen) = MeansTest.CountedIncome(member);
    }

    /// <summary>HH-03: the member's counted income over a window of <paramref name="windowMonths"/> months, exact.</summary>
    public long CountedIncomeFen(int windowMonths) =>
        CountedMonthlyIncomeFen == 0 ? CountedWindowIncomeFen : checked(CountedWindowIncomeFen + (CountedMonthlyIncomeFen * windowMonths));

    /// <summary>The kind of the member's disability, or null for none.</summary>
    public DisabilityKind? DisabilityKind => disabilityKind == default ? null : disabilityKind;

    /// <summary>Whether the member has a disability of any kind.</summary>
    public bool Disabled => DisabilityKind is not null;
}
