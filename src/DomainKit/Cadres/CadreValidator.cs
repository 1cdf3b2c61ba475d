using DomainKit.Validation;
using FluentValidation;
using NodaTime;

namespace DomainKit.Cadres;

/// <summary>The checks of a cadre's record; every failure names its field path and a stable code.</summary>
internal sealed class CadreValidator : AbstractValidator<CadreRecord>
{
    private static readonly LocalDate Earliest = new(Cadre.EarliestYear, 1, 1);
    private static readonly LocalDate Latest = new(Cadre.LatestYear, 12, 31);

    public CadreValidator()
    {
        RuleFor(c => c.Id).Must(id => !string.IsNullOrWhiteSpace(id) && id.Length <= 64).WithErrorCode(ErrorCodes.Required)
            .WithMessage("An ID of 1 to 64 characters is required.");
        RuleFor(c => c).Custom((record, context) =>
        {
            Limit(context, "assessments", record.Assessments.Length);
            Limit(context, "keyProjects", record.KeyProjects.Length);
            Limit(context, "indicators", record.Indicators.Length);
            Limit(context, "appraisals", record.Appraisals.Length);
            Limit(context, "unitRatings", record.UnitRatings.Length);
            Limit(context, "sanctions", record.Sanctions.Length);
            Limit(context, "toleratedMistakes", record.ToleratedMistakes.Length);
            Limit(context, "corrections", record.Corrections.Length);
            Limit(context, "adjustments", record.Adjustments.Length);
            OncePerYear(context, "assessments", record.Assessments.Select(a => a?.Year));
            OncePerYear(context, "appraisals", record.Appraisals.Select(a => a?.Year));
            OncePerYear(context, "unitRatings", record.UnitRatings.Select(u => u?.Year));
            Once(context, "keyProjects", record.KeyProjects.Select(k => k is null ? null : $"{k.Year}/{k.Quarter}/{k.ProjectId}"), "The project is assessed twice in the quarter.");
            Once(context, "indicators", record.Indicators.Select(i => i is null ? null : $"{i.Year}/{i.IndicatorId}"), "The indicator has two results for the year.");
            Once(context, "toleratedMistakes", record.ToleratedMistakes.Select(t => t?.Id), "Two tolerated mistakes share an ID.");
            var mistakes = record.ToleratedMistakes.Where(t => t is not null).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < record.Corrections.Length; i++)
            {
                if (record.Corrections[i] is { } order && !mistakes.Contains(order.MistakeId))
                {
                    context.AddFailure(Failure($"corrections[{i}].mistakeId", ErrorCodes.UnknownName, "A correction order names a tolerated mistake of the record."));
                }
            }
        });
        RuleForEach(c => c.Assessments).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(a =>
        {
            a.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithErrorCode(ErrorCodes.OutOfRange);
            a.RuleFor(x => x.Grade).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
        });
        RuleForEach(c => c.KeyProjects).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(k =>
        {
            k.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithErrorCode(ErrorCodes.OutOfRange);
            k.RuleFor(x => x.Quarter).InclusiveBetween(1, 4).WithErrorCode(ErrorCodes.OutOfRange);
            k.RuleFor(x => x.ProjectId).Must(Identifier).WithErrorCode(ErrorCodes.Required).WithMessage("A project ID of 1 to 64 characters is required.");
            k.RuleFor(x => x.Grade).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
        });
        RuleForEach(c => c.Indicators).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(i =>
        {
            i.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithErrorCode(ErrorCodes.OutOfRange);
            i.RuleFor(x => x.IndicatorId).Must(Identifier).WithErrorCode(ErrorCodes.Required).WithMessage("An indicator ID of 1 to 64 characters is required.");
            i.RuleFor(x => x.Target).GreaterThan(0m).LessThan(1_000_000_000_000m).WithErrorCode(ErrorCodes.OutOfRange).WithMessage("A target is positive and below 10^12.");
            i.RuleFor(x => x.Actual).GreaterThanOrEqualTo(0m).LessThan(1_000_000_000_000m).WithErrorCode(ErrorCodes.OutOfRange).WithMessage("An actual is at least zero and below 10^12.");
        });
        RuleForEach(c => c.Appraisals).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(v =>
        {
            v.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithErrorCode(ErrorCodes.OutOfRange);
            v.RuleFor(x => x.Cast).InclusiveBetween(1, 1_000_000).WithErrorCode(ErrorCodes.OutOfRange);
            v.RuleFor(x => x).Must(x => x.Excellent >= 0 && x.Competent >= 0 && x.BasicallyCompetent >= 0 && x.Incompetent >= 0)
                .WithErrorCode(ErrorCodes.OutOfRange).WithMessage("Vote counts are at least zero.").OverridePropertyName("votes");
            v.RuleFor(x => x).Must(x => (long)x.Excellent + x.Competent + x.BasicallyCompetent + x.Incompetent == x.Cast)
                .WithErrorCode(ErrorCodes.CadreVotesDoNotAddUp).WithMessage("The four vote counts must add up to the votes cast.").OverridePropertyName("cast");
        });
        RuleForEach(c => c.UnitRatings).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(u =>
        {
            u.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithErrorCode(ErrorCodes.OutOfRange);
            u.RuleFor(x => x.Rating).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
        });
        RuleForEach(c => c.Sanctions).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(s =>
        {
            s.RuleFor(x => x.Kind).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
            s.RuleFor(x => x.ImposedOn).Must(InRange).WithErrorCode(ErrorCodes.OutOfRange).WithMessage(RangeMessage);
        });
        RuleForEach(c => c.ToleratedMistakes).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(t =>
        {
            t.RuleFor(x => x.Id).Must(Identifier).WithErrorCode(ErrorCodes.Required).WithMessage("An ID of 1 to 64 characters is required.");
            t.RuleFor(x => x.DecidedOn).Must(InRange).WithErrorCode(ErrorCodes.OutOfRange).WithMessage(RangeMessage);
            t.RuleFor(x => x.Outcome).Must(o => o is ToleranceOutcome.Exempted or ToleranceOutcome.Mitigated)
                .WithErrorCode(ErrorCodes.UnknownName).WithMessage("A tolerated mistake was exempted or mitigated.");
        });
        RuleForEach(c => c.Corrections).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(o =>
        {
            o.RuleFor(x => x.OrderedOn).Must(InRange).WithErrorCode(ErrorCodes.OutOfRange).WithMessage(RangeMessage);
            o.RuleFor(x => x.Deadline).Must((x, deadline) => deadline >= x.OrderedOn && InRange(deadline))
                .WithErrorCode(ErrorCodes.CadreDatesOutOfOrder).WithMessage("A deadline falls on or after the day the correction was ordered.");
            o.RuleFor(x => x.Outcome).Must((x, outcome) => (outcome is null) == (x.FollowedUpOn is null))
                .WithErrorCode(ErrorCodes.Required).WithMessage("A follow-up has both an outcome and a date, or neither.");
            o.RuleFor(x => x.Outcome!.Value).IsInEnum().When(x => x.Outcome is not null).WithErrorCode(ErrorCodes.UnknownName).OverridePropertyName("outcome");
            o.RuleFor(x => x.FollowedUpOn!.Value).Must((x, on) => on >= x.OrderedOn && InRange(on)).When(x => x.FollowedUpOn is not null)
                .WithErrorCode(ErrorCodes.CadreDatesOutOfOrder).WithMessage("A follow-up falls on or after the day the correction was ordered.").OverridePropertyName("followedUpOn");
        });
        RuleForEach(c => c.Adjustments).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(a =>
        {
            a.RuleFor(x => x.On).Must(InRange).WithErrorCode(ErrorCodes.OutOfRange).WithMessage(RangeMessage);
            a.RuleFor(x => x.Method).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
        });
    }

    private const string RangeMessage = "Dates lie between 1949-01-01 and 2200-12-31, in the ISO calendar.";

    private static bool Identifier(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= 64;

    private static bool InRange(LocalDate date) => date.Calendar == CalendarSystem.Iso && date >= Earliest && date <= Latest;

    private static FluentValidation.Results.ValidationFailure Failure(string path, string code, string message) =>
        new(path, message) { ErrorCode = code };

    private static void Limit(ValidationContext<CadreRecord> context, string list, int count)
    {
        if (count > Cadre.MaxEntries)
        {
            context.AddFailure(Failure(list, ErrorCodes.OutOfRange, $"A list holds at most {Cadre.MaxEntries} entries."));
        }
    }

    private static void OncePerYear(ValidationContext<CadreRecord> context, string list, IEnumerable<int?> years) =>
        Once(context, list, years.Select(y => y?.ToString(System.Globalization.CultureInfo.InvariantCulture)), "The year appears twice.");

    private static void Once(ValidationContext<CadreRecord> context, string list, IEnumerable<string?> keys, string message)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var key in keys)
        {
            if (key is not null && !seen.Add(key))
            {
                context.AddFailure(Failure($"{list}[{index}]", ErrorCodes.CadreDuplicate, message));
            }

            index++;
        }
    }
}
