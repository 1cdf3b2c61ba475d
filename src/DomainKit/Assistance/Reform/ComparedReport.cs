using Ardalis.Result;
using DomainKit.Contracts;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// A reform report with the two policy sets it was computed under, named as a <c>domainkit/reform-report@2</c> document
/// names them (ID, version, whether overridden, content hash): what <see cref="ReformReportJson.Parse(ReadOnlyMemory{byte})"/>
/// reads back, and what the reports of the parts of a caseload are merged as (<see cref="Combine"/>).
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ComparedReport
{
    /// <summary>The report.</summary>
    public required ReformReport Report { get; init; }

    /// <summary>The policy set in force the report was computed under.</summary>
    public required PolicyReferenceDocument Baseline { get; init; }

    /// <summary>The reform the report was computed under.</summary>
    public required PolicyReferenceDocument Reform { get; init; }

    /// <summary>
    /// Merges the reports of disjoint parts of one caseload into the report of the whole, as
    /// <see cref="ReformComparison.Combine"/> does, once every part names the same two policy sets, content hash included.
    /// </summary>
    /// <param name="parts">The parts' reports, at least one.</param>
    /// <returns>
    /// The report of the whole with the parts' policy sets; Invalid with <see cref="ErrorCodes.ComparisonPartsDiffer"/>
    /// at <c>parts[i].baseline</c> or <c>parts[i].reform</c> for a part computed under other policy sets, and the
    /// problems <see cref="ReformComparison.Combine"/> finds.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of its entries is null.</exception>
    public static Result<ComparedReport> Combine(IEnumerable<ComparedReport> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var reports = parts.ToList();
        foreach (var part in reports)
        {
            ArgumentNullException.ThrowIfNull(part, nameof(parts));
        }

        if (reports.Count == 0)
        {
            return Result<ComparedReport>.Invalid(Errors.At("parts", ErrorCodes.Required, "At least one report is needed to combine."));
        }

        var first = reports[0];
        var errors = new List<ValidationError>();
        for (var i = 1; i < reports.Count; i++)
        {
            if (reports[i].Baseline != first.Baseline)
            {
                errors.Add(Errors.At($"parts[{i}].baseline", ErrorCodes.ComparisonPartsDiffer, "The report was not compared as the first one was (date, policy sets, take-up rates, poverty line and budgets must be the same)."));
            }

            if (reports[i].Reform != first.Reform)
            {
                errors.Add(Errors.At($"parts[{i}].reform", ErrorCodes.ComparisonPartsDiffer, "The report was not compared as the first one was (date, policy sets, take-up rates, poverty line and budgets must be the same)."));
            }
        }

        if (errors.Count > 0)
        {
            return Result<ComparedReport>.Invalid(errors);
        }

        return ReformComparison.Combine(reports.Select(part => part.Report)).Map(whole => first with { Report = whole });
    }
}
