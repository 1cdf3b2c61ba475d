namespace DomainKit.Assistance;

/// <summary>A certified disability: its category and grade, 1 (most severe) to 4.</summary>
/// <param name="Kind">The category.</param>
/// <param name="Grade">The grade, 1 to 4; a household with any other grade is invalid.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record Disability(DisabilityKind Kind, int Grade)
{
    /// <summary>The most severe grade.</summary>
    public const int MostSevereGrade = 1;

    /// <summary>The least severe grade.</summary>
    public const int LeastSevereGrade = 4;
}
