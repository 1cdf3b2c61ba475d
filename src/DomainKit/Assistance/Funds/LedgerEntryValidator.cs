using DomainKit.Validation;
using FluentValidation;

namespace DomainKit.Assistance;

/// <summary>Validates one ledger entry on its own; the ledger checks it against its state.</summary>
internal sealed class LedgerEntryValidator : AbstractValidator<LedgerEntry>
{
    public static readonly LedgerEntryValidator Instance = new();

    private const long MaxFen = Household.MaxAmountYuan * 100;

    private LedgerEntryValidator()
    {
        RuleFor(e => e.Kind).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
        RuleFor(e => e.Account.Fund).IsInEnum().WithErrorCode(ErrorCodes.UnknownName).OverridePropertyName("account.fund");
        RuleFor(e => e.Account.Year).InclusiveBetween(2000, 2200).WithErrorCode(ErrorCodes.OutOfRange).OverridePropertyName("account.year");
        RuleFor(e => e.Amount).Must(a => a.Fen > 0 && a.Fen <= MaxFen).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage("An amount is positive and at most 10,000,000,000 yuan.");
        RuleFor(e => e.StaffId).Must(Identifier).WithErrorCode(ErrorCodes.Required).WithMessage("A staff ID of 1 to 64 characters is required.");
        RuleFor(e => e.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Length <= 500).WithErrorCode(ErrorCodes.Required)
            .WithMessage("A reason of 1 to 500 characters is required.");
        RuleFor(e => e.CaseId).Must(Identifier).When(e => e.Kind != LedgerEntryKind.Opening).WithErrorCode(ErrorCodes.Required)
            .WithMessage("A case ID of 1 to 64 characters is required.");
        RuleFor(e => e.Programme).NotNull().When(e => e.Kind == LedgerEntryKind.Disbursement).WithErrorCode(ErrorCodes.Required)
            .WithMessage("A disbursement names its programme.");
        RuleFor(e => e.Programme!.Value).IsInEnum().When(e => e.Programme is not null).WithErrorCode(ErrorCodes.UnknownName).OverridePropertyName("programme");
    }

    private static bool Identifier(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= 64;
}
