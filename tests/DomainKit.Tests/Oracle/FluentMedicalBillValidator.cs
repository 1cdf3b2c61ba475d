using DomainKit.Assistance;
using DomainKit.Validation;
using FluentValidation;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The FluentValidation validator <see cref="MedicalClaim.Create"/> used before its checks were written by hand, kept
/// unchanged as the oracle they are held to.
/// </summary>
internal sealed class FluentMedicalBillValidator : AbstractValidator<MedicalBillCandidate>
{
    private const long MaxFen = Household.MaxAmountYuan * 100;

    public FluentMedicalBillValidator()
    {
        RuleFor(c => c.Bill.MemberIndex)
            .Must((candidate, index) => index >= 0 && index < candidate.Household.Members.Length)
            .WithError(ErrorCodes.OutOfRange, "The member index must name a member of the household.");
        Amount(c => c.Bill.TotalCost);
        Amount(c => c.Bill.ExcludedCost);
        Amount(c => c.Bill.BasicInsurancePaid);
        Amount(c => c.Bill.CriticalIllnessInsurancePaid);
        Amount(c => c.Bill.SupplementaryPaid);
        RuleFor(c => c.Bill)
            .Must(bill => bill.ExcludedCost.Fen + bill.BasicInsurancePaid.Fen + bill.CriticalIllnessInsurancePaid.Fen + bill.SupplementaryPaid.Fen <= bill.TotalCost.Fen)
            .When(c => Bounded(c.Bill))
            .WithError(ErrorCodes.OutOfRange, "Excluded items and insurance payments together exceed the total cost.")
            .OverridePropertyName("Bill.TotalCost");
        RuleFor(c => c.Bill.AlreadyPaidThisYear)
            .Must(paid => paid.IsDefault || paid.Length <= MedicalAssistanceScheme.MaxStages)
            .WithError(ErrorCodes.OutOfRange, $"At most {MedicalAssistanceScheme.MaxStages} stages.");
        RuleForEach(c => c.Bill.AlreadyPaidThisYear)
            .Must(amount => amount.Fen >= 0 && amount.Fen <= MaxFen)
            .When(c => !c.Bill.AlreadyPaidThisYear.IsDefault)
            .WithError(ErrorCodes.OutOfRange, "An amount lies between 0 and 10,000,000,000 yuan.");
        RuleFor(c => c.Bill.DeductibleMetThisYear)
            .Must(met => met.IsDefault || met.Length <= MedicalAssistanceScheme.MaxStages)
            .WithError(ErrorCodes.OutOfRange, $"At most {MedicalAssistanceScheme.MaxStages} stages.");
        RuleForEach(c => c.Bill.DeductibleMetThisYear)
            .Must(amount => amount.Fen >= 0 && amount.Fen <= MaxFen)
            .When(c => !c.Bill.DeductibleMetThisYear.IsDefault)
            .WithError(ErrorCodes.OutOfRange, "An amount lies between 0 and 10,000,000,000 yuan.");
    }

    private static bool Bounded(MedicalBill bill) =>
        new[] { bill.TotalCost, bill.ExcludedCost, bill.BasicInsurancePaid, bill.CriticalIllnessInsurancePaid, bill.SupplementaryPaid }
            .All(amount => amount.Fen >= 0 && amount.Fen <= MaxFen);

    private void Amount(System.Linq.Expressions.Expression<Func<MedicalBillCandidate, Money>> amount) =>
        RuleFor(amount)
            .Must(value => value.Fen >= 0 && value.Fen <= MaxFen)
            .WithError(ErrorCodes.OutOfRange, "An amount lies between 0 and 10,000,000,000 yuan.");
}
