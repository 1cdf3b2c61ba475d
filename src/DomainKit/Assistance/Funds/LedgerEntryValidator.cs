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
        RuleFor(e => e.Kind).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
        RuleFor(e => e.Account.Fund).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.").OverridePropertyName("account.fund");
        RuleFor(e => e.Account.Year).InclusiveBetween(2000, 2200).WithError(ErrorCodes.OutOfRange, $"The value must lie between {2000} and {2200}.").OverridePropertyName("account.year");
        RuleFor(e => e.Amount).Must(a => a.Fen > 0 && a.Fen <= MaxFen)
            .WithError(ErrorCodes.OutOfRange, "An amount is positive and at most 10,000,000,000 yuan.");
        RuleFor(e => e.StaffId).Must(Identifier).WithError(ErrorCodes.Required, "A staff ID of 1 to 64 characters is required.");
        RuleFor(e => e.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Length <= 500)
            .WithError(ErrorCodes.Required, "A reason of 1 to 500 characters is required.");
        RuleFor(e => e.Account.NamedFund).Must(Identifier).When(e => e.Account.NamedFund is not null)
            .OverridePropertyName("account.namedFund").WithError(ErrorCodes.Required, "A named fund's ID has 1 to 64 characters.");
        RuleFor(e => e.Account.NamedFund).Null().When(e => e.Account.Fund != Fund.Charity)
            .OverridePropertyName("account.namedFund").WithError(ErrorCodes.FundPurpose, "Named funds live inside the charity account (ZF-MP-02).");
        RuleFor(e => e.CaseId).Must(Identifier).When(e => e.Kind is LedgerEntryKind.Disbursement or LedgerEntryKind.Recovery)
            .WithError(ErrorCodes.Required, "A case ID of 1 to 64 characters is required.");
        RuleFor(e => e.Programme).NotNull().When(e => e.Kind == LedgerEntryKind.Disbursement && e.Account.Fund != Fund.Charity)
            .WithError(ErrorCodes.Required, "A disbursement names its programme.");
        RuleFor(e => e.Purpose).NotNull().When(e => (e.Kind == LedgerEntryKind.Disbursement && e.Account.Fund == Fund.Charity)
            || (e.Kind == LedgerEntryKind.Opening && e.Account.NamedFund is not null))
            .WithError(ErrorCodes.Required, "A named fund is opened with its purpose, and a payment from the charity account names what it is for.");
        RuleFor(e => e.Purpose!.Value).IsInEnum().When(e => e.Purpose is not null).WithError(ErrorCodes.UnknownName, "The value is not defined.").OverridePropertyName("purpose");
        RuleFor(e => e.Account.Fund).Equal(Fund.Charity).When(e => e.Kind == LedgerEntryKind.Donation)
            .OverridePropertyName("account.fund").WithError(ErrorCodes.FundPurpose, "Donations go to the charity account or its named funds (ZF-FD-03).");
        RuleFor(e => e.Programme!.Value).IsInEnum().When(e => e.Programme is not null).WithError(ErrorCodes.UnknownName, "The value is not defined.").OverridePropertyName("programme");
    }

    private static bool Identifier(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= 64;
}
