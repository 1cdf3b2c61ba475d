using System.Collections.Immutable;
using System.Globalization;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Validates a household's structure (HH-01): the checks behind <see cref="Household.Create"/>. Rules that depend
/// on the date of evaluation live in the means test and <see cref="HouseholdOnDate"/>.
/// </summary>
/// <remarks>
/// Written by hand rather than as a FluentValidation validator because every household of a population file
/// passes through here: a valid household costs no allocation, and a field path is built only for a field that
/// is wrong. The errors, their paths, codes and order are those the declared validator gave before (a property
/// test compares the two on generated households): household-level checks, then the relations between members,
/// then each member's fields in declaration order with its incomes, then the assets, then the dibao history.
/// </remarks>
internal static class HouseholdChecks
{
    /// <summary>The problems of a household, in the order a reader fixing it meets them; empty when it is valid.</summary>
    public static List<ValidationError>? Check(ImmutableArray<HouseholdMember> members, HouseholdAssets assets, DibaoHistory? history)
    {
        List<ValidationError>? errors = null;
        var applicants = 0;
        foreach (var member in members)
        {
            if (member?.Relation == Relation.Applicant)
            {
                applicants++;
            }
        }

        if (members.IsEmpty)
        {
            Errors.Add(ref errors, "members", ErrorCodes.HouseholdNoMembers, "A household needs at least one member.");
        }

        if (members.Length > Household.MaxMembers)
        {
            Errors.Add(ref errors, "members", ErrorCodes.HouseholdTooManyMembers, $"A household may list at most {Household.MaxMembers} members.");
        }

        if (!members.IsEmpty && applicants != 1)
        {
            Errors.Add(ref errors, "members", ErrorCodes.HouseholdApplicantCount, "A household has exactly one applicant.");
        }

        if (!members.IsEmpty && members.Length <= Household.MaxMembers && applicants == 1)
        {
            CheckRelations(members, ref errors);
        }

        for (var i = 0; i < members.Length; i++)
        {
            if (members[i] is { } member)
            {
                CheckMember(member, i, ref errors);
            }
            else
            {
                Errors.Add(ref errors, MemberPath(i, null), ErrorCodes.Required, "This field is required.");
            }
        }

        CheckAssets(assets, ref errors);
        if (history is not null)
        {
            CheckHistory(history, ref errors);
        }

        return errors;
    }

    // HH-01: a household that cannot exist. Only a second spouse is reported (the first is the applicant's); birth
    // dates are compared with the applicant's, and a child's with the spouse's too, since a child may be the spouse's.
    private static void CheckRelations(ImmutableArray<HouseholdMember> members, ref List<ValidationError>? errors)
    {
        LocalDate applicant = default;
        LocalDate? spouse = null;
        foreach (var member in members)
        {
            if (member?.Relation == Relation.Applicant)
            {
                applicant = member.BirthDate;
                break;
            }
        }

        foreach (var member in members)
        {
            if (member?.Relation == Relation.Spouse)
            {
                spouse = member.BirthDate;
                break;
            }
        }

        if (!IsIso(applicant) || (spouse is { } firstSpouse && !IsIso(firstSpouse)))
        {
            return;
        }

        var spouses = 0;
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i] is not { } member || !IsIso(member.BirthDate))
            {
                continue;
            }

            if (member.Relation == Relation.Spouse && ++spouses > 1)
            {
                Errors.Add(ref errors, MemberPath(i, "relation"), ErrorCodes.HouseholdSpouseCount, "The applicant has at most one spouse (HH-01).");
            }

            var bornTooEarly = member.Relation is Relation.Child or Relation.Grandchild
                && member.BirthDate <= applicant && (member.Relation == Relation.Grandchild || spouse is null || member.BirthDate <= spouse.Value);
            if (bornTooEarly)
            {
                Errors.Add(ref errors, MemberPath(i, "birthDate"), ErrorCodes.MemberBirthOrder, "A child or grandchild is born after the applicant (or, for a child, after the spouse) (HH-01).");
            }

            if (member.Relation is Relation.Parent or Relation.Grandparent && member.BirthDate >= applicant)
            {
                Errors.Add(ref errors, MemberPath(i, "birthDate"), ErrorCodes.MemberBirthOrder, "A parent or grandparent is born before the applicant (HH-01).");
            }
        }
    }

    private static void CheckMember(HouseholdMember member, int index, ref List<ValidationError>? errors)
    {
        if (!Enum.IsDefined(member.Relation))
        {
            Errors.Add(ref errors, MemberPath(index, "relation"), ErrorCodes.UnknownName, "The value is not defined.");
        }

        if (!Enum.IsDefined(member.Absence))
        {
            Errors.Add(ref errors, MemberPath(index, "absence"), ErrorCodes.UnknownName, "The value is not defined.");
        }

        if (!Enum.IsDefined(member.SchoolStage))
        {
            Errors.Add(ref errors, MemberPath(index, "schoolStage"), ErrorCodes.UnknownName, "The value is not defined.");
        }

        if (member.RefusedJobReferrals is < 0 or > 1000)
        {
            Errors.Add(ref errors, MemberPath(index, "refusedJobReferrals"), ErrorCodes.OutOfRange, $"The value must lie between {0} and {1000}.");
        }

        if (!IsIso(member.BirthDate))
        {
            Errors.Add(ref errors, MemberPath(index, "birthDate"), ErrorCodes.DateInvalid, "Dates are in the ISO calendar.");
        }
        else if (!Dates.InRange(member.BirthDate))
        {
            Errors.Add(ref errors, MemberPath(index, "birthDate"), ErrorCodes.OutOfRange, "The date of birth must lie between 1880-01-01 and 2200-12-31.");
        }

        if (member.AbsentSince is null && member.Absence == Absence.ReligiousLife)
        {
            Errors.Add(ref errors, MemberPath(index, "absentSince"), ErrorCodes.MemberAbsenceDateRequired, "A member away in religious life needs the date the absence began (HH-02 counts consecutive years).");
        }

        if (member.AbsentSince is { } since)
        {
            if (member.Absence == Absence.None)
            {
                Errors.Add(ref errors, MemberPath(index, "absentSince"), ErrorCodes.MemberAbsenceDateUnexpected, "An absence date is given, but the member is not absent.");
            }

            if (!IsIso(since))
            {
                Errors.Add(ref errors, MemberPath(index, "absentSince"), ErrorCodes.DateInvalid, "Dates are in the ISO calendar.");
            }
            else if (!Dates.InRange(since))
            {
                Errors.Add(ref errors, MemberPath(index, "absentSince"), ErrorCodes.OutOfRange, "The date must lie between 1880-01-01 and 2200-12-31.");
            }
        }

        if (member.Disability is { } disability)
        {
            if (!Enum.IsDefined(disability.Kind))
            {
                Errors.Add(ref errors, MemberPath(index, "disability.kind"), ErrorCodes.UnknownName, "The value is not defined.");
            }

            if (disability.Grade is < Disability.MostSevereGrade or > Disability.LeastSevereGrade)
            {
                Errors.Add(ref errors, MemberPath(index, "disability.grade"), ErrorCodes.OutOfRange, "A disability grade is 1 (most severe) to 4.");
            }
        }

        var incomes = member.Incomes;
        if (incomes.IsDefault)
        {
            return;
        }

        if (incomes.Length > Household.MaxIncomesPerMember)
        {
            Errors.Add(ref errors, MemberPath(index, "incomes"), ErrorCodes.OutOfRange, $"A member may list at most {Household.MaxIncomesPerMember} income items.");
        }

        for (var j = 0; j < incomes.Length; j++)
        {
            if (incomes[j] is not { } income)
            {
                Errors.Add(ref errors, IncomePath(index, j, null), ErrorCodes.Required, "This field is required.");
                continue;
            }

            if (!Enum.IsDefined(income.Kind))
            {
                Errors.Add(ref errors, IncomePath(index, j, "kind"), ErrorCodes.UnknownName, "The value is not defined.");
            }

            if (income.Amount.IsNegative)
            {
                Errors.Add(ref errors, IncomePath(index, j, "amount"), ErrorCodes.AmountNegative, "An income amount is never negative; declare a loss as zero.");
            }
            else if (!Household.IsAmount(income.Amount))
            {
                Errors.Add(ref errors, IncomePath(index, j, "amount"), ErrorCodes.OutOfRange, $"An amount may not exceed {Household.MaxAmountYuan} yuan.");
            }
        }
    }

    private static void CheckAssets(HouseholdAssets assets, ref List<ValidationError>? errors)
    {
        if (assets.FinancialAssets.IsNegative)
        {
            Errors.Add(ref errors, "assets.financialAssets", ErrorCodes.AmountNegative, "Financial assets are never negative.");
        }
        else if (!Household.IsAmount(assets.FinancialAssets))
        {
            Errors.Add(ref errors, "assets.financialAssets", ErrorCodes.OutOfRange, $"An amount may not exceed {Household.MaxAmountYuan} yuan.");
        }

        if (assets.BusinessEquity.IsNegative)
        {
            Errors.Add(ref errors, "assets.businessEquity", ErrorCodes.AmountNegative, "Business equity is never negative.");
        }
        else if (!Household.IsAmount(assets.BusinessEquity))
        {
            Errors.Add(ref errors, "assets.businessEquity", ErrorCodes.OutOfRange, $"An amount may not exceed {Household.MaxAmountYuan} yuan.");
        }

        if (assets.HomesOwned is < 0 or > 1000)
        {
            Errors.Add(ref errors, "assets.homesOwned", ErrorCodes.OutOfRange, $"The value must lie between {0} and {1000}.");
        }
    }

    private static void CheckHistory(DibaoHistory history, ref List<ValidationError>? errors)
    {
        if (!Household.IsAmount(history.LastMonthlyBenefit))
        {
            Errors.Add(ref errors, "dibaoHistory.lastMonthlyBenefit", ErrorCodes.OutOfRange, "The amount lies between 0 and 10,000,000,000 yuan.");
        }

        var sinceIso = IsIso(history.RecipientSince);
        if (history.WorkIncomeRoseOn is { } rose && sinceIso && IsIso(rose) && rose < history.RecipientSince)
        {
            Errors.Add(ref errors, "dibaoHistory.workIncomeRoseOn", ErrorCodes.OutOfRange, "Work income cannot rise before the household received dibao.");
        }

        if (!sinceIso)
        {
            Errors.Add(ref errors, "dibaoHistory.recipientSince", ErrorCodes.DateInvalid, "Dates are in the ISO calendar.");
        }

        if (history.WorkIncomeRoseOn is { } roseOn && !IsIso(roseOn))
        {
            Errors.Add(ref errors, "dibaoHistory.workIncomeRoseOn", ErrorCodes.DateInvalid, "Dates are in the ISO calendar.");
        }

        if (sinceIso && !Dates.InRange(history.RecipientSince))
        {
            Errors.Add(ref errors, "dibaoHistory.recipientSince", ErrorCodes.OutOfRange, "The date must lie between 1880-01-01 and 2200-12-31.");
        }
    }

    private static string MemberPath(int index, string? field) => field is null
        ? string.Create(CultureInfo.InvariantCulture, $"members[{index}]")
        : string.Create(CultureInfo.InvariantCulture, $"members[{index}].{field}");

    private static string IncomePath(int member, int income, string? field) => field is null
        ? string.Create(CultureInfo.InvariantCulture, $"members[{member}].incomes[{income}]")
        : string.Create(CultureInfo.InvariantCulture, $"members[{member}].incomes[{income}].{field}");

    private static bool IsIso(LocalDate date) => date.Calendar == CalendarSystem.Iso;

}
