using DomainKit.Explanations;
using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Policies;

/// <summary>The dated values of one policy parameter, without knowing their type.</summary>
/// <remarks>See <see cref="Timeline{T}"/>. Instances are immutable and thread-safe.</remarks>
public abstract class Timeline
{
    private protected Timeline()
    {
    }

    /// <summary>Builds a timeline, checking that it has values, that their dates strictly increase, and that each value is allowed.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <param name="values">The values in ascending order of effective date.</param>
    /// <returns>The timeline, or Invalid with one error per problem (codes in <see cref="ErrorCodes"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameter"/> or <paramref name="values"/> is null.</exception>
    public static Result<Timeline<T>> Create<T>(PolicyParameter<T> parameter, IEnumerable<DatedValue<T>> values)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(values);
        return CreateOwned(parameter, values.ToImmutableArray());
    }

    /// <summary>Creates a timeline over values the caller no longer changes.</summary>
    internal static Result<Timeline<T>> CreateOwned<T>(PolicyParameter<T> parameter, ImmutableArray<DatedValue<T>> array, string valuesKey = "values")
        where T : notnull
    {
        var errors = parameter.TimelineValidator.Validate(array, "parameters." + parameter.Id, valuesKey);
        return errors.Count == 0
            ? Result<Timeline<T>>.Success(new Timeline<T>(parameter, array))
            : Result<Timeline<T>>.Invalid(errors);
    }

    /// <summary>Builds a timeline with a single value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <param name="value">The value and its date.</param>
    /// <returns>The timeline, or Invalid when the value is not allowed.</returns>
    public static Result<Timeline<T>> Of<T>(PolicyParameter<T> parameter, DatedValue<T> value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return CreateOwned(parameter, [value]);
    }

    /// <summary>The parameter whose values this is.</summary>
    public abstract PolicyParameter Parameter { get; }

    /// <summary>The dates the values take effect, in ascending order.</summary>
    public abstract ImmutableArray<LocalDate> EffectiveDates { get; }

    /// <summary>Where each value comes from, in the order of <see cref="EffectiveDates"/>.</summary>
    public abstract ImmutableArray<Provenance> Provenances { get; }

    /// <summary>The values, in date order, formatted as explanations show them (<c>¥950.00</c>, <c>80%</c>).</summary>
    public abstract ImmutableArray<string> FormattedValues { get; }

    /// <summary>
    /// The values, in date order, as a reader of <paramref name="language"/> reads them: in English as
    /// <see cref="FormattedValues"/>; in Chinese with each name as its term (民政部门, 特困人员) and amounts without the
    /// yuan sign, since Chinese text states the unit after the value.
    /// </summary>
    /// <param name="language">The reader's language.</param>
    /// <returns>One text per value.</returns>
    public abstract ImmutableArray<string> FormatValues(Language language);

    /// <summary>Writes the values as the <c>values</c> array of a policy file.</summary>
    internal abstract void WriteValues(Utf8JsonWriter writer);

    /// <summary>
    /// Writes the values as a parameter view has them: as in a policy file, each with its text in
    /// <paramref name="language"/> and whether it is in effect on <paramref name="date"/>; with
    /// <paramref name="inEffectOnly"/>, only that value (none before the first date).
    /// </summary>
    internal abstract void WriteValueViews(Utf8JsonWriter writer, Language language, LocalDate? date, bool inEffectOnly);

    /// <summary>The same values, each stated as coming from <paramref name="layer"/>.</summary>
    internal abstract Timeline FromLayer(PolicyLayerReference layer);

    /// <summary>
    /// This timeline's values added to <paramref name="underneath"/> (a base's timeline of the same parameter, or null):
    /// the base's values on other dates are kept and a value on the same date is replaced, as <see cref="Timeline{T}.With"/> does.
    /// </summary>
    internal abstract Timeline AddedTo(Timeline? underneath);
}
