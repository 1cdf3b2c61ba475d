using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// What bars a cadre's promotion (CA-07, CA-08, PD-04). Tolerated mistakes never do (SX-FT-03): they are not
/// read here at all.
/// </summary>
public static class Promotion
{
    /// <summary>
    /// Every bar of the cadre's record, in date order: each sanction for its months (CA-08); a basically competent
    /// grade for the calendar year after the year graded, when the result applies (CA-07); a demotion for the
    /// policy's years, and a removal for accountability for the policy's years (PD-04).
    /// </summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The bars.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<PromotionBar> Bars(Cadre cadre, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(terms);
        var bars = new List<PromotionBar>();
        foreach (var sanction in cadre.Sanctions)
        {
            bars.Add(new PromotionBar(PromotionBarKind.SanctionPeriod, "CA-08", sanction.ImposedOn, sanction.ImposedOn.PlusMonths(terms.MonthsOf(sanction.Kind).Value)));
        }

        foreach (var assessment in cadre.Assessments.Where(a => a.Grade == AssessmentGrade.BasicallyCompetent))
        {
            bars.Add(new PromotionBar(PromotionBarKind.BasicallyCompetentGrade, "CA-07", new LocalDate(assessment.Year + 1, 1, 1), new LocalDate(assessment.Year + 2, 1, 1)));
        }

        foreach (var adjustment in cadre.Adjustments)
        {
            if (adjustment.Method == AdjustmentMethod.Demotion)
            {
                bars.Add(new PromotionBar(PromotionBarKind.AfterDemotion, "PD-04", adjustment.On, adjustment.On.PlusYears(terms.ReuseBarAfterDemotionYears.Value)));
            }
            else if (adjustment.ForAccountability && adjustment.Method is AdjustmentMethod.Removal or AdjustmentMethod.ResignationTakingBlame or AdjustmentMethod.OrderedToResign)
            {
                bars.Add(new PromotionBar(PromotionBarKind.AfterRemovalForAccountability, "PD-04", adjustment.On, adjustment.On.PlusYears(terms.ReuseBarAfterRemovalYears.Value)));
            }
        }

        return [.. bars.Where(b => b.Until > b.From).OrderBy(b => b.From).ThenBy(b => b.Kind)];
    }

    /// <summary>The bars that hold on a date; the cadre may be promoted that day only when there are none.</summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="date">The date.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The bars holding on the date.</returns>
    public static ImmutableArray<PromotionBar> BarsOn(Cadre cadre, LocalDate date, CadreTerms terms) =>
        [.. Bars(cadre, terms).Where(b => b.HoldsOn(date))];
}
