namespace DomainKit.Cadres;

/// <summary>How an indicator of the policy's set is measured for a cadre's year (SX-IN-02, SX-CA-09).</summary>
internal static class IndicatorMeasure
{
    /// <summary>
    /// The result an indicator has for a year: the cadre's own result for it; or, for an indicator of the key-project
    /// basis without one, the year's quarterly key-project grades judged by their results (SX-CA-09): their average
    /// grade points against the points of "competent" as the target. Null when there is neither.
    /// </summary>
    public static (IndicatorResult Result, int Quarters)? For(Cadre cadre, IndicatorDefinition indicator, int year, GradePoints? points)
    {
        if (cadre.Indicators.FirstOrDefault(i => i.Year == year && i.IndicatorId == indicator.Id) is { } own)
        {
            return (own, 0);
        }

        if (indicator.Basis != AssessmentBasis.KeyProjects || points is null)
        {
            return null;
        }

        var quarters = cadre.KeyProjects.Where(k => k.Year == year).ToList();
        var target = points.For(AssessmentGrade.Competent);
        if (quarters.Count == 0 || target <= 0m)
        {
            return null;
        }

        var average = quarters.Sum(k => points.For(k.Grade)) / quarters.Count;
        return (new IndicatorResult(year, indicator.Id, target, average), quarters.Count);
    }

    /// <summary>
    /// The share of the target achieved, capped: actual over target when higher is better, target over actual when
    /// lower is better (an actual of zero then earns the cap).
    /// </summary>
    public static decimal Achievement(IndicatorResult result, IndicatorDefinition indicator, decimal cap) => Math.Min(
        indicator.HigherIsBetter ? result.Actual / result.Target
        : result.Actual == 0m ? cap
        : result.Target / result.Actual,
        cap);
}
