using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>Validates a temporary-assistance request (TA-01); paths are under <c>request</c>.</summary>
/// <remarks>
/// Written by hand rather than as a FluentValidation validator, so a valid request costs no allocation; the errors,
/// paths, codes and order are those the declared validator gave before (a property test compares the two).
/// </remarks>
internal static class TemporaryRequestChecks
{
    /// <summary>The problems of a request, in order; null when it is valid.</summary>
    public static List<ValidationError>? Check(TemporaryAssistanceRequest request)
    {
        List<ValidationError>? errors = null;
        if (!Enum.IsDefined(request.Type))
        {
            Errors.Add(ref errors, "request.type", ErrorCodes.UnknownName, "The value is not defined.");
        }

        if (!Enum.IsDefined(request.Need))
        {
            Errors.Add(ref errors, "request.need", ErrorCodes.UnknownName, "The value is not defined.");
        }

        if (!Enum.IsDefined(request.Severity))
        {
            Errors.Add(ref errors, "request.severity", ErrorCodes.UnknownName, "The value is not defined.");
        }

        if (!Enum.IsDefined(request.Residence))
        {
            Errors.Add(ref errors, "request.residence", ErrorCodes.UnknownName, "The value is not defined.");
        }

        if (request.SuddenCost.Fen <= 0)
        {
            Errors.Add(ref errors, "request.suddenCost", ErrorCodes.OutOfRange, "A request states what the sudden need costs: more than zero (TA-01).");
        }

        if (request.SuddenCost.Fen > Household.MaxAmountYuan * 100)
        {
            Errors.Add(ref errors, "request.suddenCost", ErrorCodes.OutOfRange, $"An amount may not exceed {Household.MaxAmountYuan} yuan.");
        }

        if (request.ExpectedMonths is < 1 or > 120)
        {
            Errors.Add(ref errors, "request.expectedMonths", ErrorCodes.OutOfRange, $"The value must lie between {1} and {120}.");
        }

        return errors;
    }
}
