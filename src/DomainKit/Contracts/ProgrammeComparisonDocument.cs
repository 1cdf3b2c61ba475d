using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>One programme in a reform comparison.</summary>
[Description("One programme's households and amounts before and after a reform.")]
public sealed record ProgrammeComparisonDocument
{
    /// <summary>The programme.</summary>
    [Description("The programme.")]
    public required Programme Programme { get; init; }

    /// <summary>Households eligible under the policy in force.</summary>
    [Description("Households eligible under the policy in force.")]
    public required long EligibleBefore { get; init; }

    /// <summary>Households eligible under the reform.</summary>
    [Description("Households eligible under the reform.")]
    public required long EligibleAfter { get; init; }

    /// <summary>Households eligible only under the reform.</summary>
    [Description("Households eligible only under the reform.")]
    public required long NewlyEligible { get; init; }

    /// <summary>Households eligible only under the policy in force.</summary>
    [Description("Households eligible only under the policy in force.")]
    public required long NoLongerEligible { get; init; }

    /// <summary>The programme's total amount under the policy in force, on <see cref="AmountBasis"/>.</summary>
    [Yuan(0, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The programme's total amount under the policy in force, on amountBasis.")]
    public required decimal AmountBefore { get; init; }

    /// <summary>The programme's total amount under the reform.</summary>
    [Yuan(0, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The programme's total amount under the reform, on amountBasis.")]
    public required decimal AmountAfter { get; init; }

    /// <summary>After minus before; negative when the reform pays less.</summary>
    [Yuan(-10_000_000_000_000, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("After minus before; negative when the reform pays less.")]
    public required decimal Change { get; init; }

    /// <summary>perMonth (dibao, single-member dibao), perYear (education), once (temporary, the medical bills given), none (a status).</summary>
    [Description("perMonth (dibao, single-member dibao), perYear (education assistance), once (temporary assistance, the medical bills given) or none (a status).")]
    public required string AmountBasis { get; init; }

    /// <summary>The share of entitled households assumed to take the programme up, 0 to 1.</summary>
    [Range(0, 1)]
    [Description("The share of entitled households assumed to take the programme up, 0 to 1 (1 unless the comparison set it).")]
    public required decimal TakeUp { get; init; }

    /// <summary>Households eligible under the policy in force, weighted.</summary>
    [Description("Households eligible under the policy in force, weighted (equal to eligibleBefore without weights).")]
    public required decimal WeightedEligibleBefore { get; init; }

    /// <summary>Households eligible under the reform, weighted.</summary>
    [Description("Households eligible under the reform, weighted.")]
    public required decimal WeightedEligibleAfter { get; init; }

    /// <summary>Households eligible only under the reform, weighted.</summary>
    [Description("Households eligible only under the reform, weighted.")]
    public required decimal WeightedNewlyEligible { get; init; }

    /// <summary>Households eligible only under the policy in force, weighted.</summary>
    [Description("Households eligible only under the policy in force, weighted.")]
    public required decimal WeightedNoLongerEligible { get; init; }

    /// <summary>The programme's total under the policy in force, weighted, in yuan on amountBasis.</summary>
    [Description("The programme's total under the policy in force, weighted, in yuan on amountBasis.")]
    public required decimal WeightedAmountBefore { get; init; }

    /// <summary>The programme's total under the reform, weighted, in yuan on amountBasis.</summary>
    [Description("The programme's total under the reform, weighted, in yuan on amountBasis.")]
    public required decimal WeightedAmountAfter { get; init; }

    /// <summary>The households estimated to receive the programme under the policy in force. Derived: not read back.</summary>
    [Description("weightedEligibleBefore × takeUp: the households estimated to receive the programme under the policy in force. Derived.")]
    public decimal? EstimatedRecipientsBefore { get; init; }

    /// <summary>The households estimated to receive the programme under the reform. Derived: not read back.</summary>
    [Description("weightedEligibleAfter × takeUp. Derived.")]
    public decimal? EstimatedRecipientsAfter { get; init; }

    /// <summary>The estimated total under the policy in force, in yuan. Derived: not read back.</summary>
    [Description("weightedAmountBefore × takeUp, in yuan. Derived.")]
    public decimal? EstimatedAmountBefore { get; init; }

    /// <summary>The estimated total under the reform, in yuan. Derived: not read back.</summary>
    [Description("weightedAmountAfter × takeUp, in yuan. Derived.")]
    public decimal? EstimatedAmountAfter { get; init; }
}
