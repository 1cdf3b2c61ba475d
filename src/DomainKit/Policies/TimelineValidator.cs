using System.Collections.Immutable;
using System.Globalization;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>
/// Validates a timeline's values: at least one, each within the parameter's bounds and with a
/// provenance, dates strictly increasing. Paths are relative to the parameter (<c>values[1].from</c>).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// A plain check rather than a FluentValidation validator: a policy set has parameters of some twenty value types,
/// and a validator per value type (each compiling its rule expressions and its generic code on first use) made loading
/// the first policy set several times slower. The errors, paths and codes are the ones the validator gave.
/// </remarks>
internal sealed class TimelineValidator<T>(PolicyParameter<T> parameter)
    where T : notnull
{
    /// <summary>Checks the values.</summary>
    /// <param name="values">The values in ascending order of effective date.</param>
    /// <param name="prefix">The path of the parameter, such as <c>parameters.dibaoStandardMonthly</c>.</param>
    /// <param name="valuesKey">Where the file gives the values: <c>values</c>, or <c>add</c> in a layer.</param>
    /// <returns>One error per problem; empty when the timeline is valid.</returns>
    public List<ValidationError> Validate(ImmutableArray<DatedValue<T>> values, string prefix, string valuesKey = "values")
    {
        var errors = new List<ValidationError>();
        if (values.IsDefaultOrEmpty)
        {
            errors.Add(Errors.At(Errors.Join(prefix, valuesKey), ErrorCodes.TimelineEmpty, $"Parameter {parameter.Id} ({parameter.RuleId}) has no values."));
            return errors;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var path = Errors.Join(prefix, string.Create(CultureInfo.InvariantCulture, $"{valuesKey}[{i}]"));
            if (values[i].Provenance is null)
            {
                errors.Add(Errors.At(path + ".source", ErrorCodes.Required, "Every value needs a provenance."));
            }

            if (parameter.Codec.Check(values[i].Value) is { } problem)
            {
                errors.Add(Errors.WithPath(problem, Errors.Join(path + ".value", problem.Identifier)));
            }

            if (i > 0 && values[i].EffectiveFrom <= values[i - 1].EffectiveFrom)
            {
                errors.Add(Errors.At(
                    path + ".from",
                    values[i].EffectiveFrom == values[i - 1].EffectiveFrom ? ErrorCodes.TimelineDuplicateDate : ErrorCodes.TimelineUnsorted,
                    $"Parameter {parameter.Id}: the value effective from {Dates.Format(values[i].EffectiveFrom)} must come after the one effective from {Dates.Format(values[i - 1].EffectiveFrom)}."));
            }
        }

        return errors;
    }
}
