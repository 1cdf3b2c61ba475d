using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Who is due for review on a date, and why: the centralised review months when every recipient is
/// re-verified (ZF-VR-02), dibao every 12 or 6 months (DB-10), expenditure hardship after its validity (EX-03).
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class ReviewWorklist
{
    /// <summary>The recipients due for review on a date.</summary>
    /// <param name="recipients">The recipients.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of the worklist.</param>
    /// <returns>The recipients due, by earliest due day then case ID; or Invalid naming a bad recipient or a parameter not set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<ImmutableArray<ReviewDue>> For(IEnumerable<Recipient> recipients, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(policy);
        date = Dates.Iso(date);
        var errors = new List<ValidationError>();
        var stable = MeansTestTerms.Read(policy, ReviewParameters.DibaoStableMonths, date, errors);
        var unstable = MeansTestTerms.Read(policy, ReviewParameters.DibaoUnstableMonths, date, errors);
        var centralised = policy.ValueAtOrNull(ReviewParameters.CentralisedReviewMonths, date);
        var validity = policy.ValueAtOrNull(ExpenditureParameters.ValidityMonths, date);
        var due = ImmutableArray.CreateBuilder<ReviewDue>();
        var index = 0;
        foreach (var recipient in recipients)
        {
            var path = $"recipients[{index++}]";
            if (recipient is null || string.IsNullOrWhiteSpace(recipient.CaseId) || recipient.CaseId.Length > 64 || !Enum.IsDefined(recipient.Programme)
                || recipient.RecognisedOn.Calendar != CalendarSystem.Iso || recipient.LastReviewedOn is { Calendar: var calendar } && calendar != CalendarSystem.Iso)
            {
                errors.Add(Errors.At(path, ErrorCodes.Required, "A recipient needs a case ID of 1 to 64 characters, a defined programme and ISO dates."));
                continue;
            }

            var reasons = new List<ReviewReason>();
            var since = recipient.LastReviewedOn ?? recipient.RecognisedOn;
            if (centralised is { } months && months.Value.Contains(date.Month) && since < new LocalDate(date.Year, date.Month, 1))
            {
                reasons.Add(new ReviewReason("ZF-VR-02", new LocalDate(date.Year, date.Month, 1)));
            }

            if (recipient.Programme == Programme.Dibao)
            {
                var next = since.PlusMonths(recipient.StableIncome ? stable.Value : unstable.Value);
                if (next <= date)
                {
                    reasons.Add(new ReviewReason("DB-10", next));
                }
            }
            else if (recipient.Programme == Programme.ExpenditureHardship)
            {
                if (validity is not { } months12)
                {
                    errors.Add(Errors.At(path, ErrorCodes.ParameterMissing, "The policy sets no expenditureHardshipValidityMonths (EX-03) on this date."));
                    continue;
                }

                var next = since.PlusMonths(months12.Value);
                if (next <= date)
                {
                    reasons.Add(new ReviewReason("EX-03", next));
                }
            }

            if (reasons.Count > 0)
            {
                due.Add(new ReviewDue(recipient.CaseId, recipient.Programme, [.. reasons.OrderBy(r => r.DueOn)]));
            }
        }

        return errors.Count > 0
            ? Result<ImmutableArray<ReviewDue>>.Invalid(errors)
            : due.OrderBy(d => d.Reasons[0].DueOn).ThenBy(d => d.CaseId, StringComparer.Ordinal).ToImmutableArray();
    }
}
