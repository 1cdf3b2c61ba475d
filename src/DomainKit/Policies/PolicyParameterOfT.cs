using DomainKit.Explanations;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>A policy parameter whose values have type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The value type: <see cref="Money"/>, <see cref="Rate"/> or <see cref="int"/>.</typeparam>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class PolicyParameter<T> : PolicyParameter
    where T : notnull
{
    private TimelineValidator<T>? timelineValidator;

    // Explanations cite the same dated value for every household of a run: the last citation is kept, so a step
    // neither formats the value again nor builds another citation of it. The pair is swapped whole, so readers on
    // other threads see either the old pair or the new one.
    private Citation? lastCitation;

    internal PolicyParameter(string id, string ruleId, ParameterUnit unit, string description, ValueCodec<T> codec, bool optional = false, bool requiresLocalValue = false)
        : base(id, ruleId, unit, description)
    {
        Codec = codec;
        IsOptional = optional;
        RequiresLocalValue = requiresLocalValue;
    }

    /// <inheritdoc />
    public override Type ValueType => typeof(T);

    internal ValueCodec<T> Codec { get; }

    /// <summary>Built on first use: validators are costly to construct and most parameters never need one.</summary>
    internal TimelineValidator<T> TimelineValidator => timelineValidator ??= new TimelineValidator<T>(this);

    /// <summary>Whether a value lies within the bounds the parameter allows.</summary>
    /// <param name="value">The candidate value.</param>
    /// <returns><see langword="true"/> when a policy set may hold the value.</returns>
    public bool Allows(T value) => Codec.Check(value) is null;

    /// <summary>Formats a value as a culture-invariant number, such as <c>¥900.00</c>, <c>80%</c> or <c>12</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The formatted value, without a unit word.</returns>
    public string Format(T value) => Codec.Format(value);

    /// <summary>Formats a value as a reader of <paramref name="language"/> reads it (see <see cref="Timeline.FormatValues"/>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The formatted value, without a unit word.</returns>
    public string Format(T value, Language language) => Codec.FormatIn(value, language);

    /// <summary>How an explanation step cites a dated value of this parameter.</summary>
    internal Explanations.ParameterUsage Cite(DatedValue<T> value)
    {
        var last = Volatile.Read(ref lastCitation);
        if (last is not null && last.Value.Equals(value))
        {
            return last.Usage;
        }

        var usage = new Explanations.ParameterUsage(this, Format(value.Value), Format(value.Value, Language.ChineseSimplified), value.EffectiveFrom, value.Provenance);
        Volatile.Write(ref lastCitation, new Citation(value, usage));
        return usage;
    }

    internal override Ardalis.Result.Result<PolicySet> Override(PolicySet policy, JsonElement value, NodaTime.LocalDate effectiveFrom, Provenance provenance, string path)
    {
        var reader = new StrictJsonReader();
        return Codec.TryRead(reader, value, path, out var parsed)
            ? policy.With(this, parsed, effectiveFrom, provenance)
            : Ardalis.Result.Result<PolicySet>.Invalid(reader.Errors);
    }

    internal override Timeline? ReadTimeline(StrictJsonReader reader, JsonElement parameterElement, string path, string valuesKey, IReadOnlyDictionary<string, PolicyLayerReference> layers)
    {
        var before = reader.Errors.Count;
        // An array of the items' count rather than a builder: every item either becomes a value or fails the read, and
        // each value type would otherwise compile its own builder code while the first policy set loads.
        var items = reader.Array(parameterElement, path, valuesKey, required: true, PolicySetJson.MaxValuesPerParameter);
        var values = new DatedValue<T>[items.Count];
        var count = 0;
        foreach (var (item, itemPath) in items)
        {
            if (!reader.ExpectObject(item, itemPath, "from", "value", "source", "citation", "citationZh", "layer"))
            {
                continue;
            }

            var from = reader.Date(item, itemPath, "from", required: true);
            var hasValue = false;
            T value = default!;
            if (StrictJsonReader.TryGet(item, "value", out var valueElement))
            {
                hasValue = Codec.TryRead(reader, valueElement, StrictJsonReader.Child(itemPath, "value"), out value);
            }
            else
            {
                reader.Fail(StrictJsonReader.Child(itemPath, "value"), ErrorCodes.Required, "This field is required.");
            }

            var provenance = ReadProvenance(reader, item, itemPath);
            var layerId = reader.PlainText(item, itemPath, "layer", required: false);
            if (layerId is not null)
            {
                if (layers.TryGetValue(layerId, out var layer))
                {
                    provenance = provenance?.FromLayer(layer);
                }
                else
                {
                    reader.Fail(StrictJsonReader.Child(itemPath, "layer"), ErrorCodes.UnknownName, "A value's layer must be one of the IDs under 'layers'.");
                }
            }

            if (from is { } date && hasValue && provenance is not null)
            {
                values[count++] = new DatedValue<T>(date, value, provenance);
            }
        }

        if (reader.Errors.Count > before)
        {
            return null;
        }

        var timeline = Timeline.CreateOwned(this, ImmutableCollectionsMarshal.AsImmutableArray(values), valuesKey);
        if (!timeline.IsSuccess)
        {
            reader.Errors.AddRange(timeline.ValidationErrors);
            return null;
        }

        return timeline.Value;
    }

    private static Provenance? ReadProvenance(StrictJsonReader reader, JsonElement item, string itemPath)
    {
        var sourceToken = reader.String(item, itemPath, "source", required: true);
        SourceKind kind = default;
        if (sourceToken is not null && !SourceKinds.TryParse(sourceToken, out kind))
        {
            reader.Fail(StrictJsonReader.Child(itemPath, "source"), ErrorCodes.UnknownName, "Expected one of: seed, primary, secondary, unconfirmed, illustrative.");
        }

        var citation = reader.PlainText(item, itemPath, "citation", required: true);
        if (citation is not null && string.IsNullOrWhiteSpace(citation))
        {
            reader.Fail(StrictJsonReader.Child(itemPath, "citation"), ErrorCodes.Required, "Every value needs a citation.");
            citation = null;
        }

        var chineseCitation = reader.PlainText(item, itemPath, "citationZh", required: false);
        if (chineseCitation is not null && string.IsNullOrWhiteSpace(chineseCitation))
        {
            reader.Fail(StrictJsonReader.Child(itemPath, "citationZh"), ErrorCodes.Required, "A Chinese citation, when given, must not be blank.");
            return null;
        }

        return kind != default && citation is not null ? new Provenance(kind, citation, chineseCitation) : null;
    }

    private sealed record Citation(DatedValue<T> Value, Explanations.ParameterUsage Usage);
}
