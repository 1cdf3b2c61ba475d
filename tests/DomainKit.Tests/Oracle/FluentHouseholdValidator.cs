using DomainKit.Assistance;
using DomainKit.Validation;
using FluentValidation;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The FluentValidation validator <see cref="Household.Create"/> used before its checks were written by hand, kept
/// unchanged as the oracle they are held to: the same household must give the same errors, paths, codes and order.
/// </summary>
internal sealed class FluentHouseholdValidator : AbstractValidator<HouseholdCandidate>
{
    public FluentHouseholdValidator()
    {
        RuleFor(h => h.Members)
            .Must(m => !m.IsDefaultOrEmpty).WithError(ErrorCodes.HouseholdNoMembers, "A household needs at least one member.")
            .Must(m => m.IsDefaultOrEmpty || m.Length <= Household.MaxMembers).WithError(ErrorCodes.HouseholdTooManyMembers, $"A household may list at most {Household.MaxMembers} members.")
            .Must(m => m.IsDefaultOrEmpty || m.Count(x => x?.Relation == Relation.Applicant) == 1).WithError(ErrorCodes.HouseholdApplicantCount, "A household has exactly one applicant.");
        RuleFor(h => h.Members).Custom(CheckRelations);
        RuleForEach(h => h.Members).NotNull().WithError(ErrorCodes.Required, "This field is required.").SetValidator(new MemberValidator());
        RuleFor(h => h.Assets).NotNull().WithError(ErrorCodes.Required, "This field is required.").SetValidator(new AssetsValidator());
        RuleFor(h => h.DibaoHistory!.LastMonthlyBenefit).Must(IsAmount).When(h => h.DibaoHistory is not null)
            .WithError(ErrorCodes.OutOfRange, "The amount lies between 0 and 10,000,000,000 yuan.").OverridePropertyName("DibaoHistory.LastMonthlyBenefit");
        RuleFor(h => h.DibaoHistory!.WorkIncomeRoseOn)
            .Must((h, rose) => rose is null || rose.Value >= h.DibaoHistory!.RecipientSince)
            .When(h => h.DibaoHistory is { } history && history.RecipientSince.Calendar == CalendarSystem.Iso && (history.WorkIncomeRoseOn is null || history.WorkIncomeRoseOn.Value.Calendar == CalendarSystem.Iso))
            .WithError(ErrorCodes.OutOfRange, "Work income cannot rise before the household received dibao.").OverridePropertyName("DibaoHistory.WorkIncomeRoseOn");
        RuleFor(h => h.DibaoHistory!.RecipientSince).Must(d => d.Calendar == CalendarSystem.Iso).When(h => h.DibaoHistory is not null)
            .WithError(ErrorCodes.DateInvalid, "Dates are in the ISO calendar.").OverridePropertyName("DibaoHistory.RecipientSince");
        RuleFor(h => h.DibaoHistory!.WorkIncomeRoseOn!.Value).Must(d => d.Calendar == CalendarSystem.Iso).When(h => h.DibaoHistory?.WorkIncomeRoseOn is not null)
            .WithError(ErrorCodes.DateInvalid, "Dates are in the ISO calendar.").OverridePropertyName("DibaoHistory.WorkIncomeRoseOn");
        RuleFor(h => h.DibaoHistory!.RecipientSince).InclusiveBetween(new LocalDate(1880, 1, 1), new LocalDate(2200, 12, 31)).When(h => h.DibaoHistory is { } history && history.RecipientSince.Calendar == CalendarSystem.Iso)
            .WithError(ErrorCodes.OutOfRange, "The date must lie between 1880-01-01 and 2200-12-31.").OverridePropertyName("DibaoHistory.RecipientSince");
    }

    // HH-01: a household that cannot exist. Only a second spouse is reported (the first is the applicant's); birth
    // dates are compared with the applicant's, and a child's with the spouse's too, since a child may be the spouse's.
    private static void CheckRelations(System.Collections.Immutable.ImmutableArray<HouseholdMember> members, ValidationContext<HouseholdCandidate> context)
    {
        if (members.IsDefaultOrEmpty || members.Length > Household.MaxMembers || members.Count(m => m?.Relation == Relation.Applicant) != 1)
        {
            return;
        }

        var applicant = members.First(m => m?.Relation == Relation.Applicant)!.BirthDate;
        var spouse = members.FirstOrDefault(m => m?.Relation == Relation.Spouse)?.BirthDate;
        var spouses = 0;
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i] is not { } member || !IsIso(member.BirthDate) || !IsIso(applicant) || (spouse is { } s && !IsIso(s)))
            {
                continue;
            }

            if (member.Relation == Relation.Spouse && ++spouses > 1)
            {
                context.AddFailure(Errors.Failure($"Members[{i}].Relation", ErrorCodes.HouseholdSpouseCount, "The applicant has at most one spouse (HH-01)."));
            }

            var bornTooEarly = member.Relation is Relation.Child or Relation.Grandchild
                && member.BirthDate <= applicant && (member.Relation == Relation.Grandchild || spouse is null || member.BirthDate <= spouse.Value);
            var bornTooLate = member.Relation is Relation.Parent or Relation.Grandparent && member.BirthDate >= applicant;
            if (bornTooEarly)
            {
                context.AddFailure(Errors.Failure($"Members[{i}].BirthDate", ErrorCodes.MemberBirthOrder, "A child or grandchild is born after the applicant (or, for a child, after the spouse) (HH-01)."));
            }

            if (bornTooLate)
            {
                context.AddFailure(Errors.Failure($"Members[{i}].BirthDate", ErrorCodes.MemberBirthOrder, "A parent or grandparent is born before the applicant (HH-01)."));
            }
        }
    }

    private static bool IsIso(NodaTime.LocalDate date) => date.Calendar == CalendarSystem.Iso;

    private static bool IsAmount(Money money) => money.Fen >= 0 && money.Fen <= Household.MaxAmountYuan * 100;

    private sealed class MemberValidator : AbstractValidator<HouseholdMember>
    {
        private static readonly LocalDate EarliestDate = new(1880, 1, 1);
        private static readonly LocalDate LatestDate = new(2200, 12, 31);

        public MemberValidator()
        {
            RuleFor(m => m.Relation).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
            RuleFor(m => m.Absence).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
            RuleFor(m => m.SchoolStage).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
            RuleFor(m => m.RefusedJobReferrals).InclusiveBetween(0, 1000).WithError(ErrorCodes.OutOfRange, $"The value must lie between {0} and {1000}.");
            RuleFor(m => m.BirthDate).Must(d => d.Calendar == CalendarSystem.Iso)
                .WithError(ErrorCodes.DateInvalid, "Dates are in the ISO calendar.");
            RuleFor(m => m.BirthDate).InclusiveBetween(EarliestDate, LatestDate).When(m => m.BirthDate.Calendar == CalendarSystem.Iso)
                .WithError(ErrorCodes.OutOfRange, "The date of birth must lie between 1880-01-01 and 2200-12-31.");
            RuleFor(m => m.AbsentSince).NotNull().When(m => m.Absence == Absence.ReligiousLife)
                .WithError(ErrorCodes.MemberAbsenceDateRequired, "A member away in religious life needs the date the absence began (HH-02 counts consecutive years).");
            RuleFor(m => m.AbsentSince).Null().When(m => m.Absence == Absence.None)
                .WithError(ErrorCodes.MemberAbsenceDateUnexpected, "An absence date is given, but the member is not absent.");
            RuleFor(m => m.AbsentSince!.Value).Must(d => d.Calendar == CalendarSystem.Iso).When(m => m.AbsentSince.HasValue)
                .WithError(ErrorCodes.DateInvalid, "Dates are in the ISO calendar.")
                .OverridePropertyName(nameof(HouseholdMember.AbsentSince));
            RuleFor(m => m.AbsentSince!.Value).InclusiveBetween(EarliestDate, LatestDate).When(m => m.AbsentSince is { } since && since.Calendar == CalendarSystem.Iso)
                .WithError(ErrorCodes.OutOfRange, "The date must lie between 1880-01-01 and 2200-12-31.")
                .OverridePropertyName(nameof(HouseholdMember.AbsentSince));
            RuleFor(m => m.Disability!.Kind).IsInEnum().When(m => m.Disability is not null)
                .WithError(ErrorCodes.UnknownName, "The value is not defined.").OverridePropertyName("Disability.Kind");
            RuleFor(m => m.Disability!.Grade).InclusiveBetween(Disability.MostSevereGrade, Disability.LeastSevereGrade).When(m => m.Disability is not null)
                .WithError(ErrorCodes.OutOfRange, "A disability grade is 1 (most severe) to 4.").OverridePropertyName("Disability.Grade");
            RuleFor(m => m.Incomes)
                .Must(i => i.IsDefault || i.Length <= Household.MaxIncomesPerMember)
                .WithError(ErrorCodes.OutOfRange, $"A member may list at most {Household.MaxIncomesPerMember} income items.");
            RuleForEach(m => m.Incomes).NotNull().WithError(ErrorCodes.Required, "This field is required.").SetValidator(new IncomeValidator()).When(m => !m.Incomes.IsDefault);
        }
    }

    private sealed class IncomeValidator : AbstractValidator<Income>
    {
        public IncomeValidator()
        {
            RuleFor(i => i.Kind).IsInEnum().WithError(ErrorCodes.UnknownName, "The value is not defined.");
            RuleFor(i => i.Amount).Must(a => !a.IsNegative)
                .WithError(ErrorCodes.AmountNegative, "An income amount is never negative; declare a loss as zero.");
            RuleFor(i => i.Amount).Must(IsAmount).When(i => !i.Amount.IsNegative)
                .WithError(ErrorCodes.OutOfRange, $"An amount may not exceed {Household.MaxAmountYuan} yuan.");
        }
    }

    private sealed class AssetsValidator : AbstractValidator<HouseholdAssets>
    {
        public AssetsValidator()
        {
            RuleFor(a => a.FinancialAssets).Must(a => !a.IsNegative).WithError(ErrorCodes.AmountNegative, "Financial assets are never negative.");
            RuleFor(a => a.FinancialAssets).Must(IsAmount).When(a => !a.FinancialAssets.IsNegative)
                .WithError(ErrorCodes.OutOfRange, $"An amount may not exceed {Household.MaxAmountYuan} yuan.");
            RuleFor(a => a.BusinessEquity).Must(a => !a.IsNegative).WithError(ErrorCodes.AmountNegative, "Business equity is never negative.");
            RuleFor(a => a.BusinessEquity).Must(IsAmount).When(a => !a.BusinessEquity.IsNegative)
                .WithError(ErrorCodes.OutOfRange, $"An amount may not exceed {Household.MaxAmountYuan} yuan.");
            RuleFor(a => a.HomesOwned).InclusiveBetween(0, 1000).WithError(ErrorCodes.OutOfRange, $"The value must lie between {0} and {1000}.");
        }
    }
}
