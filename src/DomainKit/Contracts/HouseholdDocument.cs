using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/household@2</c> contract: a household as the rules see it (read and written by <see cref="HouseholdJson"/>).</summary>
[Description("A household applying for or receiving social assistance. No names, ID numbers or addresses: members are referred to by position.")]
public sealed record HouseholdDocument
{
    /// <summary>
    /// The household this document describes, checked exactly as <see cref="HouseholdJson.Parse(string)"/> checks the
    /// same JSON: an ASP.NET Core action or any other code that received the document typed gets the same errors, with
    /// the same paths and codes, as a reader of the text.
    /// </summary>
    /// <returns>The household, or Invalid with every problem.</returns>
    public Ardalis.Result.Result<Household> ToHousehold() =>
        HouseholdJson.Parse(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(this, ContractJsonContext.Default.HouseholdDocument));

    /// <summary>The document of a household, as <see cref="HouseholdJson.Write"/> writes it.</summary>
    /// <param name="household">The household.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    public static HouseholdDocument From(Household household) =>
        System.Text.Json.JsonSerializer.Deserialize(HouseholdJson.Write(household), ContractJsonContext.Default.HouseholdDocument)!;

    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/household@2";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The people listed, exactly one of them the applicant.</summary>
    [Description("The people listed (1 to 64); exactly one is the applicant (HH-01).")]
    public required ImmutableArray<HouseholdMemberDocument> Members { get; init; }

    /// <summary>The household's assets; none when absent.</summary>
    [Description("The household's assets (HH-05); none when absent.")]
    public HouseholdAssetsDocument? Assets { get; init; }

    /// <summary>The household's dibao so far, when it receives dibao.</summary>
    [Description("The household's dibao so far, when it receives dibao (DB-08).")]
    public DibaoHistoryDocument? DibaoHistory { get; init; }
}
