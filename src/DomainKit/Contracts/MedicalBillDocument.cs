using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>A medical bill brought to the window (MA-01 to MA-05).</summary>
[Description("A medical bill: what it cost, what insurance paid, and what the year has paid and met so far (MA-01 to MA-05).")]
public sealed record MedicalBillDocument
{
    /// <summary>The position among the household members of the member the bill is for.</summary>
    [Range(0, Household.MaxMembers - 1)]
    [Description("The position among the household members of the member the bill is for.")]
    public required int MemberIndex { get; init; }

    /// <summary>The total cost of the bill.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The total cost of the bill.")]
    public required decimal TotalCost { get; init; }

    /// <summary>The cost outside the scope of the policy, not reimbursable. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The cost outside the scope of the policy, not reimbursable. Default 0.")]
    public decimal? ExcludedCost { get; init; }

    /// <summary>What basic medical insurance paid. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("What basic medical insurance paid. Default 0.")]
    public decimal? BasicInsurancePaid { get; init; }

    /// <summary>What critical-illness insurance paid. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("What critical-illness insurance paid. Default 0.")]
    public decimal? CriticalIllnessInsurancePaid { get; init; }

    /// <summary>What supplementary insurance and other sources paid. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("What supplementary insurance and other sources paid. Default 0.")]
    public decimal? SupplementaryPaid { get; init; }

    /// <summary>An inpatient bill. Default false.</summary>
    [Description("An inpatient bill. Default false.")]
    public bool? Inpatient { get; init; }

    /// <summary>A serious illness under MA-05. Default false.</summary>
    [Description("A serious illness under MA-05. Default false.")]
    public bool? SeriousIllness { get; init; }

    /// <summary>The household was impoverished by this illness. Default false.</summary>
    [Description("The household was impoverished by this illness. Default false.")]
    public bool? ImpoverishedByIllness { get; init; }

    /// <summary>For each stage of the scheme, in order, what assistance has already paid this year.</summary>
    [Yuan(0, 10_000_000_000)]
    [Description("For each stage of the scheme, in order, what assistance has already paid this year (up to 16).")]
    public ImmutableArray<string>? AlreadyPaidThisYear { get; init; }

    /// <summary>For each stage of the scheme, in order, how much of its deductible the year has met.</summary>
    [Yuan(0, 10_000_000_000)]
    [Description("For each stage of the scheme, in order, how much of its deductible the year has met (up to 16).")]
    public ImmutableArray<string>? DeductibleMetThisYear { get; init; }
}
