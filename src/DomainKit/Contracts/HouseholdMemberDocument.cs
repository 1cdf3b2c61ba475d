using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>One person of a <see cref="HouseholdDocument"/>.</summary>
[Description("One person listed in the household.")]
public sealed record HouseholdMemberDocument
{
    /// <summary>The relation to the applicant.</summary>
    [Description("The relation to the applicant (HH-01).")]
    public required Relation Relation { get; init; }

    /// <summary>The date of birth.</summary>
    [Description("The date of birth, 1880-01-01 to 2200-12-31.")]
    public required LocalDate BirthDate { get; init; }

    /// <summary>For an adult child: able to live independently. Default false.</summary>
    [Description("For an adult child: able to live independently (then not counted). Default false.")]
    public bool? LivesIndependently { get; init; }

    /// <summary>For an adult child: a full-time student up to bachelor level. Default false.</summary>
    [Description("For an adult child: a full-time student up to bachelor level (then counted). Default false.")]
    public bool? FullTimeStudent { get; init; }

    /// <summary>For a parent, grandparent, grandchild or sibling: lives with the household long-term. Default true.</summary>
    [Description("For a parent, grandparent, grandchild or sibling: lives with the household long-term. Default true.")]
    public bool? LivesWithHousehold { get; init; }

    /// <summary>Why the member is away, if away. Default none.</summary>
    [Description("Why the member is away, if away (HH-02). Default none.")]
    public Absence? Absence { get; init; }

    /// <summary>When the absence began; required for religious life.</summary>
    [Description("When the absence began: required for religiousLife, and absent when absence is none.")]
    public LocalDate? AbsentSince { get; init; }

    /// <summary>A certified disability.</summary>
    [Description("A certified disability (TK-02, MD-02).")]
    public DisabilityDocument? Disability { get; init; }

    /// <summary>Seriously ill, a flag and never a diagnosis. Default false.</summary>
    [Description("Seriously ill, for single-member dibao in a margin household (MD-02); a flag, never a diagnosis. Default false.")]
    public bool? SeriouslyIll { get; init; }

    /// <summary>Someone with a legal duty of support is able to support the member. Default true.</summary>
    [Description("Someone with a legal duty of support is able to support the member (TK-01). Default true.")]
    public bool? HasAbleSupporter { get; init; }

    /// <summary>Already enrolled as an extreme-poverty person. Default false.</summary>
    [Description("Already enrolled as an extreme-poverty person; minors stay until 18 (TK-04). Default false.")]
    public bool? EnrolledInExtremePoverty { get; init; }

    /// <summary>The school stage. Default none.</summary>
    [Description("The school stage (ED-01). Default none.")]
    public SchoolStage? SchoolStage { get; init; }

    /// <summary>Consecutive suitable job referrals refused without good reason. Default 0.</summary>
    [Range(0, 1000)]
    [Description("Consecutive suitable job referrals refused without good reason (DB-07). Default 0.")]
    public int? RefusedJobReferrals { get; init; }

    /// <summary>The member's income items.</summary>
    [Description("The member's income items (0 to 100).")]
    public ImmutableArray<IncomeDocument>? Incomes { get; init; }
}
