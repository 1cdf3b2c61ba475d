using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of the minimum living guarantee (policy-spec DB-01, DB-02).</summary>
public static class DibaoParameters
{
    /// <summary>DB-01: the local monthly dibao standard per person; income below it, with the property test passed, qualifies.</summary>
    public static readonly PolicyParameter<Money> StandardMonthly = ParameterFactory.Amount(
        "dibaoStandardMonthly", "DB-01", ParameterUnit.YuanPerMonth, "Local monthly dibao standard per person.", allowZero: false);

    /// <summary>DB-07: a member able to work who refuses this many consecutive suitable job referrals loses their share.</summary>
    public static readonly PolicyParameter<int> RefusalsBeforeCut = ParameterFactory.Whole(
        "dibaoRefusalsBeforeCut", "DB-07", ParameterUnit.Count, "Consecutive refused job referrals after which a member's share is cut.", 1, 100);

    /// <summary>DB-08: months the benefit continues after work lifts income above the line.</summary>
    public static readonly PolicyParameter<int> GradualExitMonths = ParameterFactory.Whole(
        "dibaoGradualExitMonths", "DB-08", ParameterUnit.Months, "Months the benefit continues after work lifts income above the line.", 0, 60);

    /// <summary>
    /// DB-13 (optional, local): the floor as a share of the standard per member; where set, people with no income,
    /// no ability to work and no supporter also get the full standard.
    /// </summary>
    public static readonly PolicyParameter<Rate> MinimumShare = ParameterFactory.Fraction(
        "dibaoMinimumShare", "DB-13", "Floor of the dibao benefit as a share of the standard per member.", optional: true);
}
