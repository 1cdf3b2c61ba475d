using System.Collections.Immutable;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// One seeded population every engine decides: each household both as DomainKit claims (members, incomes, assets,
/// a bill, a temporary request) and as the flat facts the peer engines read, drawn from the same random numbers.
/// Everyone listed is counted (an applicant, a spouse, minor children), so the flat facts and DomainKit's own
/// membership rules describe the same household.
/// </summary>
public sealed class EnginePopulation
{
    private EnginePopulation(EngineCase[] cases, HouseholdClaims[] claims)
    {
        Cases = cases;
        Claims = claims;
    }

    public EngineCase[] Cases { get; }

    public HouseholdClaims[] Claims { get; }

    public static EnginePopulation Create(int count, int seed = 20261128)
    {
        var random = new Random(seed);
        var reference = EngineRules.For(EngineRules.Date).StandardMonthlyFen * 12;
        var cases = new EngineCase[count];
        var claims = new HouseholdClaims[count];
        for (var i = 0; i < count; i++)
        {
            var size = random.Next(1, 6);
            var income = random.NextInt64(0, reference * size * 2);
            var assets = random.NextInt64(0, reference * size * 3);
            var homes = random.Next(0, 3);
            var hasBill = random.Next(10) < 7;
            var bill = hasBill ? random.NextInt64(0, 8_000_000) : 0;
            var hasTemporary = random.Next(10) < 3;
            var serious = random.Next(2) == 0;
            cases[i] = new EngineCase
            {
                Id = i, Members = size, IncomeFen = income, FinancialAssetsFen = assets, Homes = homes,
                HasBill = hasBill, BillFen = bill, HasTemporary = hasTemporary, TemporarySerious = serious,
            };
            var members = ImmutableArray.CreateBuilder<HouseholdMember>(size);
            for (var m = 0; m < size; m++)
            {
                members.Add(new HouseholdMember
                {
                    Relation = m == 0 ? Relation.Applicant : m == 1 ? Relation.Spouse : Relation.Child,
                    BirthDate = m == 0 ? new LocalDate(1975, 3, 1) : m == 1 ? new LocalDate(1977, 6, 1) : new LocalDate(2012 + m, 1, 15),
                    Incomes = m == 0 && income > 0 ? [new Income(IncomeKind.Wages, Money.FromFen(income))] : [],
                });
            }

            var household = Household.Create(members.ToImmutable(), new HouseholdAssets { FinancialAssets = Money.FromFen(assets), HomesOwned = homes }).Value;
            MedicalBill[] bills = hasBill ? [new MedicalBill { MemberIndex = 0, TotalCost = Money.FromFen(bill) }] : [];
            var temporary = hasTemporary
                // The sudden cost exceeds any household's own resources here, so TA-01's hardship test always holds
                // and the other engines' rule sets, which decide the amount only, stay comparable.
                ? new TemporaryAssistanceRequest { Type = HardshipType.Emergency, SuddenCost = Money.FromYuan(Household.MaxAmountYuan), Need = TemporaryNeed.BasicLiving, Severity = serious ? HardshipSeverity.Serious : HardshipSeverity.Moderate }
                : null;
            claims[i] = HouseholdClaims.Create(household, bills, temporary: temporary).Value;
        }

        return new EnginePopulation(cases, claims);
    }

    /// <summary>DomainKit's answer in the shared shape: what every other engine must match.</summary>
    public static EngineDecision FromDomainKit(in HouseholdAssessmentResult result) => new(
        result.Dibao.IsEligible,
        result.Dibao.MonthlyBenefit.Fen,
        result.Margin.IsMargin,
        result.MedicalAssistance.Fen,
        result.Temporary is { } temporary ? temporary.Amount.Fen : 0);
}
