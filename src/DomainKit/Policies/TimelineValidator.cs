using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace DomainKit.Policies;

/// <summary>
/// Validates a timeline's values: at least one, each within the parameter's bounds and with a
/// provenance, dates strictly increasing. Paths are relative to the parameter (<c>values[1].from</c>).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class TimelineValidator<T> : AbstractValidator<ImmutableArray<DatedValue<T>>>
    where T : notnull
{
    public TimelineValidator(PolicyParameter<T> parameter)
    {
        RuleFor(values => values)
            .Must(values => !values.IsDefaultOrEmpty)
            .OverridePropertyName("values")
            
            .WithError(ErrorCodes.TimelineEmpty, $"Parameter {parameter.Id} ({parameter.RuleId}) has no values.");
        RuleFor(values => values)
            .Custom((values, context) => CheckEach(parameter, values, context))
            .When(values => !values.IsDefaultOrEmpty);
    }

    private static void CheckEach(PolicyParameter<T> parameter, ImmutableArray<DatedValue<T>> values, ValidationContext<ImmutableArray<DatedValue<T>>> context)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"values[{i}]");
            if (values[i].Provenance is null)
            {
                context.AddFailure(Errors.Failure(path + ".source", ErrorCodes.Required, "Every value needs a provenance."));
            }

            if (parameter.Codec.Check(values[i].Value) is { } problem)
            {
                var valuePath = Errors.Join(path + ".value", problem.Identifier);
                context.AddFailure(Errors.Failure(valuePath, Errors.WithPath(problem, valuePath)));
            }

            if (i > 0 && values[i].EffectiveFrom <= values[i - 1].EffectiveFrom)
            {
                context.AddFailure(Errors.Failure(
                    path + ".from",
                    values[i].EffectiveFrom == values[i - 1].EffectiveFrom ? ErrorCodes.TimelineDuplicateDate : ErrorCodes.TimelineUnsorted,
                    $"Parameter {parameter.Id}: the value effective from {Dates.Format(values[i].EffectiveFrom)} must come after the one effective from {Dates.Format(values[i - 1].EffectiveFrom)}."));
            }
        }
    }
}
