using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Cadres;

/// <summary>
/// A cadre's checked record: assessment history by year, key-project assessments, quantified indicators,
/// appraisal votes, unit ratings, sanctions, tolerated mistakes, correction orders, unfit situations found and past steps down.
/// Every list is in date or year order.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Cadre
{
    /// <summary>The earliest year a record may name.</summary>
    public const int EarliestYear = 1949;

    /// <summary>The latest year a record may name.</summary>
    public const int LatestYear = 2200;

    /// <summary>The most entries one list may hold.</summary>
    public const int MaxEntries = 1_000;

    private static readonly CadreValidator Validator = new();

    private Cadre(CadreRecord record)
    {
        Id = record.Id;
        PrincipalLeader = record.PrincipalLeader;
        Assessments = [.. record.Assessments.OrderBy(a => a.Year)];
        KeyProjects = [.. record.KeyProjects.OrderBy(k => k.Year).ThenBy(k => k.Quarter).ThenBy(k => k.ProjectId, StringComparer.Ordinal)];
        Indicators = [.. record.Indicators.OrderBy(i => i.Year).ThenBy(i => i.IndicatorId, StringComparer.Ordinal)];
        Appraisals = [.. record.Appraisals.OrderBy(a => a.Year)];
        UnitRatings = [.. record.UnitRatings.OrderBy(u => u.Year)];
        Sanctions = [.. record.Sanctions.OrderBy(s => s.ImposedOn)];
        ToleratedMistakes = [.. record.ToleratedMistakes.OrderBy(t => t.DecidedOn)];
        Corrections = [.. record.Corrections.OrderBy(c => c.OrderedOn)];
        UnfitFindings = [.. record.UnfitFindings.OrderBy(f => f.FoundOn).ThenBy(f => f.Id, StringComparer.Ordinal)];
        Adjustments = [.. record.Adjustments.OrderBy(a => a.On)];
    }

    /// <summary>The cadre's opaque ID.</summary>
    public string Id { get; }

    /// <summary>Whether the cadre is a principal leader of the unit.</summary>
    public bool PrincipalLeader { get; }

    /// <summary>Annual grades by year.</summary>
    public ImmutableArray<AnnualAssessment> Assessments { get; }

    /// <summary>Quarterly key-project assessments.</summary>
    public ImmutableArray<KeyProjectAssessment> KeyProjects { get; }

    /// <summary>Quantified indicators by year.</summary>
    public ImmutableArray<IndicatorResult> Indicators { get; }

    /// <summary>Appraisal votes by year.</summary>
    public ImmutableArray<AppraisalVotes> Appraisals { get; }

    /// <summary>Unit ratings by year.</summary>
    public ImmutableArray<UnitRatingRecord> UnitRatings { get; }

    /// <summary>Sanctions by date.</summary>
    public ImmutableArray<Sanction> Sanctions { get; }

    /// <summary>Tolerated mistakes by date.</summary>
    public ImmutableArray<ToleratedMistake> ToleratedMistakes { get; }

    /// <summary>Correction orders by date.</summary>
    public ImmutableArray<CorrectionOrder> Corrections { get; }

    /// <summary>Unfit situations found, by date (PD-02).</summary>
    public ImmutableArray<UnfitFinding> UnfitFindings { get; }

    /// <summary>Past steps down by date.</summary>
    public ImmutableArray<Adjustment> Adjustments { get; }

    /// <summary>Checks a record and returns the cadre.</summary>
    /// <param name="record">The record.</param>
    /// <returns>
    /// The cadre, or Invalid with one error per problem, each with a field path such as <c>assessments[3].year</c>
    /// and a code from <see cref="ErrorCodes"/>: a year graded twice, votes that do not add up, dates out of
    /// order, a correction for an unknown mistake.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static Result<Cadre> Create(CadreRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var normalised = record with
        {
            Assessments = Normal(record.Assessments),
            KeyProjects = Normal(record.KeyProjects),
            Indicators = Normal(record.Indicators),
            Appraisals = Normal(record.Appraisals),
            UnitRatings = Normal(record.UnitRatings),
            Sanctions = Normal(record.Sanctions),
            ToleratedMistakes = Normal(record.ToleratedMistakes),
            Corrections = Normal(record.Corrections),
            UnfitFindings = Normal(record.UnfitFindings),
            Adjustments = Normal(record.Adjustments),
        };
        var validation = Validator.Validate(normalised);
        return validation.IsValid ? new Cadre(normalised) : Result<Cadre>.Invalid(Errors.FromFluent(validation));
    }

    /// <summary>The grade for a year, if the cadre was assessed that year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The grade, or null.</returns>
    public AssessmentGrade? GradeIn(int year) => Assessments.FirstOrDefault(a => a.Year == year)?.Grade;

    /// <inheritdoc/>
    public override string ToString() => $"cadre {Id}";

    // A default (uninitialised) list means "none"; normalising it keeps every rule's loops simple.
    private static ImmutableArray<T> Normal<T>(ImmutableArray<T> list) => list.IsDefault ? [] : list;
}
