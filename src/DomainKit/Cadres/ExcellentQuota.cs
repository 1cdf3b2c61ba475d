using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Cadres;

/// <summary>The excellent quota of a unit's annual assessment (CA-06).</summary>
public static class ExcellentQuota
{
    /// <summary>The rule.</summary>
    public const string RuleId = "CA-06";

    /// <summary>The quota for a number assessed: the share of them, exact, rounded to whole people as the policy says.</summary>
    /// <param name="assessed">How many were assessed.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The quota, or Invalid when the policy does not say how to round or the number is out of range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    public static Result<int> For(int assessed, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (assessed is < 1 or > 1_000_000)
        {
            return Result<int>.Invalid(Errors.At("assessed", ErrorCodes.OutOfRange, "Between 1 and 1,000,000 people are assessed."));
        }

        if (terms.ExcellentQuotaRounding is not { } rounding)
        {
            return Result<int>.Invalid(PolicySet.MissingParameter(CadreParameters.ExcellentQuotaRounding));
        }

        var exact = terms.ExcellentQuotaShare.Value.Value * assessed;
        return (int)(rounding.Value switch
        {
            QuotaRounding.HalfUp => decimal.Round(exact, 0, MidpointRounding.AwayFromZero),
            QuotaRounding.Up => decimal.Ceiling(exact),
            _ => decimal.Floor(exact),
        });
    }

    /// <summary>Checks a unit's proposed grade distribution against the quota.</summary>
    /// <param name="proposed">One proposed grade per person assessed.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The check; Invalid with <see cref="ErrorCodes.CadreQuotaExceeded"/>, saying by how many, when more are graded excellent than the quota allows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<QuotaCheck> Check(IEnumerable<AssessmentGrade> proposed, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(terms);
        var grades = proposed.ToList();
        var unknown = grades.FindIndex(g => !Enum.IsDefined(g));
        if (unknown >= 0)
        {
            return Result<QuotaCheck>.Invalid(Errors.At($"grades[{unknown}]", ErrorCodes.UnknownName, "A grade is excellent, competent, basicallyCompetent or incompetent."));
        }

        var quota = For(grades.Count, terms);
        if (!quota.IsSuccess)
        {
            return Result<QuotaCheck>.Invalid(quota.ValidationErrors.Select(e => e.Identifier == "assessed" ? Errors.WithPath(e, "grades") : e));
        }

        var excellent = grades.Count(g => g == AssessmentGrade.Excellent);
        if (excellent > quota.Value)
        {
            return Result<QuotaCheck>.Invalid(Errors.At("grades", ErrorCodes.CadreQuotaExceeded,
                $"{excellent} graded excellent of {grades.Count}; the quota allows {quota.Value}: {excellent - quota.Value} too many."));
        }

        var rounding = terms.ExcellentQuotaRounding!.Value;
        var step = StepBuilder.Test(RuleId, true, MessageKeys.CadreQuota)
            .Arg("assessed", grades.Count)
            .Arg("share", CadreParameters.ExcellentQuotaShare.Format(terms.ExcellentQuotaShare.Value))
            .Arg("exact", (terms.ExcellentQuotaShare.Value.Value * grades.Count).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Term("rounding", MessageKeys.QuotaRoundingTerm(rounding.Value))
            .Arg("quota", quota.Value)
            .Arg("proposed", excellent)
            .Parameter(CadreParameters.ExcellentQuotaShare, terms.ExcellentQuotaShare)
            .Parameter(CadreParameters.ExcellentQuotaRounding, rounding)
            .Build();
        return new QuotaCheck(grades.Count, quota.Value, excellent, new Explanation([step]));
    }

    internal static string Token(AssessmentGrade grade) => EnumTokens<AssessmentGrade>.ToToken(grade);
}
