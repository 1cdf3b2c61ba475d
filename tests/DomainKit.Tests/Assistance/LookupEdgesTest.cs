using DomainKit.Assistance;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Lookups by position or by enum value answer "not there" for any value outside their table, negative ones
/// included, instead of overflowing in the library's checked arithmetic.
/// </summary>
public class LookupEdgesTest
{
    [Theory]
    [InlineData(-1, false)]
    [InlineData(int.MinValue, false)]
    [InlineData(0, true)]
    [InlineData(Household.MaxMembers - 1, true)]
    [InlineData(Household.MaxMembers, false)]
    public void AMemberSet_HoldsOnlyPositionsInRange(int index, bool held)
    {
        var all = Enumerable.Range(0, Household.MaxMembers).Aggregate(MemberSet.Empty, (set, i) => set.With(i));
        Assert.Equal(held, all.Contains(index));
        Assert.False(MemberSet.Empty.Contains(index));
        Assert.True(all != MemberSet.Empty && !all.Equals(MemberSet.Empty) && all == all.With(0) && all.Equals(all.With(1)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(7)]
    [InlineData(99)]
    public void ANeedOutsideTheEnum_GoesToTheCounty_AndAStageOutsideIt_HasNoAmount(int value)
    {
        var routes = RoutingTable.Create([KeyValuePair.Create(Need.Medical, Department.Health)]).Value;
        Assert.Equal(Department.County, routes.Route((Need)value));
        Assert.Equal(Department.Health, routes.Route(Need.Medical));
        var standards = EducationStandards.Create([KeyValuePair.Create(SchoolStage.Primary, Money.FromYuan(1m)), KeyValuePair.Create(SchoolStage.JuniorSecondary, Money.FromYuan(2m))]).Value;
        Assert.Null(standards.For((SchoolStage)value));
        Assert.Equal(Money.FromYuan(2m), standards.For(SchoolStage.JuniorSecondary));
    }
}
