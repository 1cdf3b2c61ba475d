using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// A person who lives with or belongs to the household, described by facts, not by a verdict:
/// whether they count as a member (HH-01, HH-02) is decided for a date by the means test.
/// </summary>
/// <remarks>
/// No name or ID number is held: rules do not need them, and explanations never show them.
/// Members are identified by their position in <see cref="Household.Members"/>.
/// Instances are immutable and thread-safe; a household validates its members when created.
/// </remarks>
public sealed record HouseholdMember
{
    /// <summary>The relation to the applicant.</summary>
    public required Relation Relation { get; init; }

    /// <summary>The date of birth, which decides whether a child is a minor on the date of evaluation.</summary>
    public required LocalDate BirthDate { get; init; }

    /// <summary>For an adult child: whether they can live independently (if so they do not count).</summary>
    public bool LivesIndependently { get; init; }

    /// <summary>For an adult child: whether they are a full-time student up to bachelor level (if so they count).</summary>
    public bool FullTimeStudent { get; init; }

    /// <summary>For a parent, grandparent, grandchild or sibling: whether they live with the household long-term (default true).</summary>
    public bool LivesWithHousehold { get; init; } = true;

    /// <summary>Why the member is away, if they are.</summary>
    public Absence Absence { get; init; }

    /// <summary>
    /// When the absence began: required for <see cref="Absence.ReligiousLife"/>, optional for the other
    /// absences. An absence that begins after the date of evaluation does not yet apply.
    /// </summary>
    public LocalDate? AbsentSince { get; init; }

    /// <summary>A certified disability, if the member has one (TK-02, MD-02).</summary>
    public Disability? Disability { get; init; }

    /// <summary>Whether the member is seriously ill (重病), which opens the single-member dibao route for a margin household (MD-02).</summary>
    public bool SeriouslyIll { get; init; }

    /// <summary>
    /// Whether someone with a legal duty to support the member (法定赡养、抚养、扶养义务人) is able to do so
    /// (default true). Extreme poverty (TK-01) requires that nobody is.
    /// </summary>
    public bool HasAbleSupporter { get; init; } = true;

    /// <summary>Whether the member is already enrolled as an extreme-poverty person; minors stay enrolled until adulthood (TK-04).</summary>
    public bool EnrolledInExtremePoverty { get; init; }

    /// <summary>Consecutive suitable job referrals the member refused without good reason (DB-07).</summary>
    public int RefusedJobReferrals { get; init; }

    /// <summary>The stage of schooling the member is in, if any (ED-01).</summary>
    public SchoolStage SchoolStage { get; init; }

    /// <summary>The member's income items over the assessment window.</summary>
    public ImmutableArray<Income> Incomes { get; init; } = [];
}
