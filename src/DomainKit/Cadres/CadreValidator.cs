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
        RuleFor(c => c.Id).Must(id => !string.IsNullOrWhiteSpace(id) && id.Length <= 64)
            .WithError(ErrorCodes.Required, "An ID of 1 to 64 characters is required.");
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
            Limit(context, "unfitFindings", record.UnfitFindings.Length);
            Limit(context, "adjustments", record.Adjustments.Length);
            OncePerYear(context, "assessments", record.Assessments.Select(a => a?.Year));
            OncePerYear(context, "appraisals", record.Appraisals.Select(a => a?.Year));
            OncePerYear(context, "unitRatings", record.UnitRatings.Select(u => u?.Year));
            Once(context, "keyProjects", record.KeyProjects.Select(k => k is null ? null : $"{k.Year}/{k.Quarter}/{k.ProjectId}"), "The project is assessed twice in the quarter.");
            Once(context, "indicators", record.Indicators.Select(i => i is null ? null : $"{i.Year}/{i.IndicatorId}"), "The indicator has two results for the year.");
            Once(context, "toleratedMistakes", record.ToleratedMistakes.Select(t => t?.Id), "Two tolerated mistakes share an ID.");
            Once(context, "unfitFindings", record.UnfitFindings.Select(f => f?.Id), "Two unfit findings share an ID.");
            var mistakes = record.ToleratedMistakes.Where(t => t is not null).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < record.Corrections.Length; i++)
            {
                if (record.Corrections[i] is { } order && !mistakes.Contains(order.MistakeId))
                {
                    context.AddFailure(Errors.Failure($"corrections[{i}].mistakeId", ErrorCodes.UnknownName, "A correction order names a tolerated mistake of the record."));
                }
            }
        });
        RuleForEach(c => c.Assessments).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(a =>
        {
            a.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithError(ErrorCodes.OutOfRange, $"The value must lie between {Cadre.EarliestYear} and {Cadre.LatestYear}.");
            a.RuleFor(x => x.Grade).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
        });
        RuleForEach(c => c.KeyProjects).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(k =>
        {
            k.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithError(ErrorCodes.OutOfRange, $"The value must lie between {Cadre.EarliestYear} and {Cadre.LatestYear}.");
            k.RuleFor(x => x.Quarter).InclusiveBetween(1, 4).WithError(ErrorCodes.OutOfRange, $"The value must lie between {1} and {4}.");
            k.RuleFor(x => x.ProjectId).Must(Identifier).WithError(ErrorCodes.Required, "A project ID of 1 to 64 characters is required.");
            k.RuleFor(x => x.Grade).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
        });
        RuleForEach(c => c.Indicators).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(i =>
        {
            i.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithError(ErrorCodes.OutOfRange, $"The value must lie between {Cadre.EarliestYear} and {Cadre.LatestYear}.");
            i.RuleFor(x => x.IndicatorId).Must(Identifier).WithError(ErrorCodes.Required, "An indicator ID of 1 to 64 characters is required.");
            i.RuleFor(x => x.Target).Must(target => target > 0m && target < 1_000_000_000_000m).WithError(ErrorCodes.OutOfRange, "A target is positive and below 10^12.");
            i.RuleFor(x => x.Actual).Must(actual => actual >= 0m && actual < 1_000_000_000_000m).WithError(ErrorCodes.OutOfRange, "An actual is at least zero and below 10^12.");
        });
        RuleForEach(c => c.Appraisals).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(v =>
        {
            v.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithError(ErrorCodes.OutOfRange, $"The value must lie between {Cadre.EarliestYear} and {Cadre.LatestYear}.");
            v.RuleFor(x => x.Cast).InclusiveBetween(1, 1_000_000).WithError(ErrorCodes.OutOfRange, $"The value must lie between {1} and {1_000_000}.");
            v.RuleFor(x => x).Must(x => x.Excellent >= 0 && x.Competent >= 0 && x.BasicallyCompetent >= 0 && x.Incompetent >= 0)
                .WithError(ErrorCodes.OutOfRange, "Vote counts are at least zero.").OverridePropertyName("votes");
            v.RuleFor(x => x).Must(x => (long)x.Excellent + x.Competent + x.BasicallyCompetent + x.Incompetent == x.Cast)
                .WithError(ErrorCodes.CadreVotesDoNotAddUp, "The four vote counts must add up to the votes cast.").OverridePropertyName("cast");
        });
        RuleForEach(c => c.UnitRatings).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(u =>
        {
            u.RuleFor(x => x.Year).InclusiveBetween(Cadre.EarliestYear, Cadre.LatestYear).WithError(ErrorCodes.OutOfRange, $"The value must lie between {Cadre.EarliestYear} and {Cadre.LatestYear}.");
            u.RuleFor(x => x.Rating).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
        });
        RuleForEach(c => c.Sanctions).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(s =>
        {
            s.RuleFor(x => x.Kind).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
            s.RuleFor(x => x.ImposedOn).Must(InRange).WithError(ErrorCodes.OutOfRange, RangeMessage);
        });
        RuleForEach(c => c.ToleratedMistakes).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(t =>
        {
            t.RuleFor(x => x.Id).Must(Identifier).WithError(ErrorCodes.Required, "An ID of 1 to 64 characters is required.");
            t.RuleFor(x => x.DecidedOn).Must(InRange).WithError(ErrorCodes.OutOfRange, RangeMessage);
            t.RuleFor(x => x.Outcome).Must(o => o is ToleranceOutcome.Exempted or ToleranceOutcome.Mitigated)
                .WithError(ErrorCodes.UnknownName, "A tolerated mistake was exempted or mitigated.");
        });
        RuleForEach(c => c.Corrections).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(o =>
        {
            o.RuleFor(x => x.OrderedOn).Must(InRange).WithError(ErrorCodes.OutOfRange, RangeMessage);
            // Range and order are separate rules, so a deadline in 2201 is reported as out of range, not as early.
            o.RuleFor(x => x.Deadline).Must(InRange).WithError(ErrorCodes.OutOfRange, RangeMessage);
            o.RuleFor(x => x.Deadline).Must((x, deadline) => !InRange(deadline) || deadline >= x.OrderedOn)
                .WithError(ErrorCodes.CadreDatesOutOfOrder, "A deadline falls on or after the day the correction was ordered.");
            o.RuleFor(x => x.Outcome).Must((x, outcome) => (outcome is null) == (x.FollowedUpOn is null))
                .WithError(ErrorCodes.Required, "A follow-up has both an outcome and a date, or neither.");
            o.RuleFor(x => x.Outcome!.Value).IsInEnum().When(x => x.Outcome is not null).WithError(ErrorCodes.UnknownName, "The value is not defined.").OverridePropertyName("outcome");
            o.RuleFor(x => x.FollowedUpOn!.Value).Must(InRange).When(x => x.FollowedUpOn is not null)
                .WithError(ErrorCodes.OutOfRange, RangeMessage).OverridePropertyName("followedUpOn");
            o.RuleFor(x => x.FollowedUpOn!.Value).Must((x, on) => !InRange(on) || on >= x.OrderedOn).When(x => x.FollowedUpOn is not null)
                .WithError(ErrorCodes.CadreDatesOutOfOrder, "A follow-up falls on or after the day the correction was ordered.").OverridePropertyName("followedUpOn");
            o.RuleFor(x => x.FollowedUpOn!.Value).Must((x, on) => x.Outcome != CorrectionOutcome.NotCorrected || !InRange(on) || !InRange(x.Deadline) || on > x.Deadline)
                .When(x => x.FollowedUpOn is not null)
                .WithError(ErrorCodes.CadreDatesOutOfOrder, "A correction is found not carried out only after its deadline.").OverridePropertyName("followedUpOn");
        });
        RuleForEach(c => c.UnfitFindings).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(f =>
        {
            f.RuleFor(x => x.Id).Must(Identifier).WithError(ErrorCodes.Required, "An ID of 1 to 64 characters is required.");
            f.RuleFor(x => x.Situation).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
            f.RuleFor(x => x.Source).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
            f.RuleFor(x => x.FoundOn).Must(InRange).WithError(ErrorCodes.OutOfRange, RangeMessage);
            f.RuleFor(x => x.Remedy).Must((x, remedy) => (remedy is null) == (x.RemediedOn is null))
                .WithError(ErrorCodes.Required, "A remedy has both a kind and a date, or neither.");
            f.RuleFor(x => x.Remedy!.Value).IsInEnum().When(x => x.Remedy is not null).WithError(ErrorCodes.UnknownName, "The value is not defined.").OverridePropertyName("remedy");
            f.RuleFor(x => x.RemediedOn!.Value).Must(InRange).When(x => x.RemediedOn is not null)
                .WithError(ErrorCodes.OutOfRange, RangeMessage).OverridePropertyName("remediedOn");
            f.RuleFor(x => x.RemediedOn!.Value).Must((x, on) => !InRange(on) || on >= x.FoundOn).When(x => x.RemediedOn is not null)
                .WithError(ErrorCodes.CadreDatesOutOfOrder, "A remedy falls on or after the day the situation was found.").OverridePropertyName("remediedOn");
            f.RuleFor(x => x.Outcome).Must((x, outcome) => (outcome is null) == (x.FollowedUpOn is null))
                .WithError(ErrorCodes.Required, "A follow-up has both an outcome and a date, or neither.");
            f.RuleFor(x => x.Outcome).Must((x, outcome) => outcome is null || x.Remedy is not null)
                .WithError(ErrorCodes.CadreProcedureStep, "A follow-up comes after a remedy (PD-02).");
            f.RuleFor(x => x.Outcome!.Value).IsInEnum().When(x => x.Outcome is not null).WithError(ErrorCodes.UnknownName, "The value is not defined.").OverridePropertyName("outcome");
            f.RuleFor(x => x.FollowedUpOn!.Value).Must(InRange).When(x => x.FollowedUpOn is not null)
                .WithError(ErrorCodes.OutOfRange, RangeMessage).OverridePropertyName("followedUpOn");
            f.RuleFor(x => x.FollowedUpOn!.Value).Must((x, on) => !InRange(on) || x.RemediedOn is not { } remedied || !InRange(remedied) || on >= remedied).When(x => x.FollowedUpOn is not null)
                .WithError(ErrorCodes.CadreDatesOutOfOrder, "A follow-up falls on or after the remedy.").OverridePropertyName("followedUpOn");
        });
        RuleForEach(c => c.Adjustments).NotNull().WithError(ErrorCodes.Required, "This field is required.").ChildRules(a =>
        {
            a.RuleFor(x => x.On).Must(InRange).WithError(ErrorCodes.OutOfRange, RangeMessage);
            a.RuleFor(x => x.Method).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
        });
    }

    private const string RangeMessage = "Dates lie between 1949-01-01 and 2200-12-31, in the ISO calendar.";

    private static bool Identifier(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= 64;

    private static bool InRange(LocalDate date) => date.Calendar == CalendarSystem.Iso && date >= Earliest && date <= Latest;

    private static void Limit(ValidationContext<CadreRecord> context, string list, int count)
    {
        if (count > Cadre.MaxEntries)
        {
            context.AddFailure(Errors.Failure(list, ErrorCodes.OutOfRange, $"A list holds at most {Cadre.MaxEntries} entries."));
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
                context.AddFailure(Errors.Failure($"{list}[{index}]", ErrorCodes.CadreDuplicate, message));
            }

            index++;
        }
    }
}
