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
            Errors.Add(ref errors, "bill.memberIndex", ErrorCodes.OutOfRange, "The member index must name a member of the household.");
        }

        // Every amount is checked (&, not &&), and their sum is compared only when each lies within the bound.
        var bounded = Errors.CheckAmount(bill.TotalCost, "bill.totalCost", ref errors)
            & Errors.CheckAmount(bill.ExcludedCost, "bill.excludedCost", ref errors)
            & Errors.CheckAmount(bill.BasicInsurancePaid, "bill.basicInsurancePaid", ref errors)
            & Errors.CheckAmount(bill.CriticalIllnessInsurancePaid, "bill.criticalIllnessInsurancePaid", ref errors)
            & Errors.CheckAmount(bill.SupplementaryPaid, "bill.supplementaryPaid", ref errors);
        if (bounded && bill.ExcludedCost.Fen + bill.BasicInsurancePaid.Fen + bill.CriticalIllnessInsurancePaid.Fen + bill.SupplementaryPaid.Fen > bill.TotalCost.Fen)
        {
            Errors.Add(ref errors, "bill.totalCost", ErrorCodes.OutOfRange, "Excluded items and insurance payments together exceed the total cost.");
        }

        CheckStages(bill.AlreadyPaidThisYear, "bill.alreadyPaidThisYear", ref errors);
        CheckStages(bill.DeductibleMetThisYear, "bill.deductibleMetThisYear", ref errors);
        return errors;
    }

    private static void CheckStages(ImmutableArray<Money> stages, string path, ref List<ValidationError>? errors)
    {
        if (stages.IsDefault)
        {
            return;
        }

        if (stages.Length > MedicalAssistanceScheme.MaxStages)
        {
            Errors.Add(ref errors, path, ErrorCodes.OutOfRange, $"At most {MedicalAssistanceScheme.MaxStages} stages.");
        }

        for (var i = 0; i < stages.Length; i++)
        {
            // Tested first so that the item's path is built only for an amount out of bound.
            if (!Household.IsAmount(stages[i]))
            {
                Errors.CheckAmount(stages[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), ref errors);
            }
        }
    }
}
