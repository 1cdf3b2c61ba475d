using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// What a household must be on the date of evaluation before any programme can decide it: a spouse or parent
/// who is an adult (HH-01), and at least one member who counts, without whom there is no per-capita income (HH-04).
/// </summary>
/// <remarks>
/// <see cref="Household.Create"/> checks what holds on every date; these checks need the date and the policy's
/// adult age. Every programme's entry point that returns a result applies them, so an impossible or empty household is
/// Invalid, never an ineligible decision showing 0.00.
/// </remarks>
internal static class HouseholdOnDate
{
    /// <summary>The errors of a household on the terms' date; empty when it can be decided.</summary>
    public static List<ValidationError> Check(Household household, MeansTestTerms terms)
    {
        var errors = new List<ValidationError>();
        var members = household.Facts;
        for (var i = 0; i < members.Length; i++)
        {
            ref readonly var member = ref members[i];
            if (member.Relation is Relation.Spouse or Relation.Parent && !terms.AdultThreshold.Reached(member.BirthDate, member.BirthKey))
            {
                errors.Add(Errors.At(
                    MemberPath.BirthDate.At(i),
                    ErrorCodes.MemberBelowAdultAge,
                    $"A spouse or parent is an adult: this member is younger than {terms.AdultAge.Value} on the date of evaluation (HH-01)."));
            }
        }

        if (errors.Count == 0 && MeansTest.CountedMembers(household, terms).IsEmpty)
        {
            errors.Add(Errors.At(
                "members",
                ErrorCodes.HouseholdNoCountedMember,
                "No member counts on the date of evaluation (HH-01, HH-02), so the household has no per-capita income (HH-04)."));
        }

        return errors;
    }

    /// <summary>The decision when the household can be decided on the terms' date, else Invalid with its errors.</summary>
    public static Result<T> Require<T>(Household household, MeansTestTerms terms, Func<T> decide)
    {
        var errors = Check(household, terms);
        return errors.Count == 0 ? Result<T>.Success(decide()) : Result<T>.Invalid(errors);
    }
}
