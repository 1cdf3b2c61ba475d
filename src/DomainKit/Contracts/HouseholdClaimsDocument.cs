using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/claims@1</c> contract: what a household brings to the one window (read by <see cref="HouseholdClaimsJson.Parse(string)"/>).</summary>
[Description("What a household brings to the one window: the household, its medical bills, an expenditure-hardship claim and a temporary-assistance request, so that every programme is decided.")]
public sealed record HouseholdClaimsDocument
{
    /// <summary>The claims this document describes, checked exactly as <see cref="HouseholdClaimsJson.Parse(string)"/> checks the same JSON.</summary>
    /// <returns>The claims, or Invalid with every problem.</returns>
    public Ardalis.Result.Result<HouseholdClaims> ToClaims() =>
        HouseholdClaimsJson.Parse(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(this, ContractJsonContext.Default.HouseholdClaimsDocument));

    /// <summary>The document of claims, as <see cref="HouseholdClaimsJson.Write"/> writes them.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public static HouseholdClaimsDocument From(HouseholdClaims claims) =>
        System.Text.Json.JsonSerializer.Deserialize(HouseholdClaimsJson.Write(claims), ContractJsonContext.Default.HouseholdClaimsDocument)!;

    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = HouseholdClaimsJson.Schema;

    /// <summary>The contract and its version.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The household, a domainkit/household@2 document.</summary>
    [Description("The household, a domainkit/household@2 document.")]
    public required HouseholdDocument Household { get; init; }

    /// <summary>The medical bills, up to 100.</summary>
    [Description("The medical bills, up to 100.")]
    public ImmutableArray<MedicalBillDocument>? Bills { get; init; }

    /// <summary>An expenditure-hardship claim.</summary>
    [Description("An expenditure-hardship claim.")]
    public ExpenditureClaimDocument? Expenditure { get; init; }

    /// <summary>A temporary-assistance request.</summary>
    [Description("A temporary-assistance request.")]
    public TemporaryRequestDocument? Temporary { get; init; }
}
