using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>A certified disability.</summary>
[Description("A certified disability.")]
public sealed record DisabilityDocument
{
    /// <summary>The kind of disability.</summary>
    [Description("The kind of disability.")]
    public required DisabilityKind Kind { get; init; }

    /// <summary>The grade, 1 most severe to 4.</summary>
    [Range(1, 4)]
    [Description("The grade, 1 most severe to 4.")]
    public required int Grade { get; init; }
}
