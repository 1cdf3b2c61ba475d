using System.Collections.Immutable;
using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/dibao-decision@2</c> contract: a dibao decision with its explanation (written by <see cref="DibaoDecisionJson"/>).</summary>
[Description("A minimum living guarantee (dibao) decision with its explanation (DB-01, DB-02).")]
public sealed record DibaoDecisionDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/dibao-decision@2";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The rule decided: <c>DB-01</c>.</summary>
    [Description("The rule decided: DB-01.")]
    public required string Rule { get; init; }

    /// <summary>The date of evaluation.</summary>
    [Description("The date of evaluation.")]
    public required LocalDate Date { get; init; }

    /// <summary>The policy set decided under.</summary>
    [Description("The policy set decided under.")]
    public required PolicyReferenceDocument Policy { get; init; }

    /// <summary>Eligible, in gradual exit, or ineligible.</summary>
    [Description("eligible, gradualExit (still a recipient during the gradual exit, DB-08) or ineligible.")]
    public required DibaoOutcome Outcome { get; init; }

    /// <summary>Yuan per month, rounded half away from zero to the fen once; 0 when ineligible.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("Yuan per month, rounded half away from zero to the fen once (DB-02, GEN-02); 0 when ineligible.")]
    public required decimal MonthlyBenefit { get; init; }

    /// <summary>The figures the decision rests on.</summary>
    [Description("The figures the decision rests on.")]
    public required DibaoFiguresDocument Figures { get; init; }

    /// <summary>The language of the summary and every reason: <c>en</c> or <c>zh-CN</c>.</summary>
    [Description("The language of the summary and every reason: en or zh-CN.")]
    public required string Language { get; init; }

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
