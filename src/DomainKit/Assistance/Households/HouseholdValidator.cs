using DomainKit.Validation;
using FluentValidation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Validates a household's structure; rules that depend on the date of evaluation live in the means test.</summary>
internal sealed class HouseholdValidator : AbstractValidator<HouseholdCandidate>
{
    public HouseholdValidator()
    {
        RuleFor(h => h.Members)
            .Must(m => !m.IsDefaultOrEmpty).WithErrorCode(ErrorCodes.HouseholdNoMembers).WithMessage("A household needs at least one member.")
            .Must(m => m.IsDefaultOrEmpty || m.Length <= Household.MaxMembers).WithErrorCode(ErrorCodes.HouseholdTooManyMembers).WithMessage($"A household may list at most {Household.MaxMembers} members.")
            .Must(m => m.IsDefaultOrEmpty || m.Count(x => x?.Relation == Relation.Applicant) == 1).WithErrorCode(ErrorCodes.HouseholdApplicantCount).WithMessage("A household has exactly one applicant.");
        RuleForEach(h => h.Members).NotNull().WithErrorCode(ErrorCodes.Required).SetValidator(new MemberValidator());
        RuleFor(h => h.Assets).NotNull().WithErrorCode(ErrorCodes.Required).SetValidator(new AssetsValidator());
        RuleFor(h => h.DibaoHistory!.LastMonthlyBenefit).Must(IsAmount).When(h => h.DibaoHistory is not null)
            .WithErrorCode(ErrorCodes.OutOfRange).WithMessage("The amount lies between 0 and 10,000,000,000 yuan.").OverridePropertyName("DibaoHistory.LastMonthlyBenefit");
        RuleFor(h => h.DibaoHistory!.WorkIncomeRoseOn)
            .Must((h, rose) => rose is null || rose.Value >= h.DibaoHistory!.RecipientSince)
            .When(h => h.DibaoHistory is { } history && history.RecipientSince.Calendar == CalendarSystem.Iso && (history.WorkIncomeRoseOn is null || history.WorkIncomeRoseOn.Value.Calendar == CalendarSystem.Iso))
            .WithErrorCode(ErrorCodes.OutOfRange).WithMessage("Work income cannot rise before the household received dibao.").OverridePropertyName("DibaoHistory.WorkIncomeRoseOn");
        RuleFor(h => h.DibaoHistory!.RecipientSince).Must(d => d.Calendar == CalendarSystem.Iso).When(h => h.DibaoHistory is not null)
            .WithErrorCode(ErrorCodes.DateInvalid).WithMessage("Dates are in the ISO calendar.").OverridePropertyName("DibaoHistory.RecipientSince");
        RuleFor(h => h.DibaoHistory!.WorkIncomeRoseOn!.Value).Must(d => d.Calendar == CalendarSystem.Iso).When(h => h.DibaoHistory?.WorkIncomeRoseOn is not null)
            .WithErrorCode(ErrorCodes.DateInvalid).WithMessage("Dates are in the ISO calendar.").OverridePropertyName("DibaoHistory.WorkIncomeRoseOn");
        RuleFor(h => h.DibaoHistory!.RecipientSince).InclusiveBetween(new LocalDate(1880, 1, 1), new LocalDate(2200, 12, 31)).When(h => h.DibaoHistory is { } history && history.RecipientSince.Calendar == CalendarSystem.Iso)
            .WithErrorCode(ErrorCodes.OutOfRange).OverridePropertyName("DibaoHistory.RecipientSince");
    }

    private static bool IsAmount(Money money) => money.Fen >= 0 && money.Fen <= Household.MaxAmountYuan * 100;

    private sealed class MemberValidator : AbstractValidator<HouseholdMember>
    {
        private static readonly LocalDate EarliestDate = new(1880, 1, 1);
        private static readonly LocalDate LatestDate = new(2200, 12, 31);

        public MemberValidator()
        {
            RuleFor(m => m.Relation).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
            RuleFor(m => m.Absence).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
            RuleFor(m => m.SchoolStage).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
            RuleFor(m => m.RefusedJobReferrals).InclusiveBetween(0, 1000).WithErrorCode(ErrorCodes.OutOfRange);
            RuleFor(m => m.BirthDate).Must(d => d.Calendar == CalendarSystem.Iso).WithErrorCode(ErrorCodes.DateInvalid)
                .WithMessage("Dates are in the ISO calendar.");
            RuleFor(m => m.BirthDate).InclusiveBetween(EarliestDate, LatestDate).When(m => m.BirthDate.Calendar == CalendarSystem.Iso).WithErrorCode(ErrorCodes.OutOfRange)
                .WithMessage("The date of birth must lie between 1880-01-01 and 2200-12-31.");
            RuleFor(m => m.AbsentSince).NotNull().When(m => m.Absence == Absence.ReligiousLife)
                .WithErrorCode(ErrorCodes.MemberAbsenceDateRequired).WithMessage("A member away in religious life needs the date the absence began (HH-02 counts consecutive years).");
            RuleFor(m => m.AbsentSince).Null().When(m => m.Absence == Absence.None)
                .WithErrorCode(ErrorCodes.MemberAbsenceDateUnexpected).WithMessage("An absence date is given, but the member is not absent.");
            RuleFor(m => m.AbsentSince!.Value).Must(d => d.Calendar == CalendarSystem.Iso).When(m => m.AbsentSince.HasValue)
                .WithErrorCode(ErrorCodes.DateInvalid).WithMessage("Dates are in the ISO calendar.")
                .OverridePropertyName(nameof(HouseholdMember.AbsentSince));
            RuleFor(m => m.AbsentSince!.Value).InclusiveBetween(EarliestDate, LatestDate).When(m => m.AbsentSince is { } since && since.Calendar == CalendarSystem.Iso)
                .WithErrorCode(ErrorCodes.OutOfRange).WithMessage("The date must lie between 1880-01-01 and 2200-12-31.")
                .OverridePropertyName(nameof(HouseholdMember.AbsentSince));
            RuleFor(m => m.Disability!.Kind).IsInEnum().When(m => m.Disability is not null)
                .WithErrorCode(ErrorCodes.UnknownName).OverridePropertyName("Disability.Kind");
            RuleFor(m => m.Disability!.Grade).InclusiveBetween(Disability.MostSevereGrade, Disability.LeastSevereGrade).When(m => m.Disability is not null)
                .WithErrorCode(ErrorCodes.OutOfRange).WithMessage("A disability grade is 1 (most severe) to 4.").OverridePropertyName("Disability.Grade");
            RuleFor(m => m.Incomes)
                .Must(i => i.IsDefault || i.Length <= Household.MaxIncomesPerMember).WithErrorCode(ErrorCodes.OutOfRange)
                .WithMessage($"A member may list at most {Household.MaxIncomesPerMember} income items.");
            RuleForEach(m => m.Incomes).NotNull().WithErrorCode(ErrorCodes.Required).SetValidator(new IncomeValidator()).When(m => !m.Incomes.IsDefault);
        }
    }

    private sealed class IncomeValidator : AbstractValidator<Income>
    {
        public IncomeValidator()
        {
            RuleFor(i => i.Kind).IsInEnum().WithErrorCode(ErrorCodes.UnknownName);
            RuleFor(i => i.Amount).Must(a => !a.IsNegative).WithErrorCode(ErrorCodes.AmountNegative)
                .WithMessage("An income amount is never negative; declare a loss as zero.");
            RuleFor(i => i.Amount).Must(IsAmount).When(i => !i.Amount.IsNegative).WithErrorCode(ErrorCodes.OutOfRange)
                .WithMessage($"An amount may not exceed {Household.MaxAmountYuan} yuan.");
        }
    }

    private sealed class AssetsValidator : AbstractValidator<HouseholdAssets>
    {
        public AssetsValidator()
        {
            RuleFor(a => a.FinancialAssets).Must(a => !a.IsNegative).WithErrorCode(ErrorCodes.AmountNegative).WithMessage("Financial assets are never negative.");
            RuleFor(a => a.FinancialAssets).Must(IsAmount).When(a => !a.FinancialAssets.IsNegative).WithErrorCode(ErrorCodes.OutOfRange)
                .WithMessage($"An amount may not exceed {Household.MaxAmountYuan} yuan.");
            RuleFor(a => a.BusinessEquity).Must(a => !a.IsNegative).WithErrorCode(ErrorCodes.AmountNegative).WithMessage("Business equity is never negative.");
            RuleFor(a => a.BusinessEquity).Must(IsAmount).When(a => !a.BusinessEquity.IsNegative).WithErrorCode(ErrorCodes.OutOfRange)
                .WithMessage($"An amount may not exceed {Household.MaxAmountYuan} yuan.");
            RuleFor(a => a.HomesOwned).InclusiveBetween(0, 1000).WithErrorCode(ErrorCodes.OutOfRange);
        }
    }
}
