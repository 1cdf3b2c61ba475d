namespace DomainKit.Assistance;

/// <summary>One row of <see cref="TemporaryMonths"/>: the months of the standard for a category and need.</summary>
/// <param name="Category">The household's category.</param>
/// <param name="Need">The need.</param>
/// <param name="Moderate">Months for a moderate hardship.</param>
/// <param name="Serious">Months for a serious hardship.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record TemporaryMonthsRow(TemporaryCategory Category, TemporaryNeed Need, Rate Moderate, Rate Serious);
