using DomainKit.Explanations;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Policies;

/// <summary>
/// The dated values of one policy parameter: each value applies from its effective date until the
/// next value takes effect.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// A timeline is never empty, and its dates strictly increase: <see cref="Timeline.Create{T}"/> rejects unsorted
/// or duplicate dates instead of guessing which value was meant. Instances are immutable and thread-safe.
/// </remarks>
public sealed class Timeline<T> : Timeline
    where T : notnull
{
    private readonly PolicyParameter<T> parameter;

    internal Timeline(PolicyParameter<T> parameter, ImmutableArray<DatedValue<T>> values)
    {
        this.parameter = parameter;
        Values = values;
    }

    /// <summary>The parameter whose values this is.</summary>
    public override PolicyParameter Parameter => parameter;

    /// <summary>The parameter whose values this is, typed.</summary>
    public PolicyParameter<T> TypedParameter => parameter;

    /// <summary>The values in ascending order of effective date.</summary>
    public ImmutableArray<DatedValue<T>> Values { get; }

    /// <inheritdoc />
    public override ImmutableArray<LocalDate> EffectiveDates => Values.Select(v => v.EffectiveFrom).ToImmutableArray();

    /// <inheritdoc />
    public override ImmutableArray<Provenance> Provenances => Values.Select(v => v.Provenance).ToImmutableArray();

    /// <inheritdoc/>
    public override ImmutableArray<string> FormattedValues => Values.Select(v => parameter.Format(v.Value)).ToImmutableArray();

    /// <inheritdoc />
    public override ImmutableArray<string> FormatValues(Language language) => Values.Select(v => parameter.Format(v.Value, language)).ToImmutableArray();

    internal override void WriteValues(Utf8JsonWriter writer) => WriteValues(writer, view: null, date: null, inEffectOnly: false);

    /// <inheritdoc />
    internal override void WriteValueViews(Utf8JsonWriter writer, Language language, LocalDate? date, bool inEffectOnly) =>
        WriteValues(writer, language, date, inEffectOnly);

    /// <summary>
    /// The <c>values</c> array as a policy file has it; for a view (<paramref name="view"/> set) each value also says how
    /// a reader of that language reads it and whether it is the one in effect on <paramref name="date"/>.
    /// </summary>
    private void WriteValues(Utf8JsonWriter writer, Language? view, LocalDate? date, bool inEffectOnly)
    {
        var inEffect = -1;
        if (date is { } day)
        {
            for (var i = 0; i < Values.Length && Values[i].EffectiveFrom <= day; i++)
            {
                inEffect = i;
            }
        }

        writer.WriteStartArray("values");
        for (var i = 0; i < Values.Length; i++)
        {
            if (inEffectOnly && i != inEffect)
            {
                continue;
            }

            var value = Values[i];
            writer.WriteStartObject();
            writer.WriteString("from", Dates.Format(value.EffectiveFrom));
            writer.WritePropertyName("value");
            parameter.Codec.Write(writer, value.Value);
            writer.WriteString("source", SourceKinds.ToToken(value.Provenance.Kind));
            writer.WriteString("citation", value.Provenance.Citation);
            if (value.Provenance.ChineseCitation is { } chinese)
            {
                writer.WriteString("citationZh", chinese);
            }

            if (value.Provenance.Layer is { } layer)
            {
                writer.WriteString("layer", layer.Id);
            }

            if (view is { } language)
            {
                writer.WriteString("display", parameter.Format(value.Value, language));
                writer.WriteBoolean("inEffect", i == inEffect);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Finds the value in effect on a date, without allocating.</summary>
    /// <param name="date">The date.</param>
    /// <param name="value">The last value effective on or before <paramref name="date"/>.</param>
    /// <returns><see langword="false"/> when <paramref name="date"/> is before the first value.</returns>
    public bool TryGetValueAt(LocalDate date, out DatedValue<T> value)
    {
        // Timelines hold ISO dates; a date in another calendar is the same day, compared in ISO.
        date = Dates.Iso(date);
        // Binary search for the last effective date on or before the date; timelines are short but
        // batches call this once per run, so the search costs nothing and keeps lookups O(log n).
        int low = 0, high = Values.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (Values[middle].EffectiveFrom <= date)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        value = found >= 0 ? Values[found] : default;
        return found >= 0;
    }

    /// <summary>Finds the value in effect on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// The last value effective on or before <paramref name="date"/>; or Invalid with code
    /// <see cref="ErrorCodes.ParameterNotInEffect"/>, naming the parameter and the date, when the date is
    /// before the first value. Never a zero in place of a missing value.
    /// </returns>
    public Result<DatedValue<T>> ValueAt(LocalDate date) =>
        TryGetValueAt(date, out var value)
            ? Result<DatedValue<T>>.Success(value)
            : Result<DatedValue<T>>.Invalid(NotInEffect(date));

    /// <summary>Returns a timeline with a value added, replacing any value with the same effective date.</summary>
    /// <param name="value">The value to add.</param>
    /// <returns>The new timeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not allowed for the parameter.</exception>
    public Timeline<T> With(DatedValue<T> value)
    {
        if (value.Provenance is null)
        {
            throw new ArgumentException("The value needs a provenance.", nameof(value));
        }

        if (!parameter.Allows(value.Value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"The value is not allowed for parameter {parameter.Id}.");
        }

        // Values are sorted by date, so the new value goes where the search for its date ends, replacing a value on
        // the same date. A plain insertion rather than a LINQ sort: each value type would otherwise compile its own
        // sorting code the first time a policy set is changed.
        var index = 0;
        while (index < Values.Length && Values[index].EffectiveFrom < value.EffectiveFrom)
        {
            index++;
        }

        var replaces = index < Values.Length && Values[index].EffectiveFrom == value.EffectiveFrom;
        var values = new DatedValue<T>[replaces ? Values.Length : Values.Length + 1];
        Values.AsSpan()[..index].CopyTo(values);
        values[index] = value;
        Values.AsSpan()[(replaces ? index + 1 : index)..].CopyTo(values.AsSpan(index + 1));
        return new Timeline<T>(parameter, ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    internal override Timeline FromLayer(PolicyLayerReference layer)
    {
        var values = new DatedValue<T>[Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new DatedValue<T>(Values[i].EffectiveFrom, Values[i].Value, Values[i].Provenance.FromLayer(layer));
        }

        return new Timeline<T>(parameter, ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    internal override Timeline AddedTo(Timeline? underneath)
    {
        if (underneath is not Timeline<T> merged)
        {
            return this;
        }

        foreach (var value in Values)
        {
            merged = merged.With(value);
        }

        return merged;
    }

    internal ValidationError NotInEffect(LocalDate date) => Errors.At(
        "date",
        ErrorCodes.ParameterNotInEffect,
        $"Parameter {parameter.Id} ({parameter.RuleId}) has no value in effect on {Dates.Format(date)}; its first value takes effect on {Dates.Format(Values[0].EffectiveFrom)}.");
}
