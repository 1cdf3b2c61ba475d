using System.Globalization;

namespace DomainKit.Assistance;

/// <summary>
/// The field path of one input of a household member, such as <c>members[2].birthDate</c>. Explanations cite the
/// same few paths for every household, so each is made once per member index and kept.
/// </summary>
internal sealed class MemberPath
{
    // Households beyond this size are rare; their extra paths are made on each use rather than kept.
    private const int Kept = 32;

    private readonly string field;
    private readonly string?[] paths = new string?[Kept];

    private MemberPath(string field) => this.field = field;

    /// <summary>The member itself: <c>members[i]</c>.</summary>
    public static MemberPath Member { get; } = new(string.Empty);

    public static MemberPath Relation { get; } = new(".relation");

    public static MemberPath BirthDate { get; } = new(".birthDate");

    public static MemberPath FullTimeStudent { get; } = new(".fullTimeStudent");

    public static MemberPath LivesIndependently { get; } = new(".livesIndependently");

    public static MemberPath LivesWithHousehold { get; } = new(".livesWithHousehold");

    public static MemberPath Absence { get; } = new(".absence");

    public static MemberPath AbsentSince { get; } = new(".absentSince");

    public static MemberPath SeriouslyIll { get; } = new(".seriouslyIll");

    public static MemberPath Disability { get; } = new(".disability");

    public static MemberPath DisabilityKind { get; } = new(".disability.kind");

    public static MemberPath DisabilityGrade { get; } = new(".disability.grade");

    public static MemberPath HasAbleSupporter { get; } = new(".hasAbleSupporter");

    public static MemberPath EnrolledInExtremePoverty { get; } = new(".enrolledInExtremePoverty");

    public static MemberPath SchoolStage { get; } = new(".schoolStage");

    /// <summary>The path for the member at an index.</summary>
    /// <param name="index">The member's index in the household.</param>
    /// <returns>The path. Writers racing on one slot store equal strings, so no lock is needed.</returns>
    // The unchecked cast turns a negative value into a large one that fails the range test; checked, it would throw.
    public string At(int index) => unchecked((uint)index) < Kept ? paths[index] ??= Make(index) : Make(index);

    private string Make(int index) => string.Create(CultureInfo.InvariantCulture, $"members[{index}]{field}");
}
