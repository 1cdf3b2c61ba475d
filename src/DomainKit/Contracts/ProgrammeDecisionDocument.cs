using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>One programme's decision in an entitlement.</summary>
[Description("One programme's decision, with its explanation.")]
public sealed record ProgrammeDecisionDocument
{
    /// <summary>The programme decided.</summary>
    [Description("The programme decided.")]
    public required Programme Programme { get; init; }

    /// <summary>Whether the household qualifies (for medical assistance: whether this bill is paid anything).</summary>
    [Description("Whether the household qualifies; for medical assistance, whether this bill is paid anything.")]
    public required bool Qualifies { get; init; }

    /// <summary>
    /// The amount: each month for dibao and for single-member dibao in a margin household, for the bill for medical
    /// assistance, once for temporary assistance, each year for education assistance; absent for the statuses.
    /// </summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount: each month for dibao and for single-member dibao (margin), for the bill (medical assistance), once (temporary assistance), each year (education assistance); absent for extreme poverty and expenditure hardship, which are statuses.")]
    public decimal? Amount { get; init; }

    /// <summary>For medical assistance, the position of the bill in the claims.</summary>
    [Range(0, HouseholdClaims.MaxBills - 1)]
    [Description("For medical assistance: the position of the bill among the household's bills.")]
    public int? Bill { get; init; }

    /// <summary>The decision in one line.</summary>
    [Description("The decision in one line.")]
    public required string Summary { get; init; }

    /// <summary>The rule IDs the explanation cites, in order of first appearance.</summary>
    [Description("The rule IDs the explanation cites, in order of first appearance.")]
    public required ImmutableArray<string> CitedRules { get; init; }

    /// <summary>The explanation's steps, in order.</summary>
    [Description("The explanation's steps, in order.")]
    public required ImmutableArray<ExplanationStepDocument> Explanation { get; init; }
}
