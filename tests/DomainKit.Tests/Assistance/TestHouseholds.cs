using System.Collections.Immutable;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Tests.Assistance;

/// <summary>Short ways to write the households of hand-computed examples.</summary>
internal static class TestHouseholds
{
    public static HouseholdMember Person(Relation relation, LocalDate born, params Income[] incomes) =>
        new() { Relation = relation, BirthDate = born, Incomes = [.. incomes] };

    public static Income Wages(decimal yuan) => new(IncomeKind.Wages, Money.FromYuan(yuan));

    public static Household Of(params HouseholdMember[] members) => Of(HouseholdAssets.None, members);

    public static Household Of(HouseholdAssets assets, params HouseholdMember[] members)
    {
        var result = Household.Create(members, assets);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorCode)));
        return result.Value;
    }

    public static ImmutableArray<HouseholdMember> Applicant(LocalDate born, params Income[] incomes) => [Person(Relation.Applicant, born, incomes)];
}
