using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Temporary assistance (临时救助, policy-spec TA-01 to TA-06, ZF-TA-01): a grant of the monthly dibao
/// standard × counted members × months banded by category, need and severity (or a flat sum for a
/// minor emergency), capped; monthly instalments for long hardship; aid first for urgent emergencies;
/// the route of the application.
/// </summary>
/// <remarks>
/// The months, the cap and the flat sum have no source and no default: a policy without them yields
/// Invalid naming each (<c>policy.parameter.missing</c>), not a zero. Two paths with one meaning, as for
/// <see cref="Dibao"/>. Pure and thread-safe.
/// </remarks>
public static class TemporaryAssistance
{
    /// <summary>The rule ID of the amount.</summary>
    public const string AmountRuleId = "TA-05";

    /// <summary>Validates a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The request, or Invalid with paths under <c>request</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static Result<TemporaryAssistanceRequest> Validate(TemporaryAssistanceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TemporaryRequestChecks.Check(request) is { } errors ? Result<TemporaryAssistanceRequest>.Invalid(errors) : request;
    }

    /// <summary>Decides a request, with the full explanation.</summary>
    /// <param name="household">The household.</param>
    /// <param name="request">The request.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The decision; or Invalid for a bad request, or a policy that does not set a needed parameter on the date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<TemporaryDecision> Decide(Household household, TemporaryAssistanceRequest request, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(household);
        var valid = Validate(request);
        if (!valid.IsSuccess)
        {
            return Result<TemporaryDecision>.Invalid(valid.ValidationErrors);
        }

        return TemporaryTerms.Resolve(policy, date).Bind(t => HouseholdOnDate.Require(household, t.ExtremePoverty.Dibao.MeansTest, () => TemporaryExplainer.Explain(household, request, t)));
    }

    /// <summary>Assesses a validated request on resolved terms, allocating nothing.</summary>
    /// <param name="household">The household.</param>
    /// <param name="request">A request that <see cref="Validate"/> accepts.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request names an undefined type, need, severity or residence: validate requests first.</exception>
    public static TemporaryAssessment Assess(Household household, TemporaryAssistanceRequest request, TemporaryTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(terms);
        if (!Enum.IsDefined(request.Need) || !Enum.IsDefined(request.Severity) || !Enum.IsDefined(request.Type) || !Enum.IsDefined(request.Residence))
        {
            throw new ArgumentException("The request is not valid; call Validate first.", nameof(request));
        }

        return TemporaryCalculator.Compute(household, request, terms).Assessment;
    }

    /// <summary>Assesses a batch of requests on one set of terms, allocating nothing.</summary>
    /// <param name="requests">The requests, validated.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <param name="results">Receives one assessment per request, in the same order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or an entry is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="requests"/>.</exception>
    public static void AssessAll(ReadOnlySpan<(Household Household, TemporaryAssistanceRequest Request)> requests, TemporaryTerms terms, Span<TemporaryAssessment> results) =>
        Batch.Run(requests, terms, results, static (item, t) => Assess(item.Household, item.Request, t));
}
