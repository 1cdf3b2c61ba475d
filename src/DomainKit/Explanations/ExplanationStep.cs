using System.Collections.Immutable;

namespace DomainKit.Explanations;

/// <summary>
/// One step of an explanation: the rule it applies, what it found, the parameter values and inputs
/// it used, a reason in each supported language, and the finer steps it rests on.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExplanationStep
{
    internal ExplanationStep(
        string ruleId,
        StepOutcome outcome,
        string messageKey,
        ImmutableArray<MessageArgument> arguments,
        ImmutableArray<ParameterUsage> parameters,
        ImmutableArray<InputReading> inputs,
        ImmutableArray<ExplanationStep> children)
    {
        RuleId = ruleId;
        Outcome = outcome;
        MessageKey = messageKey;
        Arguments = arguments;
        Parameters = parameters;
        Inputs = inputs;
        Children = children;
        CitationProbe.Listener?.Invoke(ruleId);
    }

    /// <summary>The rule of the policy specification the step applies, such as <c>DB-01</c>.</summary>
    public string RuleId { get; }

    /// <summary>Whether the step computed a figure, or tested a condition that passed or failed.</summary>
    public StepOutcome Outcome { get; }

    /// <summary>The stable key of the step's reason in the message catalogue, for integrators with their own translations.</summary>
    public string MessageKey { get; }

    /// <summary>The values filled into the reason.</summary>
    public ImmutableArray<MessageArgument> Arguments { get; }

    /// <summary>The parameter values the step used.</summary>
    public ImmutableArray<ParameterUsage> Parameters { get; }

    /// <summary>The inputs the step read.</summary>
    public ImmutableArray<InputReading> Inputs { get; }

    /// <summary>The finer steps this one rests on.</summary>
    public ImmutableArray<ExplanationStep> Children { get; }

    /// <summary>The reason for this step in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The reason, such as "Per-capita monthly income ¥600.00 is below the dibao standard ¥800.00."</returns>
    public string Reason(Language language) => MessageCatalog.Format(language, MessageKey, Arguments);

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Outcome}: {Reason(Language.English)}";
}
