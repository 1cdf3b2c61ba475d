namespace DomainKit.Policies;

/// <summary>The stable tokens that name each <see cref="ParameterUnit"/> in JSON and documentation.</summary>
internal static class ParameterUnits
{
    public static string ToToken(ParameterUnit unit) => unit switch
    {
        ParameterUnit.Yuan => "yuan",
        ParameterUnit.YuanPerMonth => "yuan/month",
        ParameterUnit.Fraction => "fraction",
        ParameterUnit.Multiple => "multiple",
        ParameterUnit.Months => "months",
        ParameterUnit.Years => "years",
        ParameterUnit.Days => "days",
        ParameterUnit.WorkingDays => "working days",
        ParameterUnit.Count => "count",
        ParameterUnit.Scheme => "scheme",
        ParameterUnit.Set => "set",
        ParameterUnit.YuanPerYear => "yuan/year",
        ParameterUnit.Choice => "choice",
        ParameterUnit.Table => "table",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };
}
