using DomainKit.Validation;
using FluentValidation;

namespace DomainKit.Assistance;

/// <summary>Validates an expenditure-hardship claim; paths are under <c>claim</c>.</summary>
internal sealed class ExpenditureClaimValidator : AbstractValidator<ExpenditureClaim>
{
    public static readonly ExpenditureClaimValidator Instance = new();

    private const long MaxFen = Household.MaxAmountYuan * 100;

    private ExpenditureClaimValidator()
    {
        RuleFor(c => c.MedicalSpending).Must(Bounded).WithErrorCode(ErrorCodes.OutOfRange).WithMessage(Message);
        RuleFor(c => c.EducationSpending).Must(Bounded).WithErrorCode(ErrorCodes.OutOfRange).WithMessage(Message);
        RuleFor(c => c.BasicLivingSpending).Must(Bounded).WithErrorCode(ErrorCodes.OutOfRange).WithMessage(Message);
        RuleFor(c => c.RehabilitationSpending).Must(Bounded).WithErrorCode(ErrorCodes.OutOfRange).WithMessage(Message);
        RuleFor(c => c.RecognisedOn!.Value)
            .Must(d => d.Calendar == NodaTime.CalendarSystem.Iso)
            .When(c => c.RecognisedOn.HasValue)
            .WithErrorCode(ErrorCodes.DateInvalid)
            .WithMessage("Dates are in the ISO calendar.")
            .OverridePropertyName(nameof(ExpenditureClaim.RecognisedOn));
        RuleFor(c => c.RecognisedOn!.Value)
            .InclusiveBetween(new NodaTime.LocalDate(1880, 1, 1), new NodaTime.LocalDate(2200, 12, 31))
            .When(c => c.RecognisedOn is { } on && on.Calendar == NodaTime.CalendarSystem.Iso)
            .WithErrorCode(ErrorCodes.OutOfRange)
            .OverridePropertyName(nameof(ExpenditureClaim.RecognisedOn));
    }

    private static string Message => "An amount lies between 0 and 10,000,000,000 yuan.";

    private static bool Bounded(Money amount) => amount.Fen >= 0 && amount.Fen <= MaxFen;
}
