using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Explanations;

namespace DomainKit.Contracts;

/// <summary>One step of an explanation: the rule it applies, what it found, and the parameters and inputs it read.</summary>
[Description("One step of an explanation, with the finer steps it rests on.")]
public sealed record ExplanationStepDocument
{
    /// <summary>The rule ID the step applies, such as <c>DB-01</c>.</summary>
    [Description("The rule ID of the policy specification, such as DB-01.")]
    public required string Rule { get; init; }

    /// <summary>Whether the step computed a figure, or a test passed or failed.</summary>
    [Description("computed, passed or failed.")]
    public required StepOutcome Outcome { get; init; }

    /// <summary>The stable key of the step's message, for an integrator's own translations.</summary>
    [Description("The stable key of the step's message, for your own translations.")]
    public required string MessageKey { get; init; }

    /// <summary>The reason, in the document's language.</summary>
    [Description("The reason, in the document's language.")]
    public required string Reason { get; init; }

    /// <summary>The parameters the step read, each with its value in effect and where it comes from.</summary>
    [Description("The parameters the step read, each with the value in effect and where it comes from.")]
    public required ImmutableArray<ParameterUseDocument> Parameters { get; init; }

    /// <summary>The input fields the step read.</summary>
    [Description("The input fields the step read.")]
    public required ImmutableArray<InputUseDocument> Inputs { get; init; }

    /// <summary>The finer steps this one rests on.</summary>
    [Description("The finer steps this one rests on.")]
    public required ImmutableArray<ExplanationStepDocument> Steps { get; init; }
}
