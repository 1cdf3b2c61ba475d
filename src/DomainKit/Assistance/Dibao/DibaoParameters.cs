using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of the minimum living guarantee (policy-spec DB-01, DB-02).</summary>
public static class DibaoParameters
{
    /// <summary>DB-01: the local monthly dibao standard per person; income below it, with the property test passed, qualifies.</summary>
    public static readonly PolicyParameter<Money> StandardMonthly = ParameterFactory.Amount(
        "dibaoStandardMonthly", "DB-01", ParameterUnit.YuanPerMonth, "Local monthly dibao standard per person.", allowZero: false);
}
