using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Serialization;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// Fault tolerance and correction (容错纠错, FT-01 to FT-06, SX-FT-02, SX-FT-03): whether a mistake is exempted,
/// mitigated or not tolerated, and the correction ordered with a tolerated one.
/// </summary>
public static class Tolerance
{
    /// <summary>
    /// Decides an application. Any exclusion the policy lists makes the mistake intolerable whatever else holds
    /// (FT-06); so does a mistake outside official duties, or on the wrong side of any of the three distinctions
    /// (FT-01) or four boundaries (SX-FT-02). Otherwise the six factors decide (FT-03): none against, exempted; no
    /// more against than the policy allows, mitigated; more, not tolerated.
    /// </summary>
    /// <param name="application">The application, with a finding for every distinction, boundary and factor.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The decision, or Invalid naming each missing finding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<ToleranceDecision> Decide(ToleranceApplication application, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(terms);
        var errors = Check(application);
        if (errors.Count > 0)
        {
            return Result<ToleranceDecision>.Invalid(errors);
        }

        var steps = new List<ExplanationStep>();
        var excluded = application.Exclusions.Values.Where(terms.ToleranceExclusions.Value.Contains).ToList();
        foreach (var exclusion in Enum.GetValues<ToleranceExclusion>().Where(terms.ToleranceExclusions.Value.Contains))
        {
            var found = application.Exclusions.Contains(exclusion);
            steps.Add(StepBuilder.Test("FT-06", !found, found ? MessageKeys.ToleranceExcluded : MessageKeys.ToleranceNotExcluded)
                .Term("exclusion", MessageKeys.ExclusionTerm(exclusion))
                .Parameter(CadreParameters.ToleranceExclusions, terms.ToleranceExclusions)
                .Input("exclusions", EnumTokens<ToleranceExclusion>.ToToken(exclusion))
                .Build());
        }

        steps.Add(StepBuilder.Test("FT-02", application.InPerformanceOfDuties, application.InPerformanceOfDuties ? MessageKeys.ToleranceInDuties : MessageKeys.ToleranceOutsideDuties).Build());
        foreach (var (distinction, tolerable) in application.Distinctions.OrderBy(d => d.Key))
        {
            steps.Add(StepBuilder.Test("FT-01", tolerable, tolerable ? MessageKeys.ToleranceSideTolerable : MessageKeys.ToleranceSideIntolerable)
                .Term("finding", MessageKeys.DistinctionTerm(distinction))
                .Input("distinctions." + EnumTokens<ToleranceDistinction>.ToToken(distinction), tolerable ? "true" : "false")
                .Build());
        }

        foreach (var (boundary, tolerable) in application.Boundaries.OrderBy(b => b.Key))
        {
            steps.Add(StepBuilder.Test("SX-FT-02", tolerable, tolerable ? MessageKeys.ToleranceSideTolerable : MessageKeys.ToleranceSideIntolerable)
                .Term("finding", MessageKeys.BoundaryTerm(boundary))
                .Input("boundaries." + EnumTokens<ToleranceBoundary>.ToToken(boundary), tolerable ? "true" : "false")
                .Build());
        }

        foreach (var (factor, weight) in application.Factors.OrderBy(f => f.Key))
        {
            steps.Add(StepBuilder.Test("FT-03", weight != FactorWeight.Unfavourable, MessageKeys.ToleranceFactor)
                .Term("factor", MessageKeys.FactorTerm(factor))
                .Term("weight", MessageKeys.FactorWeightTerm(weight))
                .Input("factors." + EnumTokens<ToleranceFactor>.ToToken(factor), EnumTokens<FactorWeight>.ToToken(weight))
                .Build());
        }

        var unfavourable = application.Factors.Values.Count(w => w == FactorWeight.Unfavourable);
        var sidesHold = application.InPerformanceOfDuties && application.Distinctions.Values.All(t => t) && application.Boundaries.Values.All(t => t);
        var outcome = excluded.Count > 0 || !sidesHold ? ToleranceOutcome.NotTolerated
            : unfavourable == 0 ? ToleranceOutcome.Exempted
            : unfavourable <= terms.MitigationMaxUnfavourableFactors.Value ? ToleranceOutcome.Mitigated
            : ToleranceOutcome.NotTolerated;
        steps.Add(StepBuilder.Computed("FT-02", MessageKeys.ToleranceOutcome)
            .Term("outcome", MessageKeys.ToleranceOutcomeTerm(outcome))
            .Arg("unfavourable", unfavourable)
            .Arg("allowed", terms.MitigationMaxUnfavourableFactors.Value)
            .Parameter(CadreParameters.MitigationMaxUnfavourableFactors, terms.MitigationMaxUnfavourableFactors)
            .Build());
        return new ToleranceDecision(application.Id, outcome, unfavourable, new Explanation([.. steps]));
    }

    /// <summary>
    /// Orders the correction of a tolerated mistake (SX-FT-03): due the policy's number of working days after the
    /// order, on the supplied calendar (GEN-01).
    /// </summary>
    /// <param name="decision">A decision that tolerated the mistake.</param>
    /// <param name="orderedOn">The day of the order.</param>
    /// <param name="calendar">The holiday calendar.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The order, or Invalid when the mistake was not tolerated or the policy sets no deadline.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<CorrectionOrder> OrderCorrection(ToleranceDecision decision, LocalDate orderedOn, WorkingDayCalendar calendar, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(terms);
        if (!decision.Tolerated)
        {
            return Result<CorrectionOrder>.Invalid(Errors.At("decision", ErrorCodes.CadreProcedureStep, "Correction is ordered with a tolerated mistake; an intolerable one is handled under the normal rules."));
        }

        if (terms.CorrectionDeadlineWorkingDays is not { } days)
        {
            return Result<CorrectionOrder>.Invalid(PolicySet.MissingParameter(CadreParameters.CorrectionDeadlineWorkingDays));
        }

        var start = Dates.Iso(orderedOn);
        return new CorrectionOrder(decision.ApplicationId, start, calendar.AddWorkingDays(start, days.Value));
    }

    private static List<ValidationError> Check(ToleranceApplication application)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(application.Id) || application.Id.Length > 64)
        {
            errors.Add(Errors.At("id", ErrorCodes.Required, "An ID of 1 to 64 characters is required."));
        }

        Complete(errors, "distinctions", application.Distinctions?.Keys);
        Complete(errors, "boundaries", application.Boundaries?.Keys);
        Complete(errors, "factors", application.Factors?.Keys);
        if (application.Factors is { } factors && factors.Values.Any(w => !Enum.IsDefined(w)))
        {
            errors.Add(Errors.At("factors", ErrorCodes.UnknownName, "A factor weighs favourable, neutral or unfavourable."));
        }

        return errors;
    }

    private static void Complete<T>(List<ValidationError> errors, string path, IEnumerable<T>? answered)
        where T : struct, Enum
    {
        var given = answered?.ToHashSet() ?? [];
        foreach (var missing in Enum.GetValues<T>().Where(v => !given.Contains(v)))
        {
            errors.Add(Errors.At($"{path}.{EnumTokens<T>.ToToken(missing)}", ErrorCodes.Required, "Every finding is made, one way or the other."));
        }

        foreach (var unknown in given.Where(v => !Enum.IsDefined(v)))
        {
            errors.Add(Errors.At(path, ErrorCodes.UnknownName, $"{unknown} is not a finding the library knows."));
        }
    }
}
