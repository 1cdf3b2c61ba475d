using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Validates an expenditure-hardship claim; paths are under <c>claim</c>.</summary>
/// <remarks>
/// Written by hand rather than as a FluentValidation validator, so a valid claim costs no allocation; the errors,
/// paths, codes and order are those the declared validator gave before (a property test compares the two).
/// </remarks>
internal static class ExpenditureClaimChecks
{
    /// <summary>The problems of a claim, in order; null when it is valid.</summary>
    public static List<ValidationError>? Check(ExpenditureClaim claim)
    {
        List<ValidationError>? errors = null;
        Errors.CheckAmount(claim.MedicalSpending, "claim.medicalSpending", ref errors);
        Errors.CheckAmount(claim.EducationSpending, "claim.educationSpending", ref errors);
        Errors.CheckAmount(claim.BasicLivingSpending, "claim.basicLivingSpending", ref errors);
        Errors.CheckAmount(claim.RehabilitationSpending, "claim.rehabilitationSpending", ref errors);
        if (claim.RecognisedOn is { } on)
        {
            if (on.Calendar != CalendarSystem.Iso)
            {
                Errors.Add(ref errors, "claim.recognisedOn", ErrorCodes.DateInvalid, "Dates are in the ISO calendar.");
            }
            else if (!Dates.InRange(on))
            {
                Errors.Add(ref errors, "claim.recognisedOn", ErrorCodes.OutOfRange, "The date must lie between 1880-01-01 and 2200-12-31.");
            }
        }

        return errors;
    }
}
