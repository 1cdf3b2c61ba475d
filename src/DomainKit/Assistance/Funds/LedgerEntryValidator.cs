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
        RuleFor(e => e.Account.NamedFund).Must(Identifier).When(e => e.Account.NamedFund is not null).WithErrorCode(ErrorCodes.Required)
            .OverridePropertyName("account.namedFund").WithMessage("A named fund's ID has 1 to 64 characters.");
        RuleFor(e => e.Account.NamedFund).Null().When(e => e.Account.Fund != Fund.Charity).WithErrorCode(ErrorCodes.FundPurpose)
            .OverridePropertyName("account.namedFund").WithMessage("Named funds live inside the charity account (ZF-MP-02).");
        RuleFor(e => e.CaseId).Must(Identifier).When(e => e.Kind is LedgerEntryKind.Disbursement or LedgerEntryKind.Recovery).WithErrorCode(ErrorCodes.Required)
            .WithMessage("A case ID of 1 to 64 characters is required.");
        RuleFor(e => e.Programme).NotNull().When(e => e.Kind == LedgerEntryKind.Disbursement && e.Account.Fund != Fund.Charity).WithErrorCode(ErrorCodes.Required)
            .WithMessage("A disbursement names its programme.");
        RuleFor(e => e.Purpose).NotNull().When(e => (e.Kind == LedgerEntryKind.Disbursement && e.Account.Fund == Fund.Charity)
            || (e.Kind == LedgerEntryKind.Opening && e.Account.NamedFund is not null)).WithErrorCode(ErrorCodes.Required)
            .WithMessage("A named fund is opened with its purpose, and a payment from the charity account names what it is for.");
        RuleFor(e => e.Purpose!.Value).IsInEnum().When(e => e.Purpose is not null).WithErrorCode(ErrorCodes.UnknownName).OverridePropertyName("purpose");
        RuleFor(e => e.Account.Fund).Equal(Fund.Charity).When(e => e.Kind == LedgerEntryKind.Donation).WithErrorCode(ErrorCodes.FundPurpose)
            .OverridePropertyName("account.fund").WithMessage("Donations go to the charity account or its named funds (ZF-FD-03).");
        RuleFor(e => e.Programme!.Value).IsInEnum().When(e => e.Programme is not null).WithErrorCode(ErrorCodes.UnknownName).OverridePropertyName("programme");
    }

    private static bool Identifier(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= 64;
}
