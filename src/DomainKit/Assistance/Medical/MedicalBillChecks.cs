using System.Collections.Immutable;
using System.Globalization;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>Validates a medical bill against its household: the checks behind <see cref="MedicalClaim.Create"/>.</summary>
/// <remarks>
/// Written by hand rather than as a FluentValidation validator because every bill of a caseload passes through
/// here: a valid bill costs no allocation, and a path is built only for a field that is wrong. The errors, their
/// paths, codes and order are those the declared validator gave before (a property test compares the two): the
/// member, each amount in turn, the amounts against the total, then each year-to-date list and its items.
/// </remarks>
internal static class MedicalBillChecks
{
    /// <summary>The problems of a bill, in order; null when it is valid.</summary>
    public static List<ValidationError>? Check(Household household, MedicalBill bill)
    {
        List<ValidationError>? errors = null;
        if (bill.MemberIndex < 0 || bill.MemberIndex >= household.Members.Length)
        {
            Add(ref errors, "bill.memberIndex", "The member index must name a member of the household.");
        }

        CheckAmount(bill.TotalCost, "bill.totalCost", ref errors);
        CheckAmount(bill.ExcludedCost, "bill.excludedCost", ref errors);
        CheckAmount(bill.BasicInsurancePaid, "bill.basicInsurancePaid", ref errors);
        CheckAmount(bill.CriticalIllnessInsurancePaid, "bill.criticalIllnessInsurancePaid", ref errors);
        CheckAmount(bill.SupplementaryPaid, "bill.supplementaryPaid", ref errors);
        var bounded = Household.IsAmount(bill.TotalCost) && Household.IsAmount(bill.ExcludedCost) && Household.IsAmount(bill.BasicInsurancePaid)
            && Household.IsAmount(bill.CriticalIllnessInsurancePaid) && Household.IsAmount(bill.SupplementaryPaid);
        if (bounded && bill.ExcludedCost.Fen + bill.BasicInsurancePaid.Fen + bill.CriticalIllnessInsurancePaid.Fen + bill.SupplementaryPaid.Fen > bill.TotalCost.Fen)
        {
            Add(ref errors, "bill.totalCost", "Excluded items and insurance payments together exceed the total cost.");
        }

        CheckStages(bill.AlreadyPaidThisYear, "bill.alreadyPaidThisYear", ref errors);
        CheckStages(bill.DeductibleMetThisYear, "bill.deductibleMetThisYear", ref errors);
        return errors;
    }

    private static void CheckAmount(Money amount, string path, ref List<ValidationError>? errors)
    {
        if (!Household.IsAmount(amount))
        {
            Add(ref errors, path, "An amount lies between 0 and 10,000,000,000 yuan.");
        }
    }

    private static void CheckStages(ImmutableArray<Money> stages, string path, ref List<ValidationError>? errors)
    {
        if (stages.IsDefault)
        {
            return;
        }

        if (stages.Length > MedicalAssistanceScheme.MaxStages)
        {
            Add(ref errors, path, $"At most {MedicalAssistanceScheme.MaxStages} stages.");
        }

        for (var i = 0; i < stages.Length; i++)
        {
            if (!Household.IsAmount(stages[i]))
            {
                Add(ref errors, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), "An amount lies between 0 and 10,000,000,000 yuan.");
            }
        }
    }

    private static void Add(ref List<ValidationError>? errors, string path, TranslatableText message) =>
        (errors ??= []).Add(Errors.At(path, ErrorCodes.OutOfRange, message));
}
