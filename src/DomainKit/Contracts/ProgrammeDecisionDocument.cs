using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>One programme's decision in an entitlement.</summary>
[Description("One programme's decision, with its explanation.")]
public sealed record ProgrammeDecisionDocument
{
    /// <summary>The decision in one line.</summary>
    [Description("The decision in one line.")]
    public required string Summary { get; init; }

    /// <summary>The rule IDs the explanation cites, in order of first appearance.</summary>
    [Description("The rule IDs the explanation cites, in order of first appearance.")]
    public required ImmutableArray<string> CitedRules { get; init; }

    /// <summary>The explanation's steps, in order.</summary>
    [Description("The explanation's steps, in order.")]
    public required ImmutableArray<ExplanationStepDocument> Explanation { get; init; }
}
