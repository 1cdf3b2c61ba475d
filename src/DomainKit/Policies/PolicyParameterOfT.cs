using System.Collections.Immutable;
using Ardalis.Result;
using NodaTime;

namespace DomainKit.Policies;

/// <summary>A policy parameter whose values have type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The value type: <see cref="Money"/>, <see cref="Rate"/> or <see cref="int"/>.</typeparam>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class PolicyParameter<T> : PolicyParameter
    where T : struct, IEquatable<T>
{
    private TimelineValidator<T>? timelineValidator;

    internal PolicyParameter(string id, string ruleId, ParameterUnit unit, string description, ValueCodec<T> codec)
        : base(id, ruleId, unit, description)
    {
        Codec = codec;
    }

    /// <inheritdoc />
    public override Type ValueType => typeof(T);

    internal ValueCodec<T> Codec { get; }

    /// <summary>Built on first use: validators are costly to construct and most parameters never need one.</summary>
    internal TimelineValidator<T> TimelineValidator => timelineValidator ??= new TimelineValidator<T>(this);

    /// <summary>Whether a value lies within the bounds the parameter allows.</summary>
    /// <param name="value">The candidate value.</param>
    /// <returns><see langword="true"/> when a policy set may hold the value.</returns>
    public bool Allows(T value) => Codec.IsAllowed(value);

    /// <summary>Formats a value as a culture-invariant number, such as <c>¥900.00</c>, <c>80%</c> or <c>12</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The formatted value, without a unit word.</returns>
    public string Format(T value) => Codec.FormatNumber(value);

    internal override Result<Timeline> CreateTimeline(ImmutableArray<(LocalDate From, decimal Raw, Provenance Provenance)> values)
    {
        var typed = ImmutableArray.CreateBuilder<DatedValue<T>>(values.Length);
        foreach (var (from, raw, provenance) in values)
        {
            // Raw values were checked one by one while reading, so a failure here is a library bug.
            if (!Codec.TryFromDecimal(raw, out var value, out _, out var message))
            {
                throw new InvalidOperationException(message);
            }

            typed.Add(new DatedValue<T>(from, value, provenance));
        }

        var timeline = Timeline.Create(this, typed.MoveToImmutable());
        return timeline.IsSuccess ? Result<Timeline>.Success(timeline.Value) : Result<Timeline>.Invalid(timeline.ValidationErrors);
    }

    internal override bool TryCheckRaw(decimal raw, out string errorCode, out string errorMessage) =>
        Codec.TryFromDecimal(raw, out _, out errorCode, out errorMessage);
}
