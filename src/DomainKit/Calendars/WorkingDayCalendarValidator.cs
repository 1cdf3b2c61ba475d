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
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("A calendar needs a name of 1 to 200 characters.");
        RuleFor(c => c.Holidays.Length + c.WorkingWeekendDays.Length)
            .LessThanOrEqualTo(WorkingDayCalendar.MaxDays)
            .OverridePropertyName("holidays")
            .WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage($"A calendar lists at most {WorkingDayCalendar.MaxDays} days.");
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
                    context.AddFailure(new ValidationFailure(path, "Dates are in the ISO calendar.") { ErrorCode = ErrorCodes.DateInvalid });
                }
                else if (!seen.Add(day))
                {
                    context.AddFailure(new ValidationFailure(path, $"{Dates.Format(day)} is listed more than once.") { ErrorCode = ErrorCodes.JsonDuplicateProperty });
                }
                else if (requireWeekend && day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                {
                    context.AddFailure(new ValidationFailure(path, $"{Dates.Format(day)} is a weekday, already a working day.") { ErrorCode = ErrorCodes.OutOfRange });
                }
            }
        }
    }
}
