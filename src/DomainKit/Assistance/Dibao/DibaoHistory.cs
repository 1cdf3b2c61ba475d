using NodaTime;

namespace DomainKit.Assistance;

/// <summary>A household's current dibao, for the gradual exit (DB-08) when work lifts its income above the line.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record DibaoHistory
{
    /// <summary>Since when the household receives dibao.</summary>
    public required LocalDate RecipientSince { get; init; }

    /// <summary>The monthly benefit it last received.</summary>
    public required Money LastMonthlyBenefit { get; init; }

    /// <summary>When work lifted its income above the line, if it did; the gradual exit runs from this date.</summary>
    public LocalDate? WorkIncomeRoseOn { get; init; }
}
