using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>
/// The <c>domainkit/survey-household@1</c> contract: a household of a caseload with how many households it stands for
/// and where it lives (read and written by <see cref="SurveyHouseholdJson"/>).
/// </summary>
[Description("A household of a caseload, with how many households of the population it stands for and the administrative division it lives in; a line of a JSON-lines caseload is this or a household document.")]
public sealed record SurveyHouseholdDocument
{
    /// <summary>The household this document describes, checked exactly as <see cref="SurveyHouseholdJson.Parse(string)"/> checks the same JSON.</summary>
    /// <returns>The household with its weight and division, or Invalid with every problem.</returns>
    public Ardalis.Result.Result<SurveyHousehold> ToSurveyHousehold() =>
        SurveyHouseholdJson.Parse(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(this, ContractJsonContext.Default.SurveyHouseholdDocument));

    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = SurveyHouseholdJson.Schema;

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>How many households it stands for, a decimal string; 1 when absent.</summary>
    [Description("How many households of the population it stands for: a decimal string above 0 and at most 1000000, with at most four decimal places (weights of a survey sample); 1 when absent.")]
    [RegularExpression(@"^\d{1,7}(\.\d{1,4})?$")]
    public string? Weight { get; init; }

    /// <summary>The division it lives in (GB/T 2260); unknown when absent.</summary>
    [Description("The administrative division it lives in: a GB/T 2260 code of six digits; unknown when absent.")]
    [RegularExpression(@"^\d{6}$")]
    public string? Region { get; init; }

    /// <summary>The household, a <c>domainkit/household@2</c> document.</summary>
    [Description("The household, a domainkit/household@2 document.")]
    public required HouseholdDocument Household { get; init; }
}
