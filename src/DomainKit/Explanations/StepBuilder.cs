using System.Collections.Immutable;
using DomainKit.Policies;

namespace DomainKit.Explanations;

/// <summary>Assembles an <see cref="ExplanationStep"/>; used by the explained paths of rules only.</summary>
internal sealed class StepBuilder(string ruleId, StepOutcome outcome, string messageKey)
{
    // Most steps use only some of these; lists are created on first use to keep the explained path light.
    private List<MessageArgument>? arguments;
    private List<ParameterUsage>? parameters;
    private List<InputReading>? inputs;
    private List<ExplanationStep>? children;

    public static StepBuilder Computed(string ruleId, string messageKey) => new(ruleId, StepOutcome.Computed, messageKey);

    public static StepBuilder Test(string ruleId, bool passed, string messageKey) =>
        new(ruleId, passed ? StepOutcome.Passed : StepOutcome.Failed, messageKey);

    public StepBuilder Arg(string name, string text)
    {
        (arguments ??= []).Add(MessageArgument.Of(name, text));
        return this;
    }

    public StepBuilder Arg(string name, Money amount) => Arg(name, amount.ToString());

    public StepBuilder Arg(string name, int number) => Arg(name, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public StepBuilder Term(string name, string termKey)
    {
        (arguments ??= []).Add(MessageArgument.Term(name, termKey));
        return this;
    }

    public StepBuilder Parameter<T>(PolicyParameter<T> parameter, DatedValue<T> value)
        where T : notnull
    {
        (parameters ??= []).Add(ParameterUsage.Of(parameter, value));
        return this;
    }

    public StepBuilder Input(string path, string value)
    {
        (inputs ??= []).Add(new InputReading(path, value));
        return this;
    }

    public StepBuilder Child(ExplanationStep step)
    {
        (children ??= []).Add(step);
        return this;
    }

    public ExplanationStep Build() => new(
        ruleId,
        outcome,
        messageKey,
        ToImmutable(arguments),
        ToImmutable(parameters),
        ToImmutable(inputs),
        ToImmutable(children));

    private static ImmutableArray<T> ToImmutable<T>(List<T>? items) => items is null ? [] : [.. items];
}
