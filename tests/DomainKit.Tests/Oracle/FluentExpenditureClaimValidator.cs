using DomainKit.Assistance;
using DomainKit.Validation;
using FluentValidation;

namespace DomainKit.Tests.Oracle;

/// <summary>The FluentValidation validator of expenditure-hardship claims before its checks were written by hand, kept as their oracle.</summary>
internal sealed class FluentExpenditureClaimValidator : AbstractValidator<ExpenditureClaim>
{
    public static readonly FluentExpenditureClaimValidator Instance = new();

    private const long MaxFen = Household.MaxAmountYuan * 100;

    private FluentExpenditureClaimValidator()
    {
        RuleFor(c => c.MedicalSpending).Must(Bounded).WithError(ErrorCodes.OutOfRange, Message);
        RuleFor(c => c.EducationSpending).Must(Bounded).WithError(ErrorCodes.OutOfRange, Message);
        RuleFor(c => c.BasicLivingSpending).Must(Bounded).WithError(ErrorCodes.OutOfRange, Message);
        RuleFor(c => c.RehabilitationSpending).Must(Bounded).WithError(ErrorCodes.OutOfRange, Message);
        RuleFor(c => c.RecognisedOn!.Value)
            .Must(d => d.Calendar == NodaTime.CalendarSystem.Iso)
            .When(c => c.RecognisedOn.HasValue)
            .WithError(ErrorCodes.DateInvalid, "Dates are in the ISO calendar.")
            .OverridePropertyName(nameof(ExpenditureClaim.RecognisedOn));
        RuleFor(c => c.RecognisedOn!.Value)
            .InclusiveBetween(new NodaTime.LocalDate(1880, 1, 1), new NodaTime.LocalDate(2200, 12, 31))
            .When(c => c.RecognisedOn is { } on && on.Calendar == NodaTime.CalendarSystem.Iso)
            .WithError(ErrorCodes.OutOfRange, "The date must lie between 1880-01-01 and 2200-12-31.")
            .OverridePropertyName(nameof(ExpenditureClaim.RecognisedOn));
    }

    private static string Message => "An amount lies between 0 and 10,000,000,000 yuan.";

    private static bool Bounded(Money amount) => amount.Fen >= 0 && amount.Fen <= MaxFen;
}
