using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of low-income margin households (低保边缘家庭, policy-spec MD-01, MD-02).</summary>
public static class MarginParameters
{
    /// <summary>MD-01: per-capita income must stay below this multiple of the dibao standard.</summary>
    public static readonly PolicyParameter<Rate> IncomeMultiple = ParameterFactory.Multiple(
        "marginIncomeMultiple", "MD-01", "Multiple of the dibao standard that per-capita income must stay below.", 100m);

    /// <summary>MD-02: a disability of this grade or more severe (lower number), of any category, counts as severe.</summary>
    public static readonly PolicyParameter<int> SevereDisabilityMaxGrade = ParameterFactory.Whole(
        "marginSevereDisabilityMaxGrade", "MD-02", ParameterUnit.Count, "Least severe disability grade that counts as severe for single-member dibao.", 0, 4);
}
