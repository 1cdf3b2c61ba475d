using System.Globalization;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Cadres;

/// <summary>
/// The points each grade brings to the composite score (SX-IN-01: the qualitative part), 0 to 100, never more for a
/// worse grade than for a better one.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class GradePoints : IEquatable<GradePoints>
{
    private readonly decimal[] points;

    private GradePoints(decimal[] points) => this.points = points;

    /// <summary>Creates the table after checking it.</summary>
    /// <param name="excellent">Points for excellent.</param>
    /// <param name="competent">Points for competent.</param>
    /// <param name="basicallyCompetent">Points for basically competent.</param>
    /// <param name="incompetent">Points for incompetent.</param>
    /// <returns>The table, or Invalid when a value lies outside 0-100 or a worse grade scores more than a better one.</returns>
    public static Result<GradePoints> Create(decimal excellent, decimal competent, decimal basicallyCompetent, decimal incompetent)
    {
        decimal[] values = [excellent, competent, basicallyCompetent, incompetent];
        if (values.Any(v => v is < 0m or > 100m))
        {
            return Result<GradePoints>.Invalid(Errors.At("points", ErrorCodes.OutOfRange, "Points lie between 0 and 100."));
        }

        return values.Zip(values.Skip(1)).Any(pair => pair.Second > pair.First)
            ? Result<GradePoints>.Invalid(Errors.At("points", ErrorCodes.OutOfRange, "A worse grade never scores more than a better one."))
            : new GradePoints(values);
    }

    /// <summary>The points for a grade.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The points.</returns>
    public decimal For(AssessmentGrade grade) => points[(int)grade - 1];

    /// <inheritdoc/>
    public bool Equals(GradePoints? other) => other is not null && points.SequenceEqual(other.points);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GradePoints);

    /// <inheritdoc/>
    public override int GetHashCode() => points.Aggregate(0, HashCode.Combine);

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Enum.GetValues<AssessmentGrade>().Select(g => string.Create(CultureInfo.InvariantCulture, $"{g} {For(g)}")));
}
