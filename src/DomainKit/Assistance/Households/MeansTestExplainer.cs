using System.Collections.Immutable;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Serialization;

namespace DomainKit.Assistance;

/// <summary>The explanation steps of the means test (HH-01, HH-02, HH-05), shared by every programme's explained path.</summary>
internal static class MeansTestExplainer
{
    // A household's explained assessment explains dibao, extreme poverty, margin and temporary assistance in turn,
    // and each opens with the same means-test steps. Steps are immutable and depend only on the household, the terms
    // and the figures derived from them, so the last ones built on this thread are given again when those come back.
    [ThreadStatic]
    private static (Household Household, MeansTestTerms Terms, ImmutableArray<MembershipReason> Reasons)? lastReasons;

    [ThreadStatic]
    private static (Household Household, MeansTestTerms Terms, int Counted, ExplanationStep Step)? lastMembers;

    [ThreadStatic]
    private static (Household Household, MeansTestTerms Terms, Money CountedIncome, ExplanationStep Step)? lastIncome;

    [ThreadStatic]
    private static (HouseholdAssets Assets, DibaoTerms Terms, bool Passes, int Counted, ExplanationStep Step)? lastProperty;

    public static ImmutableArray<MembershipReason> Reasons(Household household, MeansTestTerms terms)
    {
        if (lastReasons is { } last && ReferenceEquals(last.Household, household) && ReferenceEquals(last.Terms, terms))
        {
            return last.Reasons;
        }

        ImmutableArray<MembershipReason> reasons = [.. Enumerable.Range(0, household.Members.Length).Select(i => Membership.Classify(household.Facts[i], terms))];
        lastReasons = (household, terms, reasons);
        return reasons;
    }

    public static ExplanationStep Members(Household household, MeansTestTerms terms, ImmutableArray<MembershipReason> reasons, int counted)
    {
        if (lastMembers is { } last && ReferenceEquals(last.Household, household) && ReferenceEquals(last.Terms, terms) && last.Counted == counted)
        {
            return last.Step;
        }

        var built = BuildMembers(household, terms, reasons, counted);
        lastMembers = (household, terms, counted, built);
        return built;
    }

    public static ExplanationStep Income(Household household, MeansTestTerms terms, ImmutableArray<MembershipReason> reasons, Money countedIncome)
    {
        if (lastIncome is { } last && ReferenceEquals(last.Household, household) && ReferenceEquals(last.Terms, terms) && last.CountedIncome == countedIncome)
        {
            return last.Step;
        }

        var built = BuildIncome(household, terms, reasons, countedIncome);
        lastIncome = (household, terms, countedIncome, built);
        return built;
    }

    public static ExplanationStep Property(HouseholdAssets assets, DibaoTerms dibao, PropertyTestFigures property, int counted)
    {
        if (lastProperty is { } last && ReferenceEquals(last.Assets, assets) && ReferenceEquals(last.Terms, dibao) && last.Passes == property.Passes && last.Counted == counted)
        {
            return last.Step;
        }

        var built = BuildProperty(assets, dibao, property, counted);
        lastProperty = (assets, dibao, property.Passes, counted, built);
        return built;
    }

    private static ExplanationStep BuildMembers(Household household, MeansTestTerms terms, ImmutableArray<MembershipReason> reasons, int counted)
    {
        var step = StepBuilder.Computed("HH-01", MessageKeys.MembersSummary)
            .Arg("counted", counted)
            .Arg("listed", household.Members.Length)
            .Arg("date", terms.Date);
        for (var i = 0; i < household.Members.Length; i++)
        {
            step.Child(MemberStep(household.Members[i], i, reasons[i], terms));
        }

        return step.Build();
    }

    private static ExplanationStep MemberStep(HouseholdMember member, int index, MembershipReason reason, MeansTestTerms terms)
    {
        var meansTest = terms;
        var (ruleId, key) = reason switch
        {
            MembershipReason.Applicant => ("HH-01", MessageKeys.MemberApplicant),
            MembershipReason.Spouse => ("HH-01", MessageKeys.MemberSpouse),
            MembershipReason.MinorChild => ("HH-01", MessageKeys.MemberMinorChild),
            MembershipReason.AdultStudent => ("HH-01", MessageKeys.MemberAdultStudent),
            MembershipReason.AdultDependent => ("HH-01", MessageKeys.MemberAdultDependent),
            MembershipReason.AdultIndependent => ("HH-01", MessageKeys.MemberAdultIndependent),
            MembershipReason.RelativeCoResident => ("HH-01", MessageKeys.MemberRelativeCoResident),
            MembershipReason.RelativeApart => ("HH-01", MessageKeys.MemberRelativeApart),
            MembershipReason.NoSupportDuty => ("HH-01", MessageKeys.MemberNoSupportDuty),
            MembershipReason.NotYetBorn => ("HH-01", MessageKeys.MemberNotYetBorn),
            MembershipReason.ReligiousLife => ("HH-02", MessageKeys.MemberReligiousLife),
            MembershipReason.ServingSentence => ("HH-02", MessageKeys.MemberServingSentence),
            MembershipReason.DrugRehabilitation => ("HH-02", MessageKeys.MemberDrugRehabilitation),
            _ => ("HH-02", MessageKeys.MemberDeclaredMissing),
        };
        var label = MemberPath.Member.At(index);
        var step = StepBuilder.Test(ruleId, Membership.Counts(reason), key)
            .Arg("member", label)
            .Term("relation", MessageKeys.RelationTerm(member.Relation))
            .Input(MemberPath.Relation.At(index), EnumTokens<Relation>.ToToken(member.Relation), MessageKeys.RelationTerm(member.Relation))
            .Input(MemberPath.BirthDate.At(index), member.BirthDate);
        switch (reason)
        {
            case MembershipReason.MinorChild or MembershipReason.AdultStudent or MembershipReason.AdultDependent or MembershipReason.AdultIndependent:
                step.Arg("age", Dates.AgeInYears(member.BirthDate, terms.Date))
                    .Parameter(MeansTestParameters.AdultAge, meansTest.AdultAge);
                if (reason != MembershipReason.MinorChild)
                {
                    step.Input(MemberPath.FullTimeStudent.At(index), member.FullTimeStudent)
                        .Input(MemberPath.LivesIndependently.At(index), member.LivesIndependently);
                }

                break;
            case MembershipReason.RelativeCoResident or MembershipReason.RelativeApart:
                step.Input(MemberPath.LivesWithHousehold.At(index), member.LivesWithHousehold);
                break;
            case MembershipReason.ReligiousLife:
                step.Arg("since", member.AbsentSince!.Value)
                    .Arg("years", meansTest.ClergyYearsAway.Value)
                    .Parameter(MeansTestParameters.ClergyYearsAway, meansTest.ClergyYearsAway);
                break;
            case MembershipReason.NotYetBorn:
                step.Arg("date", terms.Date);
                break;
        }

        if (member.Absence != Absence.None)
        {
            step.Input(MemberPath.Absence.At(index), EnumTokens<Absence>.ToToken(member.Absence), MessageKeys.AbsenceTerm(member.Absence));
            if (member.AbsentSince is { } absentSince)
            {
                step.Input(MemberPath.AbsentSince.At(index), absentSince);
            }
        }

        return step.Build();
    }

    private static ExplanationStep BuildIncome(Household household, MeansTestTerms terms, ImmutableArray<MembershipReason> reasons, Money countedIncome)
    {
        var step = StepBuilder.Computed("HH-03", MessageKeys.IncomeSummary)
            .Arg("months", terms.AssessmentWindowMonths.Value)
            .Arg("total", countedIncome)
            .Parameter(MeansTestParameters.AssessmentWindowMonths, terms.AssessmentWindowMonths);
        for (var m = 0; m < household.Members.Length; m++)
        {
            var memberCounts = Membership.Counts(reasons[m]);
            var incomes = household.Members[m].Incomes;
            for (var i = 0; i < incomes.Length; i++)
            {
                var item = incomes[i];
                var kindCounts = IncomeKinds.IsCounted(item.Kind);
                var monthly = item.Period == IncomePeriod.Month;
                var key = !memberCounts ? MessageKeys.IncomeExcludedMember : kindCounts ? MessageKeys.IncomeCounted : MessageKeys.IncomeExcludedKind;
                var child = StepBuilder.Test("HH-03", memberCounts && kindCounts, monthly ? MessageKeys.IncomeMonthly(key) : key)
                    .Term("kind", MessageKeys.IncomeTerm(item.Kind))
                    .Arg("member", MemberPath.Member.At(m))
                    .Arg("amount", item.Amount)
                    .Input(IncomePath.Kind.At(m, i), EnumTokens<IncomeKind>.ToToken(item.Kind), MessageKeys.IncomeTerm(item.Kind))
                    .Input(IncomePath.Amount.At(m, i), item.Amount);
                if (monthly)
                {
                    // A monthly amount is stated as such and converted to the window: 1500.00 a month × 12 months = 18000.00.
                    child.Arg("months", terms.AssessmentWindowMonths.Value)
                        .Arg("total", Money.FromFen(checked(item.Amount.Fen * terms.AssessmentWindowMonths.Value)))
                        .Input(IncomePath.Period.At(m, i), EnumTokens<IncomePeriod>.ToToken(item.Period), MessageKeys.IncomePeriodTerm(item.Period));
                }

                step.Child(child.Build());
            }
        }

        return step.Build();
    }

    private static ExplanationStep BuildProperty(HouseholdAssets assets, DibaoTerms dibao, PropertyTestFigures property, int counted)
    {
        var terms = dibao.MeansTest;
        var standard = dibao.StandardMonthly;
        var meansTest = terms;
        // The limit is exact; shown to the fen, rounded half away from zero, as every displayed amount is.
        var financialLimit = Money.FromFen(decimal.ToInt64(decimal.Round(dibao.FinancialLimitPerMember.For(counted), 0, MidpointRounding.AwayFromZero)));
        return StepBuilder.Test("HH-05", property.Passes, property.Passes ? MessageKeys.PropertyPassed : MessageKeys.PropertyFailed)
            .Child(StepBuilder.Test("HH-05", property.FinancialPasses, property.FinancialPasses ? MessageKeys.PropertyFinancialPassed : MessageKeys.PropertyFinancialFailed)
                .Arg("assets", assets.FinancialAssets)
                .Arg("multiple", MeansTestParameters.FinancialAssetsMultiple.Format(meansTest.FinancialAssetsMultiple.Value))
                .Arg("annual", Money.FromFen(dibao.AnnualStandardFen))
                .Arg("members", counted)
                .Arg("limit", financialLimit)
                .Parameter(MeansTestParameters.FinancialAssetsMultiple, meansTest.FinancialAssetsMultiple)
                .Parameter(DibaoParameters.StandardMonthly, standard)
                .Input("assets.financialAssets", assets.FinancialAssets)
                .Build())
            .Child(StepBuilder.Test("HH-05", property.HomesPass, property.HomesPass ? MessageKeys.PropertyHomesPassed : MessageKeys.PropertyHomesFailed)
                .Arg("homes", assets.HomesOwned)
                .Arg("max", meansTest.MaxHomes.Value)
                .Parameter(MeansTestParameters.MaxHomes, meansTest.MaxHomes)
                .Input("assets.homesOwned", assets.HomesOwned)
                .Build())
            .Child(StepBuilder.Test("HH-05", property.EquityPasses, property.EquityPasses ? MessageKeys.PropertyEquityPassed : MessageKeys.PropertyEquityFailed)
                .Arg("equity", assets.BusinessEquity)
                .Arg("limit", meansTest.BusinessEquityLimit.Value)
                .Parameter(MeansTestParameters.BusinessEquityLimit, meansTest.BusinessEquityLimit)
                .Input("assets.businessEquity", assets.BusinessEquity)
                .Build())
            .Build();
    }
}
