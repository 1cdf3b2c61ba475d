using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Validation;

namespace DomainKit.Cadres;

/// <summary>The consequences of annual grades (CA-03, CA-04, CA-05, CA-07).</summary>
public static class Assessment
{
    /// <summary>
    /// What the cadre's grade for a year brings: excellent or competent, a year-end bonus (CA-05); basically
    /// competent, no promotion (CA-07) and, the policy's number of years running, down one level; incompetent, down
    /// one level (CA-03) and, the policy's number of years running, dismissal (CA-04). Years running are
    /// consecutive calendar years: a year without a grade, or with another grade, breaks the run.
    /// </summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="year">The year.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The consequences, or Invalid when the cadre has no grade for the year.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<YearConsequences> Consequences(Cadre cadre, int year, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(terms);
        if (cadre.GradeIn(year) is not { } grade)
        {
            return Result<YearConsequences>.Invalid(Errors.At("year", ErrorCodes.Required, $"The cadre has no grade for {year}."));
        }

        var running = YearsRunning(cadre, year, grade);
        var consequences = ImmutableArray.CreateBuilder<AssessmentConsequence>();
        var steps = new List<ExplanationStep>();
        switch (grade)
        {
            case AssessmentGrade.Excellent or AssessmentGrade.Competent:
                consequences.Add(AssessmentConsequence.YearEndBonus);
                steps.Add(Step("CA-05", MessageKeys.CadreBonus, year, grade, running).Build());
                break;
            case AssessmentGrade.BasicallyCompetent:
                consequences.Add(AssessmentConsequence.NoPromotionThisYear);
                steps.Add(Step("CA-07", MessageKeys.CadreNoPromotion, year, grade, running).Build());
                Run("CA-07", AssessmentConsequence.DownOneLevel, MessageKeys.CadreRunDownOneLevel, CadreParameters.BasicallyCompetentYearsToDemotion, terms.BasicallyCompetentYearsToDemotion);
                break;
            default:
                consequences.Add(AssessmentConsequence.DownOneLevel);
                steps.Add(Step("CA-03", MessageKeys.CadreIncompetentDown, year, grade, running).Build());
                Run("CA-04", AssessmentConsequence.Dismissal, MessageKeys.CadreRunDismissal, CadreParameters.IncompetentYearsToDismissal, terms.IncompetentYearsToDismissal);
                break;
        }

        // A run of the same grade long enough for the parameter adds its consequence; a shorter one says so.
        void Run(string ruleId, AssessmentConsequence consequence, string reachedKey, Policies.PolicyParameter<int> parameter, Policies.DatedValue<int> needed)
        {
            var reached = running >= needed.Value;
            if (reached)
            {
                consequences.Add(consequence);
            }

            steps.Add(Step(ruleId, reached ? reachedKey : MessageKeys.CadreRunShort, year, grade, running)
                .Arg("needed", needed.Value)
                .Parameter(parameter, needed)
                .Build());
        }

        var bases = Bases(cadre, year, terms);
        foreach (var basis in bases)
        {
            steps.Add((basis.Achievement is { } achievement
                    ? StepBuilder.Computed("SX-CA-09", MessageKeys.AssessmentBasisResult).Arg("count", basis.Indicators).Arg("achievement", (achievement * 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%")
                    : StepBuilder.Computed("SX-CA-09", MessageKeys.AssessmentBasisNone))
                .Term("basis", MessageKeys.AssessmentBasisTerm(basis.Basis))
                .Arg("year", year)
                .Parameter(CadreParameters.IncentiveIndicators, terms.Indicators!.Value)
                .Build());
        }

        return new YearConsequences(year, grade, running, consequences.ToImmutable(), new Explanation([.. steps])) { Bases = bases };
    }

    /// <summary>
    /// What each Shaanxi basis of the policy's indicator set shows for the year (SX-CA-09): how many of its
    /// indicators have a result and their weighted average achievement, capped as the incentive caps it. Empty when
    /// the policy sets no indicators or none belongs to a basis.
    /// </summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="year">The year.</param>
    /// <param name="terms">The cadre rules in force.</param>
    /// <returns>One result per basis the set names, in basis order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<BasisResult> Bases(Cadre cadre, int year, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Indicators is not { } set)
        {
            return [];
        }

        var cap = terms.AchievementCap?.Value.Value ?? decimal.MaxValue;
        var points = terms.GradePoints?.Value;
        return [.. set.Value.Indicators
            .Where(i => i.Basis is not null)
            .GroupBy(i => i.Basis!.Value)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var measured = g.Select(i => (Indicator: i, Measured: IndicatorMeasure.For(cadre, i, year, points)))
                    .Where(m => m.Measured is not null)
                    .ToList();
                var weight = measured.Sum(m => m.Indicator.Weight.Value);
                var achieved = measured.Sum(m => m.Indicator.Weight.Value * IndicatorMeasure.Achievement(m.Measured!.Value.Result, m.Indicator, cap));
                return new BasisResult(g.Key, measured.Count, weight > 0m ? achieved / weight : null);
            })];
    }

    /// <summary>How many consecutive years up to and including <paramref name="year"/> the cadre had <paramref name="grade"/>.</summary>
    internal static int YearsRunning(Cadre cadre, int year, AssessmentGrade grade)
    {
        var running = 0;
        while (cadre.GradeIn(year - running) == grade)
        {
            running++;
        }

        return running;
    }

    private static StepBuilder Step(string ruleId, string key, int year, AssessmentGrade grade, int running) =>
        StepBuilder.Computed(ruleId, key)
            .Arg("year", year)
            .Term("grade", MessageKeys.GradeTerm(grade))
            .Arg("running", running)
            .Input($"assessments[{year}].grade", ExcellentQuota.Token(grade), MessageKeys.GradeTerm(grade));
}
