// <readme-usings>
using DomainKit;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using NodaTime;
// </readme-usings>

namespace DomainKit.Tests.Readme;

/// <summary>The usage example of README.md, compiled here so it cannot rot; ReadmeTest checks the two texts match.</summary>
internal static class ReadmeExample
{
    public static void Run()
    {
        // <readme-body>
        var policy = PolicySets.ZhifuPilot;                      // bundled preset, dated values inside
        var household = Household.Create(
        [
            new HouseholdMember
            {
                Relation = Relation.Applicant,
                BirthDate = new LocalDate(1978, 4, 12),
                Incomes = [new Income(IncomeKind.Wages, Money.FromYuan(18_000m))],   // over the 12-month window
            },
            new HouseholdMember { Relation = Relation.Spouse, BirthDate = new LocalDate(1980, 9, 30) },
            new HouseholdMember { Relation = Relation.Child, BirthDate = new LocalDate(2014, 6, 1) },
        ]);                                                      // Result<Household>: Invalid with field paths if bad

        var date = new LocalDate(2026, 3, 1);
        var decision = Dibao.Decide(household.Value, policy, date).Value;
        Console.WriteLine(decision.Outcome);                     // Eligible
        Console.WriteLine(decision.MonthlyBenefit);              // ¥1350.00
        Console.WriteLine(decision.Explanation.Render(Language.ChineseSimplified));

        // A reform is one line and leaves the preset untouched.
        var reform = policy.With(DibaoParameters.StandardMonthly, Money.FromYuan(1_000m), effectiveFrom: new LocalDate(2026, 1, 1));
        Console.WriteLine(Dibao.Decide(household.Value, reform, date).Value.MonthlyBenefit);   // ¥1500.00
        // </readme-body>
    }
}
