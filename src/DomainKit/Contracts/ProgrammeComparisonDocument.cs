using System.ComponentModel;
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
}
