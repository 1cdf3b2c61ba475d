using System.Collections.Immutable;
using System.ComponentModel;
using System.Text.Json.Serialization;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/reform-report@2</c> contract: a caseload compared under the policy in force and a reform.</summary>
[Description("A caseload compared under the policy in force and a reform: per programme the households eligible before and after and the amounts, per fund the cost against its budget, the winners and losers, poverty against the dibao line, and the change by income group, decile and region, weighted where the caseload carries weights. The sums of reports of disjoint parts add up to the report of the whole.")]
public sealed record ReformReportDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/reform-report@2";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The date of evaluation.</summary>
    [Description("The date of evaluation.")]
    public required LocalDate Date { get; init; }

    /// <summary>The policy set in force.</summary>
    [Description("The policy set in force.")]
    public required PolicyReferenceDocument Baseline { get; init; }

    /// <summary>The reform.</summary>
    [Description("The reform.")]
    public required PolicyReferenceDocument Reform { get; init; }

    /// <summary>How many households were compared.</summary>
    [Description("How many households were compared.")]
    public required long Households { get; init; }

    /// <summary>Households whose annual value rises.</summary>
    [Description("Households whose annual value (twelve months of cash, medical, temporary and a year of education assistance) rises.")]
    public required long Winners { get; init; }

    /// <summary>Households whose annual value falls.</summary>
    [Description("Households whose annual value falls.")]
    public required long Losers { get; init; }

    /// <summary>Households whose annual value stays the same.</summary>
    [Description("Households whose annual value stays the same.")]
    public required long Unchanged { get; init; }

    /// <summary>The sum of the winners' gains, per year.</summary>
    [Yuan(0, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The sum of the winners' gains, per year.")]
    public required decimal TotalGain { get; init; }

    /// <summary>The sum of the losers' losses, per year, as a positive amount.</summary>
    [Yuan(0, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The sum of the losers' losses, per year, as a positive amount.")]
    public required decimal TotalLoss { get; init; }

    /// <summary>Each programme's households and amounts before and after.</summary>
    [Description("Each programme's households and amounts before and after.")]
    public required ImmutableArray<ProgrammeComparisonDocument> Programmes { get; init; }

    /// <summary>Each fund's yearly cost before and after, against its budget.</summary>
    [Description("Each fund's yearly cost before and after, against its budget.")]
    public required ImmutableArray<FundComparisonDocument> Funds { get; init; }

    /// <summary>The whole caseload's figures, weighted.</summary>
    [Description("The whole caseload's figures, weighted.")]
    public required GroupChangeDocument Population { get; init; }

    /// <summary>Poverty against the dibao line before and after assistance; absent when the report was built without it.</summary>
    [Description("Poverty against the dibao line before and after assistance; absent only when the report was built without it.")]
    public PovertyComparisonDocument? Poverty { get; init; }

    /// <summary>The ten deciles of income per counted member; empty when no household is ranked. Derived: not read back.</summary>
    [Description("The ten deciles of income per counted member and month before assistance, poorest first; empty when no household is ranked. Derived from incomeGroups.")]
    public required ImmutableArray<DecileComparisonDocument> Deciles { get; init; }

    /// <summary>The income distribution, lowest band first.</summary>
    [Description("The income distribution: each band of income per counted member and month before assistance that holds a household, lowest first. Households whose means test counts no member are left out.")]
    public required ImmutableArray<IncomeGroupDocument> IncomeGroups { get; init; }

    /// <summary>The households of each administrative division they gave, in code order.</summary>
    [Description("The households of each administrative division they gave, in code order; empty when none gave one.")]
    public required ImmutableArray<RegionComparisonDocument> Regions { get; init; }
}
