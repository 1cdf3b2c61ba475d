using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The township opinion went up for public notice (PB-01, PB-02).</summary>
public sealed record NoticePublished : CaseEvent
{
    /// <summary>The programme proposed.</summary>
    public required Programme Programme { get; init; }

    /// <summary>The amount proposed.</summary>
    public required Money Amount { get; init; }

    /// <summary>The day it went up.</summary>
    public required LocalDate PublishedOn { get; init; }

    /// <summary>Its last day, counted as GEN-01 says.</summary>
    public required LocalDate LastDay { get; init; }
}
