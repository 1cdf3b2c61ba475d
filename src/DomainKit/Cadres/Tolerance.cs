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
    /// Decides an application. Private gain and crossing the bottom line of party discipline and law make the
    /// mistake intolerable whatever the policy says (FT-02, SX-FT-02, <see cref="AlwaysExcludes"/>), and so does any
    /// further exclusion the policy lists (FT-06); so does a mistake outside official duties, or on the wrong side of any of the three distinctions
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
        var excluded = application.Exclusions.Values.Where(e => AlwaysExcludes(e) is not null || terms.ToleranceExclusions.Value.Contains(e)).ToList();
        foreach (var exclusion in Enum.GetValues<ToleranceExclusion>())
        {
            var alwaysRule = AlwaysExcludes(exclusion);
            if (alwaysRule is null && !terms.ToleranceExclusions.Value.Contains(exclusion))
            {
                continue;
            }

            var found = application.Exclusions.Contains(exclusion);
            var step = StepBuilder.Test(alwaysRule ?? "FT-06", !found, found ? MessageKeys.ToleranceExcluded : MessageKeys.ToleranceNotExcluded)
                .Term("exclusion", MessageKeys.ExclusionTerm(exclusion))
                .Input("exclusions", EnumTokens<ToleranceExclusion>.ToToken(exclusion), MessageKeys.ExclusionTerm(exclusion));
            steps.Add((alwaysRule is null ? step.Parameter(CadreParameters.ToleranceExclusions, terms.ToleranceExclusions) : step).Build());
        }

        steps.Add(StepBuilder.Test("FT-02", application.InPerformanceOfDuties, application.InPerformanceOfDuties ? MessageKeys.ToleranceInDuties : MessageKeys.ToleranceOutsideDuties).Build());
        foreach (var (distinction, tolerable) in application.Distinctions.OrderBy(d => d.Key))
        {
            steps.Add(StepBuilder.Test("FT-01", tolerable, tolerable ? MessageKeys.ToleranceSideTolerable : MessageKeys.ToleranceSideIntolerable)
                .Term("finding", MessageKeys.DistinctionTerm(distinction))
                .Input("distinctions." + EnumTokens<ToleranceDistinction>.ToToken(distinction), tolerable)
                .Build());
        }

        foreach (var (boundary, tolerable) in application.Boundaries.OrderBy(b => b.Key))
        {
            steps.Add(StepBuilder.Test("SX-FT-02", tolerable, tolerable ? MessageKeys.ToleranceSideTolerable : MessageKeys.ToleranceSideIntolerable)
                .Term("finding", MessageKeys.BoundaryTerm(boundary))
                .Input("boundaries." + EnumTokens<ToleranceBoundary>.ToToken(boundary), tolerable)
                .Build());
        }

        foreach (var (factor, weight) in application.Factors.OrderBy(f => f.Key))
        {
            steps.Add(StepBuilder.Test("FT-03", weight != FactorWeight.Unfavourable, MessageKeys.ToleranceFactor)
                .Term("factor", MessageKeys.FactorTerm(factor))
                .Term("weight", MessageKeys.FactorWeightTerm(weight))
                .Input("factors." + EnumTokens<ToleranceFactor>.ToToken(factor), EnumTokens<FactorWeight>.ToToken(weight), MessageKeys.FactorWeightTerm(weight))
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

    /// <summary>
    /// Records the follow-up of a correction order (SX-FT-03): corrected at any time from the order on; not
    /// corrected only once the deadline has passed, since until then the cadre still has time. A follow-up is
    /// recorded once. A correction found not carried out is a step-down trigger in the year of the follow-up.
    /// </summary>
    /// <param name="order">The order, not yet followed up.</param>
    /// <param name="on">The day of the follow-up.</param>
    /// <param name="outcome">What it found.</param>
    /// <returns>The order with its outcome, or Invalid naming the field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    public static Result<CorrectionOrder> FollowUp(CorrectionOrder order, LocalDate on, CorrectionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(order);
        var day = Dates.Iso(on);
        if (order.Outcome is not null)
        {
            return Result<CorrectionOrder>.Invalid(Errors.At("outcome", ErrorCodes.CadreProcedureStep, "The correction order was already followed up."));
        }

        if (!Enum.IsDefined(outcome))
        {
            return Result<CorrectionOrder>.Invalid(Errors.At("outcome", ErrorCodes.UnknownName, "The value is not defined."));
        }

        if (day < order.OrderedOn)
        {
            return Result<CorrectionOrder>.Invalid(Errors.At("followedUpOn", ErrorCodes.CadreDatesOutOfOrder, "A follow-up falls on or after the day the correction was ordered."));
        }

        return outcome == CorrectionOutcome.NotCorrected && day <= order.Deadline
            ? Result<CorrectionOrder>.Invalid(Errors.At("followedUpOn", ErrorCodes.CadreDatesOutOfOrder, $"A correction is found not carried out only after its deadline, {Dates.Format(order.Deadline)}."))
            : order with { Outcome = outcome, FollowedUpOn = day };
    }

    /// <summary>
    /// SX-FT-03: one step for each tolerated mistake decided in the year, saying it was not counted against the cadre;
    /// the rules that read grades, sanctions, votes and corrections never read tolerated mistakes.
    /// </summary>
    internal static IEnumerable<ExplanationStep> NotCounted(Cadre cadre, int year) =>
        cadre.ToleratedMistakes.Where(m => m.DecidedOn.Year == year).Select(m => StepBuilder.Computed("SX-FT-03", MessageKeys.ToleratedNotCounted)
            .Arg("date", m.DecidedOn)
            .Term("outcome", MessageKeys.ToleranceOutcomeTerm(m.Outcome))
            .Build());

    /// <summary>
    /// The rule that excludes a mistake whatever the policy's list says, or null when only the list can: private
    /// gain (FT-02 tolerates only a mistake with none) and crossing the bottom line of party discipline and law
    /// (SX-FT-02). A policy can add exclusions (FT-06), never remove these.
    /// </summary>
    /// <param name="exclusion">The exclusion.</param>
    /// <returns>The rule ID, or null.</returns>
    public static string? AlwaysExcludes(ToleranceExclusion exclusion) => exclusion switch
    {
        ToleranceExclusion.PrivateGain => "FT-02",
        ToleranceExclusion.CrossedBottomLine => "SX-FT-02",
        _ => null,
    };

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
