using DomainKit.Validation;
using FluentValidation;

namespace DomainKit.Assistance;

/// <summary>Validates a temporary-assistance request; paths are under <c>request</c>.</summary>
internal sealed class TemporaryRequestValidator : AbstractValidator<TemporaryAssistanceRequest>
{
    public static readonly TemporaryRequestValidator Instance = new();

    private TemporaryRequestValidator()
    {
        RuleFor(r => r.Type).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
        RuleFor(r => r.Need).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
        RuleFor(r => r.Severity).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
        RuleFor(r => r.Residence).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
        RuleFor(r => r.ExpectedMonths).InclusiveBetween(1, 120).WithErrorCode(ErrorCodes.OutOfRange);
    }
}
