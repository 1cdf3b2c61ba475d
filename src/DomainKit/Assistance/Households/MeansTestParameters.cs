using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of the household means test (policy-spec HH-01 to HH-05).</summary>
public static class MeansTestParameters
{
    /// <summary>
    /// HH-01: the age from which a child is an adult and counts as a member only when unable to live
    /// independently (full-time students up to bachelor level included).
    /// </summary>
    public static readonly PolicyParameter<int> AdultAge = ParameterFactory.Whole(
        "adultAge", "HH-01", ParameterUnit.Years, "Age from which a child counts only when unable to live independently.", 1, 30);

    /// <summary>HH-02: consecutive years living away in religious life after which a member is not counted.</summary>
    public static readonly PolicyParameter<int> ClergyYearsAway = ParameterFactory.Whole(
        "clergyYearsAway", "HH-02", ParameterUnit.Years, "Consecutive years away in religious life after which a member is not counted.", 1, 50);

    /// <summary>HH-04: the months of income the means test looks at; income amounts are totals over this window.</summary>
    public static readonly PolicyParameter<int> AssessmentWindowMonths = ParameterFactory.Whole(
        "assessmentWindowMonths", "HH-04", ParameterUnit.Months, "Months of income the means test averages over.", 1, 120);

    /// <summary>HH-05: financial assets per counted member must stay below this multiple of the annual dibao standard.</summary>
    public static readonly PolicyParameter<Rate> FinancialAssetsMultiple = ParameterFactory.Multiple(
        "financialAssetsMultiple", "HH-05", "Limit on financial assets per member, as a multiple of the annual dibao standard.", 1000m);

    /// <summary>HH-05: the most homes a household may own and pass the property test.</summary>
    public static readonly PolicyParameter<int> MaxHomes = ParameterFactory.Whole(
        "maxHomes", "HH-05", ParameterUnit.Count, "Most homes a household may own.", 0, 100);

    /// <summary>HH-05: the most business equity a household may hold and pass the property test (inclusive).</summary>
    public static readonly PolicyParameter<Money> BusinessEquityLimit = ParameterFactory.Amount(
        "businessEquityLimit", "HH-05", ParameterUnit.Yuan, "Most business equity a household may hold.");
}
