using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Explanations;

/// <summary>Assembles an <see cref="ExplanationStep"/>; used by the explained paths of rules only.</summary>
/// <remarks>
/// A household's explanation has dozens of steps, so builders are reused: <see cref="Build"/> copies what was
/// collected into arrays of exactly the right size and gives the builder back to its thread's pool. A builder must
/// not be touched after <see cref="Build"/>. Builders still open while their children are built are distinct
/// instances, since each one is taken off the pool until it is built.
/// </remarks>
internal sealed class StepBuilder
{
    [ThreadStatic]
    private static Stack<StepBuilder>? pool;

    private readonly List<MessageArgument> arguments = [];
    private readonly List<ParameterUsage> parameters = [];
    private readonly List<InputReading> inputs = [];
    private readonly List<ExplanationStep> children = [];
    private string ruleId = string.Empty;
    private string messageKey = string.Empty;
    private StepOutcome outcome;

    private StepBuilder()
    {
    }

    public static StepBuilder Computed(string ruleId, string messageKey) => Rent(ruleId, StepOutcome.Computed, messageKey);

    public static StepBuilder Test(string ruleId, bool passed, string messageKey) =>
        Rent(ruleId, passed ? StepOutcome.Passed : StepOutcome.Failed, messageKey);

    public StepBuilder Arg(string name, string text)
    {
        arguments.Add(MessageArgument.Of(name, text));
        return this;
    }

    public StepBuilder Arg(string name, Money amount)
    {
        arguments.Add(MessageArgument.Of(name, amount));
        return this;
    }

    public StepBuilder Arg(string name, int number)
    {
        arguments.Add(MessageArgument.Of(name, number));
        return this;
    }

    public StepBuilder Arg(string name, LocalDate date)
    {
        arguments.Add(MessageArgument.Of(name, date));
        return this;
    }

    public StepBuilder Term(string name, string termKey)
    {
        arguments.Add(MessageArgument.Term(name, termKey));
        return this;
    }

    public StepBuilder Terms(string name, IEnumerable<string> termKeys)
    {
        arguments.Add(MessageArgument.Terms(name, termKeys));
        return this;
    }

    public StepBuilder Parameter<T>(PolicyParameter<T> parameter, DatedValue<T> value)
        where T : notnull
    {
        parameters.Add(ParameterUsage.Of(parameter, value));
        return this;
    }

    public StepBuilder Input(string path, string value)
    {
        inputs.Add(InputReading.Of(path, value));
        return this;
    }

    public StepBuilder Input(string path, string token, string termKey)
    {
        inputs.Add(InputReading.Of(path, token, termKey));
        return this;
    }

    public StepBuilder Input(string path, Money amount)
    {
        inputs.Add(InputReading.Of(path, amount));
        return this;
    }

    public StepBuilder Input(string path, int number)
    {
        inputs.Add(InputReading.Of(path, number));
        return this;
    }

    public StepBuilder Input(string path, LocalDate date)
    {
        inputs.Add(InputReading.Of(path, date));
        return this;
    }

    public StepBuilder Input(string path, bool flag)
    {
        inputs.Add(InputReading.Of(path, flag));
        return this;
    }

    public StepBuilder Child(ExplanationStep step)
    {
        children.Add(step);
        return this;
    }

    public ExplanationStep Build()
    {
        var step = new ExplanationStep(ruleId, outcome, messageKey, Drain(arguments), Drain(parameters), Drain(inputs), Drain(children));
        (pool ??= new Stack<StepBuilder>()).Push(this);
        return step;
    }

    private static StepBuilder Rent(string ruleId, StepOutcome outcome, string messageKey)
    {
        var builder = pool is { Count: > 0 } available ? available.Pop() : new StepBuilder();
        builder.ruleId = ruleId;
        builder.outcome = outcome;
        builder.messageKey = messageKey;
        return builder;
    }

    private static ImmutableArray<T> Drain<T>(List<T> items)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var array = CollectionsMarshal.AsSpan(items).ToArray();
        items.Clear();
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }
}
