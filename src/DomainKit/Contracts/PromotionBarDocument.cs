using System.ComponentModel;
using DomainKit.Cadres;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>A period in which a cadre may not be promoted.</summary>
[Description("A period in which the cadre may not be promoted.")]
public sealed record PromotionBarDocument
{
    /// <summary>What bars promotion.</summary>
    [Description("What bars promotion.")]
    public required PromotionBarKind Kind { get; init; }

    /// <summary>The rule that sets the bar.</summary>
    [Description("The rule that sets the bar.")]
    public required string Rule { get; init; }

    /// <summary>The first day barred.</summary>
    [Description("The first day barred.")]
    public required LocalDate From { get; init; }

    /// <summary>The last day barred, as GEN-01 counts.</summary>
    [Description("The last day barred, as GEN-01 counts.")]
    public required LocalDate LastDay { get; init; }
}
