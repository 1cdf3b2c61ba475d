using DomainKit.Assistance;
using DomainKit.Validation;
using FluentValidation;

namespace DomainKit.Tests.Oracle;

/// <summary>The FluentValidation validator of temporary-assistance requests before its checks were written by hand, kept as their oracle.</summary>
internal sealed class FluentTemporaryRequestValidator : AbstractValidator<TemporaryAssistanceRequest>
{
    public static readonly FluentTemporaryRequestValidator Instance = new();

    private FluentTemporaryRequestValidator()
    {
        RuleFor(r => r.Type).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
        RuleFor(r => r.Need).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
        RuleFor(r => r.Severity).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
        RuleFor(r => r.Residence).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
        RuleFor(r => r.SuddenCost).Must(c => c.Fen > 0).WithError(ErrorCodes.OutOfRange, "A request states what the sudden need costs: more than zero (TA-01).");
        RuleFor(r => r.SuddenCost).Must(c => c.Fen <= Household.MaxAmountYuan * 100).WithError(ErrorCodes.OutOfRange, $"An amount may not exceed {Household.MaxAmountYuan} yuan.");
        RuleFor(r => r.ExpectedMonths).InclusiveBetween(1, 120).WithError(ErrorCodes.OutOfRange, $"The value must lie between {1} and {120}.");
    }
}
