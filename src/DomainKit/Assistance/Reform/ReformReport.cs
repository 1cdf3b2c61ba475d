using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>What a reform changes across a caseload: per programme, per fund, and who gains or loses.</summary>
/// <remarks>Totals equal the sums over households. Instances are immutable and thread-safe.</remarks>
public sealed record ReformReport
{
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

    /// <summary>Households whose annual value is unchanged.</summary>
    public long Unchanged => Households - Winners - Losers;

    /// <summary>The comparison of one programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The report holds no comparison of that programme.</exception>
    public ProgrammeComparison this[Programme programme] =>
        Programmes.FirstOrDefault(p => p.Programme == programme)
        ?? throw new ArgumentOutOfRangeException(nameof(programme), programme, "The report holds no comparison of this programme.");
}
