using System.ComponentModel;
using DomainKit.Cadres;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>An adjustment made to a cadre.</summary>
[Description("An adjustment made to a cadre (PD-03, PD-05).")]
public sealed record AdjustmentDocument
{
    /// <summary>The day it took effect.</summary>
    [Description("The day it took effect.")]
    public required LocalDate On { get; init; }

    /// <summary>The way down used.</summary>
    [Description("The way down used.")]
    public required AdjustmentMethod Method { get; init; }

    /// <summary>Whether it was made for accountability (PD-04). Default false.</summary>
    [Description("Whether it was made for accountability (PD-04). Default false.")]
    public bool? ForAccountability { get; init; }
}
