using System.Collections.Immutable;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Cli;

/// <summary>
/// A seeded synthetic caseload: the same households on every run, mixing sizes, ages, absences,
/// excluded income kinds and assets so every branch of the means test is exercised. <c>domainkit generate</c>
/// writes it for trying review and compare at scale; the benchmarks measure on it.
/// </summary>
public static class SyntheticPopulation
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 20261128;

    /// <summary>A caseload held in memory.</summary>
    /// <param name="count">How many households.</param>
    /// <param name="seed">The seed: the same seed gives the same households.</param>
    /// <returns>The households.</returns>
    public static Household[] Create(int count, int seed = DefaultSeed) => Stream(count, seed).ToArray();

    /// <summary>The same households, generated lazily so that a caseload of any size needs the memory of one.</summary>
    /// <param name="count">How many households.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The households, one at a time.</returns>
    public static IEnumerable<Household> Stream(long count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        for (long i = 0; i < count; i++)
        {
            yield return CreateOne(random);
        }
    }

    /// <summary>
    /// Households with a medical bill for one in three (a serious-illness inpatient bill for three in ten of
    /// those); with <paramref name="everyProgramme"/>, also a temporary-assistance request and an
    /// expenditure-hardship claim for one in five each.
    /// </summary>
    /// <param name="count">How many households.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="everyProgramme">Whether to add temporary requests and expenditure claims.</param>
    /// <returns>The households with their claims, one at a time.</returns>
    public static IEnumerable<HouseholdClaims> StreamClaims(long count, int seed = DefaultSeed, bool everyProgramme = false)
    {
        var random = new Random(seed + 1);
        foreach (var household in Stream(count, seed))
        {
            var temporary = everyProgramme && random.Next(5) == 0
                ? new TemporaryAssistanceRequest { Type = (HardshipType)random.Next(1, 4), SuddenCost = Money.FromFen(random.Next(100_000, 10_000_000)), Need = (TemporaryNeed)random.Next(1, 4), Severity = (HardshipSeverity)random.Next(1, 4), ExpectedMonths = random.Next(1, 10), Urgent = random.Next(2) == 0 }
                : null;
            var expenditure = everyProgramme && random.Next(5) == 0
                ? new ExpenditureClaim { MedicalSpending = Money.FromFen(random.Next(0, 5_000_000)), IllnessOrDisasterSpending = random.Next(2) == 0, InDifficultyAfterEmergencyRelief = random.Next(2) == 0 }
                : null;
            if (random.Next(3) != 0)
            {
                yield return HouseholdClaims.Create(household, [], expenditure, temporary).Value;
                continue;
            }

            var serious = random.Next(10) < 3;
            var bill = new MedicalBill
            {
                MemberIndex = random.Next(household.Members.Length),
                TotalCost = Money.FromFen(random.Next(10_000, 8_000_000)),
                Inpatient = serious,
                SeriousIllness = serious,
                ImpoverishedByIllness = random.Next(20) == 0,
            };
            yield return HouseholdClaims.Create(household, [bill], expenditure, temporary).Value;
        }
    }

    // Households that can exist (HH-01): one applicant, present and an adult from 2018 under any adult age up to 20;
    // at most one spouse, also an adult; parents and grandparents born before the applicant, children and grandchildren
    // after (a child may be the spouse's, but is born after the applicant here too).
    private static readonly LocalDate LatestAdultBirth = new(1998, 1, 1);
    private static readonly LocalDate LatestBirth = new(2025, 12, 31);
    private static readonly LocalDate EarliestBirth = new(1900, 1, 1);

    private static Household CreateOne(Random random)
    {
        var size = random.Next(1, 6);
        var members = ImmutableArray.CreateBuilder<HouseholdMember>(size);
        var applicantBorn = Between(random, new LocalDate(1940, 1, 1), LatestAdultBirth);
        var hasSpouse = false;
        for (var m = 0; m < size; m++)
        {
            var relation = m == 0 ? Relation.Applicant : (Relation)random.Next(2, 9);
            if (relation == Relation.Spouse && hasSpouse)
            {
                relation = Relation.Child;
            }

            hasSpouse |= relation == Relation.Spouse;
            var born = relation switch
            {
                Relation.Applicant => applicantBorn,
                Relation.Spouse => Between(random, new LocalDate(1940, 1, 1), LatestAdultBirth),
                Relation.Parent => Between(random, applicantBorn.PlusYears(-45), applicantBorn.PlusYears(-18)),
                Relation.Grandparent => Between(random, applicantBorn.PlusYears(-80), applicantBorn.PlusYears(-38)),
                Relation.Child => Between(random, applicantBorn.PlusYears(16), Earliest(LatestBirth, applicantBorn.PlusYears(45))),
                Relation.Grandchild => Between(random, applicantBorn.PlusYears(36), Earliest(LatestBirth, applicantBorn.PlusYears(80))),
                _ => Between(random, new LocalDate(1940, 1, 1), LatestBirth),
            };
            var incomes = ImmutableArray.CreateBuilder<Income>();
            for (var k = random.Next(0, 3); k > 0; k--)
            {
                incomes.Add(new Income((IncomeKind)random.Next(1, 11), Money.FromFen(random.Next(0, 2_500_000))));
            }

            var absent = m > 0 && random.Next(20) == 0;
            members.Add(new HouseholdMember
            {
                Relation = relation,
                BirthDate = born,
                FullTimeStudent = random.Next(4) == 0,
                LivesIndependently = random.Next(2) == 0,
                LivesWithHousehold = random.Next(5) != 0,
                Absence = absent ? (Absence)random.Next(1, 5) : Absence.None,
                AbsentSince = absent ? new LocalDate(2018, 1, 1).PlusDays(random.Next(0, 3_000)) : null,
                Incomes = incomes.ToImmutable(),
            });
        }

        var assets = new HouseholdAssets
        {
            FinancialAssets = Money.FromFen(random.Next(0, 6_000_000)),
            HomesOwned = random.Next(0, 3),
            BusinessEquity = random.Next(10) == 0 ? Money.FromFen(random.Next(0, 30_000_000)) : Money.Zero,
        };
        var household = Household.Create(members.MoveToImmutable(), assets);
        return household.IsSuccess ? household.Value : throw new InvalidOperationException("The synthetic population produced an invalid household: " + string.Join("; ", household.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorCode)));
    }

    // A grandchild of a young applicant may not be born by the latest birth date: then the latest date is used.
    // No one is born before 1900, inside the household contract's range.
    private static LocalDate Between(Random random, LocalDate from, LocalDate to)
    {
        from = from < EarliestBirth ? EarliestBirth : from;
        return from >= to ? to : from.PlusDays(random.Next(0, Period.Between(from, to, PeriodUnits.Days).Days + 1));
    }

    private static LocalDate Earliest(LocalDate a, LocalDate b) => a < b ? a : b;
}
