using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>What a reform changes across a caseload: per programme, per fund, and who gains or loses.</summary>
/// <remarks>
/// Totals equal the sums over households. Two reports are equal when every figure is, the lists compared item by item
/// and amounts by value (1.5 equals 1.50). Instances are immutable and thread-safe.
/// </remarks>
public sealed record ReformReport
{
    private readonly ImmutableArray<IncomeGroup> incomeGroups = [];

    // The deciles, cut from the income groups on first use and kept: a report's readers ask for them several times. A
    // box, so that a thread sees either none or the whole of them; two threads may both cut them, to the same result.
    private System.Runtime.CompilerServices.StrongBox<ImmutableArray<DecileComparison>>? deciles;

    /// <summary>The date of evaluation.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The baseline policy set's identifier.</summary>
    public required string BaselinePolicyId { get; init; }

    /// <summary>The reform policy set's identifier (with <c>*</c> when it carries overrides).</summary>
    public required string ReformPolicyId { get; init; }

    /// <summary>How many households were compared.</summary>
    public required long Households { get; init; }

    /// <summary>Each programme's comparison, in <see cref="Programme"/> order.</summary>
    public required ImmutableArray<ProgrammeComparison> Programmes { get; init; }

    /// <summary>Each fund's annual cost against its budget.</summary>
    public required ImmutableArray<FundComparison> Funds { get; init; }

    /// <summary>Households whose annual value rises.</summary>
    public required long Winners { get; init; }

    /// <summary>Households whose annual value falls.</summary>
    public required long Losers { get; init; }

    /// <summary>The sum of the winners' gains, per year.</summary>
    public required Money TotalGain { get; init; }

    /// <summary>The sum of the losers' losses, per year (a positive amount).</summary>
    public required Money TotalLoss { get; init; }

    /// <summary>The take-up rates the estimates use.</summary>
    public ReformComparisonOptions Options { get; init; } = ReformComparisonOptions.Default;

    /// <summary>The whole caseload's figures, weighted: households, people, winners, losers, the total change.</summary>
    public GroupChange Population { get; init; } = GroupChange.Empty;

    /// <summary>Poverty against the dibao line before and after assistance; null when the report was built without it.</summary>
    public PovertyComparison? Poverty { get; init; }

    /// <summary>
    /// The income distribution to the yuan (income per counted member and month before assistance), lowest first, each
    /// group with its figures; households whose means test counts no member are left out. The deciles are cut from it.
    /// </summary>
    public ImmutableArray<IncomeGroup> IncomeGroups
    {
        get => incomeGroups;
        init
        {
            incomeGroups = value;

            // A copy made with other income groups cuts its own deciles.
            deciles = null;
        }
    }

    /// <summary>The households of each administrative division that households gave, in code order, with their figures.</summary>
    public ImmutableArray<RegionComparison> Regions { get; init; } = [];

    /// <summary>The ten deciles of income per counted member and month before assistance (see <see cref="DecileComparison"/>); empty when no household is ranked.</summary>
    public ImmutableArray<DecileComparison> Deciles => (deciles ??= new(IncomeDeciles.Of(IncomeGroups))).Value;

    /// <summary>Households whose annual value is unchanged.</summary>
    public long Unchanged => Households - Winners - Losers;

    /// <summary>The comparison of one programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The report holds no comparison of that programme.</exception>
    public ProgrammeComparison this[Programme programme] =>
        Programmes.FirstOrDefault(p => p.Programme == programme)
        ?? throw new ArgumentOutOfRangeException(nameof(programme), programme, "The report holds no comparison of this programme.");

    /// <summary>Whether another report holds the same figures, lists compared item by item.</summary>
    /// <param name="other">The other report.</param>
    /// <returns><see langword="true"/> when every figure is equal.</returns>
    public bool Equals(ReformReport? other) =>
        other is not null
        && Date == other.Date
        && BaselinePolicyId == other.BaselinePolicyId
        && ReformPolicyId == other.ReformPolicyId
        && Households == other.Households
        && Programmes.SequenceEqual(other.Programmes)
        && Funds.SequenceEqual(other.Funds)
        && Winners == other.Winners
        && Losers == other.Losers
        && TotalGain == other.TotalGain
        && TotalLoss == other.TotalLoss
        && Options.Equals(other.Options)
        && Population == other.Population
        && Poverty == other.Poverty
        && IncomeGroups.SequenceEqual(other.IncomeGroups)
        && Regions.SequenceEqual(other.Regions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, BaselinePolicyId, ReformPolicyId, Households, Winners, Losers, TotalGain, Population);
}
