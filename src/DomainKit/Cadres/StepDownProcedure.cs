using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// Stepping down as a checked procedure (SX-PD-00, PD-03, PD-05): it starts from a review that found a trigger, then
/// takes evidence (statistics, audit or inspection), analysis, a proposal from the policy's list of ways down, the
/// talk, the decision and its record, in that order, none skipped, none dated before the one it follows.
/// </summary>
/// <remarks>
/// Every step returns a new procedure or the reason it is refused; a refused step changes nothing. A recorded
/// procedure names its triggers, its evidence and each step, and gives the <see cref="Adjustment"/> that bars
/// re-use (PD-04). This type is immutable and thread-safe.
/// </remarks>
public sealed class StepDownProcedure
{
    private StepDownProcedure(string cadreId, StepDownReview review, ImmutableArray<AdjustmentMethod> allowed, ImmutableArray<ProcedureEntry> entries)
    {
        CadreId = cadreId;
        Review = review;
        AllowedMethods = allowed;
        Entries = entries;
    }

    /// <summary>The cadre's opaque ID.</summary>
    public string CadreId { get; }

    /// <summary>The review whose triggers started the procedure.</summary>
    public StepDownReview Review { get; }

    /// <summary>The ways down the policy allows.</summary>
    public ImmutableArray<AdjustmentMethod> AllowedMethods { get; }

    /// <summary>The steps taken, in order.</summary>
    public ImmutableArray<ProcedureEntry> Entries { get; }

    /// <summary>The step that comes next, or null once the decision is recorded.</summary>
    public ProcedureStep? Next => Entries.Length < 6 ? (ProcedureStep)(Entries.Length + 1) : null;

    /// <summary>Whether the decision is recorded.</summary>
    public bool IsComplete => Next is null;

    /// <summary>The way down proposed and decided, once proposed.</summary>
    public AdjustmentMethod? Method => Entries.FirstOrDefault(e => e.Step == ProcedureStep.Proposal)?.Method;

    /// <summary>Starts a procedure from a review that found at least one trigger.</summary>
    /// <param name="cadreId">The cadre's opaque ID.</param>
    /// <param name="review">The review.</param>
    /// <returns>The procedure, or Invalid when the review found no trigger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    public static Result<StepDownProcedure> Start(string cadreId, StepDownReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (string.IsNullOrWhiteSpace(cadreId) || cadreId.Length > 64)
        {
            return Result<StepDownProcedure>.Invalid(Errors.At("cadreId", ErrorCodes.Required, "An ID of 1 to 64 characters is required."));
        }

        return review.StepsDown
            ? new StepDownProcedure(cadreId, review, review.Methods, [])
            : Result<StepDownProcedure>.Invalid(Errors.At("review", ErrorCodes.CadreProcedureStep, "Stepping down starts from a trigger; the review found none."));
    }

    /// <summary>Takes the next step.</summary>
    /// <param name="entry">The step as taken.</param>
    /// <returns>The procedure after it, or Invalid: a step out of order or skipped, a date before the last step's, no evidence source, a way down the policy's list does not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public Result<StepDownProcedure> Take(ProcedureEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var errors = new List<ValidationError>();
        if (Next is not { } next || entry.Step != next)
        {
            errors.Add(Errors.At("step", ErrorCodes.CadreProcedureStep, Next is { } expected ? $"The next step is {expected}; no step is skipped or repeated." : "The procedure is complete."));
        }

        if (string.IsNullOrWhiteSpace(entry.StaffId) || entry.StaffId.Length > 64)
        {
            errors.Add(Errors.At("staffId", ErrorCodes.Required, "A staff ID of 1 to 64 characters is required."));
        }

        if (string.IsNullOrWhiteSpace(entry.Reference) || entry.Reference.Length > 200)
        {
            errors.Add(Errors.At("reference", ErrorCodes.Required, "A reference of 1 to 200 characters is required."));
        }

        if (entry.On.Calendar != CalendarSystem.Iso || (!Entries.IsEmpty && entry.On < Entries[^1].On))
        {
            errors.Add(Errors.At("on", ErrorCodes.CadreDatesOutOfOrder, "A step is dated on or after the step before it, in the ISO calendar."));
        }

        if (entry.Step == ProcedureStep.Evidence && (entry.Source is not { } source || !Enum.IsDefined(source)))
        {
            errors.Add(Errors.At("source", ErrorCodes.Required, "Evidence comes from statistics, audit or inspection (SX-PD-00)."));
        }

        if (entry.Step == ProcedureStep.Proposal && (entry.Method is not { } method || !AllowedMethods.Contains(method)))
        {
            errors.Add(Errors.At("method", ErrorCodes.UnknownName, $"The policy's ways down are: {string.Join(", ", AllowedMethods)}."));
        }

        return errors.Count > 0
            ? Result<StepDownProcedure>.Invalid(errors)
            : new StepDownProcedure(CadreId, Review, AllowedMethods, Entries.Add(entry));
    }

    /// <summary>
    /// The step down a recorded procedure made, dated on its decision, for the cadre's record: a derelict trigger
    /// (a sanction, a failed correction) makes it one for accountability, which bars re-use (PD-04).
    /// </summary>
    /// <returns>The adjustment, or Invalid while the procedure is not complete.</returns>
    public Result<Adjustment> Adjustment() => IsComplete
        ? new Adjustment(Entries.Single(e => e.Step == ProcedureStep.Decision).On, Method!.Value, Review.Findings.Any(f => f.Category == StepDownCategory.Derelict))
        : Result<Adjustment>.Invalid(Errors.At("next", ErrorCodes.CadreProcedureStep, $"The procedure is not complete; the next step is {Next}."));
}
