using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Cadres;

/// <summary>
/// Which quantified indicators count and how much (SX-IN-02, SX-CA-09): data in the policy set, not code. The
/// weights add up to exactly 100%.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class IndicatorSet : IEquatable<IndicatorSet>
{
    private IndicatorSet(ImmutableArray<IndicatorDefinition> indicators) => Indicators = indicators;

    /// <summary>The indicators, in ID order.</summary>
    public ImmutableArray<IndicatorDefinition> Indicators { get; }

    /// <summary>Creates a set after checking it.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <returns>The set, or Invalid: an ID twice or badly formed, a weight outside 0-100%, or weights that do not add up to 100%.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    public static Result<IndicatorSet> Create(IEnumerable<IndicatorDefinition> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var list = indicators.ToList();
        var errors = new List<ValidationError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var indicator = list[i];
            if (indicator is null || string.IsNullOrWhiteSpace(indicator.Id) || indicator.Id.Length > 64)
            {
                errors.Add(Errors.At($"indicators[{i}].id", ErrorCodes.Required, "An indicator ID of 1 to 64 characters is required."));
            }
            else if (!seen.Add(indicator.Id))
            {
                errors.Add(Errors.At($"indicators[{i}].id", ErrorCodes.CadreDuplicate, "The indicator appears twice."));
            }
            else if (indicator.Basis is { } basis && !Enum.IsDefined(basis))
            {
                errors.Add(Errors.At($"indicators[{i}].basis", ErrorCodes.UnknownName, "The basis is not one the library knows."));
            }
            else if (indicator.Weight.Value is <= 0m or > 1m)
            {
                errors.Add(Errors.At($"indicators[{i}].weight", ErrorCodes.OutOfRange, "A weight is above 0% and at most 100%."));
            }
        }

        if (list.Count == 0)
        {
            errors.Add(Errors.At("indicators", ErrorCodes.Required, "At least one indicator is required."));
        }
        else if (errors.Count == 0 && list.Sum(i => i.Weight.Value) != 1m)
        {
            errors.Add(Errors.At("indicators", ErrorCodes.CadreWeightsNot100, $"The weights add up to {list.Sum(i => i.Weight.Value) * 100m:0.####}%, not 100%."));
        }

        return errors.Count > 0 ? Result<IndicatorSet>.Invalid(errors) : new IndicatorSet([.. list.OrderBy(i => i.Id, StringComparer.Ordinal)]);
    }

    /// <inheritdoc/>
    public bool Equals(IndicatorSet? other) => other is not null && Indicators.SequenceEqual(other.Indicators);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IndicatorSet);

    /// <inheritdoc/>
    public override int GetHashCode() => Indicators.Length;

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Indicators.Select(i => i.Basis is { } basis ? $"{i.Id} {i.Weight} ({Serialization.EnumTokens<AssessmentBasis>.ToToken(basis)})" : $"{i.Id} {i.Weight}"));
}
