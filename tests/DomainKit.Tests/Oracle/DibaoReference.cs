using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// A deliberately plain reference model of dibao (HH-01 to HH-05, DB-01, DB-02, DB-07, DB-08, DB-13), written from the
/// policy specification with decimal yuan and sharing no code with the library beyond its public input types and the
/// policy set's public values. It is slow and obvious on purpose: it is the independent answer the library is held to.
/// </summary>
internal static class DibaoReference
{
    public static (DibaoOutcome Outcome, decimal MonthlyYuan) Decide(Household household, PolicySet policy, LocalDate date)
    {
        T Value<T>(PolicyParameter<T> parameter)
            where T : notnull => policy.ValueAt(parameter, date).Value.Value;
        var standard = Value(DibaoParameters.StandardMonthly).Yuan;
        var window = Value(MeansTestParameters.AssessmentWindowMonths);

        // HH-01, HH-02: who counts on the date, and HH-03: their income of counted kinds over the window.
        var counted = Counted(household, policy, date);
        var n = counted.Count;
        if (n == 0)
        {
            throw new ArgumentException("No member counts: the library refuses such a household (HH-04).", nameof(household));
        }

        var income = counted.Sum(Own);

        // DB-01 compares exact totals: income over the window below standard × members × months (GEN-02).
        var line = standard * n * window;
        var incomePasses = income < line;

        // HH-05: financial assets below the multiple of the annual standard per member, homes and equity within limits.
        var propertyPasses = PropertyPasses(household, policy, date, n);

        if (incomePasses && propertyPasses)
        {
            return (DibaoOutcome.Eligible, Benefit(counted, policy, date, line - income));
        }

        // DB-08: work lifted the income above the line; the last benefit continues for the exit months.
        if (!incomePasses && propertyPasses && household.DibaoHistory is { WorkIncomeRoseOn: { } rose } history
            && history.RecipientSince <= date && rose <= date && date < rose.PlusMonths(Value(DibaoParameters.GradualExitMonths)))
        {
            return (DibaoOutcome.GradualExit, history.LastMonthlyBenefit.Yuan);
        }

        return (DibaoOutcome.Ineligible, 0m);
    }

    /// <summary>
    /// DB-02, DB-13, DB-07: the monthly benefit of a dibao household whose gap to the line over the window is
    /// <paramref name="gapOverWindow"/>: the gap spread over the window, raised to the floor where one is set, less the
    /// shares of members who refused referrals, rounded once.
    /// </summary>
    internal static decimal Benefit(IReadOnlyList<HouseholdMember> counted, PolicySet policy, LocalDate date, decimal gapOverWindow)
    {
        T Value<T>(PolicyParameter<T> parameter)
            where T : notnull => policy.ValueAt(parameter, date).Value.Value;
        var standard = Value(DibaoParameters.StandardMonthly).Yuan;
        var n = counted.Count;
        var monthly = gapOverWindow / Value(MeansTestParameters.AssessmentWindowMonths);

        // DB-13: where a floor is set, at least that share of the standard for the household, and the full standard
        // for each member with no income, no ability to work (TK-02) and no able supporter.
        if (policy.ValueAtOrNull(DibaoParameters.MinimumShare, date) is { } share)
        {
            var full = counted.Count(m => Own(m) == 0 && !m.HasAbleSupporter && UnableToWork(m, policy, date));
            monthly = Math.Max(monthly, Math.Max(share.Value.Value * standard * n, standard * full));
        }

        // DB-07: members able to work who refused the referrals lose their equal share.
        var refusers = counted.Count(m => m.RefusedJobReferrals >= Value(DibaoParameters.RefusalsBeforeCut) && !UnableToWork(m, policy, date));
        return Math.Round(monthly * (n - refusers) / n, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>HH-03: a member's income of counted kinds over the window; state payments, rewards, scholarships and assistance are left out.</summary>
    internal static decimal Own(HouseholdMember m) =>
        m.Incomes.Where(i => i.Kind is IncomeKind.Wages or IncomeKind.NetBusiness or IncomeKind.NetProperty or IncomeKind.NetTransfer or IncomeKind.Other).Sum(i => i.Amount.Yuan);

    /// <summary>HH-05 with the example provincial limits.</summary>
    internal static bool PropertyPasses(Household household, PolicySet policy, LocalDate date, int counted)
    {
        T Value<T>(PolicyParameter<T> parameter)
            where T : notnull => policy.ValueAt(parameter, date).Value.Value;
        var assets = household.Assets;
        return assets.FinancialAssets.Yuan < Value(MeansTestParameters.FinancialAssetsMultiple).Value * Value(DibaoParameters.StandardMonthly).Yuan * 12 * counted
            && assets.HomesOwned <= Value(MeansTestParameters.MaxHomes)
            && assets.BusinessEquity.Yuan <= Value(MeansTestParameters.BusinessEquityLimit).Yuan;
    }

    /// <summary>HH-01, HH-02: the members who count on the date, under the policy's adult age and years away.</summary>
    internal static List<HouseholdMember> Counted(Household household, PolicySet policy, LocalDate date) =>
        [.. household.Members.Where(m => Counts(m, policy, date))];

    /// <summary>HH-01, HH-02: whether a member counts on the date, under the policy's adult age and years away.</summary>
    internal static bool Counts(HouseholdMember m, PolicySet policy, LocalDate date) =>
        Counts(m, date, policy.ValueAt(MeansTestParameters.AdultAge, date).Value.Value, policy.ValueAt(MeansTestParameters.ClergyYearsAway, date).Value.Value);

    internal static bool Counts(HouseholdMember m, LocalDate date, int adultAge, int clergyYears)
    {
        if (m.BirthDate > date)
        {
            return false;
        }

        if (m.Absence != Absence.None && (m.AbsentSince is null || m.AbsentSince <= date))
        {
            if (m.Absence != Absence.ReligiousLife || m.AbsentSince!.Value.PlusYears(clergyYears) <= date)
            {
                return false;
            }
        }

        var adult = m.BirthDate.PlusYears(adultAge) <= date;
        return m.Relation switch
        {
            Relation.Applicant or Relation.Spouse => true,
            Relation.Child => !adult || m.FullTimeStudent || !m.LivesIndependently,
            Relation.OtherWithoutSupportDuty => false,
            _ => m.LivesWithHousehold,
        };
    }

    // TK-02: aged, a child, an enrolled minor, or a disability of a qualifying grade.
    internal static bool UnableToWork(HouseholdMember m, PolicySet policy, LocalDate date)
    {
        int Years(PolicyParameter<int> parameter) => policy.ValueAt(parameter, date).Value.Value;
        if (m.BirthDate.PlusYears(Years(ExtremePovertyParameters.ElderlyAge)) <= date || m.BirthDate.PlusYears(Years(ExtremePovertyParameters.ChildAge)) > date)
        {
            return true;
        }

        if (m.EnrolledInExtremePoverty && m.BirthDate.PlusYears(Years(ExtremePovertyParameters.MinorEnrolmentAge)) > date)
        {
            return true;
        }

        return m.Disability is { } d && d.Kind switch
        {
            DisabilityKind.Intellectual or DisabilityKind.Mental => d.Grade <= Years(ExtremePovertyParameters.IntellectualMentalMaxGrade),
            DisabilityKind.Physical => d.Grade <= Years(ExtremePovertyParameters.PhysicalMaxGrade),
            DisabilityKind.Visual => d.Grade <= Years(ExtremePovertyParameters.VisualMaxGrade),
            _ => false,
        };
    }
}
