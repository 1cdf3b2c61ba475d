using System.Globalization;
using DomainKit.Validation;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace DomainKit;

/// <summary>Validates a working-day calendar's name, holidays and make-up days.</summary>
internal sealed class WorkingDayCalendarValidator : AbstractValidator<WorkingDayCalendarCandidate>
{
    public static readonly WorkingDayCalendarValidator Instance = new();

    private WorkingDayCalendarValidator()
    {
        RuleFor(c => c.Name)
            .Must(name => !string.IsNullOrWhiteSpace(name) && name.Length <= 200)
            .WithError(ErrorCodes.Required, "A calendar needs a name of 1 to 200 characters.");
        RuleFor(c => c.Holidays.Length + c.WorkingWeekendDays.Length)
            .LessThanOrEqualTo(WorkingDayCalendar.MaxDays)
            .OverridePropertyName("holidays")
            .WithError(ErrorCodes.OutOfRange, $"A calendar lists at most {WorkingDayCalendar.MaxDays} days.");
        RuleFor(c => c).Custom(CheckDays);
    }

    private static void CheckDays(WorkingDayCalendarCandidate candidate, ValidationContext<WorkingDayCalendarCandidate> context)
    {
        var seen = new HashSet<LocalDate>();
        Check(candidate.Holidays, "holidays", requireWeekend: false);
        Check(candidate.WorkingWeekendDays, "workingWeekendDays", requireWeekend: true);

        void Check(System.Collections.Immutable.ImmutableArray<LocalDate> days, string list, bool requireWeekend)
        {
            for (var i = 0; i < days.Length; i++)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"{list}[{i}]");
                var day = days[i];
                if (day.Calendar != CalendarSystem.Iso)
                {
                    context.AddFailure(Errors.Failure(path, ErrorCodes.DateInvalid, "Dates are in the ISO calendar."));
                }
                else if (!seen.Add(day))
                {
                    context.AddFailure(Errors.Failure(path, ErrorCodes.JsonDuplicateProperty, $"{Dates.Format(day)} is listed more than once."));
                }
                else if (requireWeekend && day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                {
                    context.AddFailure(Errors.Failure(path, ErrorCodes.OutOfRange, $"{Dates.Format(day)} is a weekday, already a working day."));
                }
            }
        }
    }
}
