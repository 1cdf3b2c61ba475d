using System.Globalization;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// Reads and writes a household of a caseload with its survey weight and administrative division as JSON (contract
/// <c>domainkit/survey-household@1</c>, documented in docs/json-contracts.md): the household, a
/// <c>domainkit/household@2</c> document, under <c>household</c>; how many households it stands for under
/// <c>weight</c> (a decimal string, 1 when absent); its GB/T 2260 division under <c>region</c> (absent when unknown).
/// A line of a JSON-lines caseload may be either this or a household document.
/// </summary>
/// <remarks>
/// Reading is strict: malformed JSON, unknown or duplicate properties, wrong types, a weight that is not a decimal of
/// at most four places above 0 and at most 1,000,000, and a region that is not six digits of a province GB/T 2260
/// assigns are each an error with its path; the household's own errors carry the prefix <c>household.</c>. Nothing
/// refused is repeated in a message. This class is thread-safe.
/// </remarks>
public static class SurveyHouseholdJson
{
    /// <summary>The contract's name and version.</summary>
    public const string Schema = "domainkit/survey-household@1";

    private static readonly string[] RootFields = ["schema", "weight", "region", "household"];

    private static readonly byte[] SchemaBytes = System.Text.Encoding.UTF8.GetBytes(Schema);

    /// <summary>Reads a household of a caseload from JSON text.</summary>
    /// <param name="json">A <c>domainkit/survey-household@1</c> document, or a household document (weight 1, no division).</param>
    /// <returns>The household with its weight and division, or Invalid with every problem's path and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<SurveyHousehold> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(StrictJsonReader.ToUtf8(json));
    }

    /// <summary>Reads a household of a caseload from UTF-8 JSON.</summary>
    /// <param name="utf8Json">A <c>domainkit/survey-household@1</c> document, or a household document (weight 1, no division).</param>
    /// <returns>The household with its weight and division, or Invalid with every problem's path and code.</returns>
    public static Result<SurveyHousehold> Parse(ReadOnlyMemory<byte> utf8Json)
    {
        var household = Read(utf8Json, out var weight, out var region);
        return household.IsSuccess ? SurveyHousehold.Weighted(HouseholdClaims.Of(household.Value), weight, region) : Result<SurveyHousehold>.Invalid(household.ValidationErrors);
    }

    /// <summary>
    /// The household of a caseload's line with its weight and division, the survey household not yet made: readers of
    /// millions of lines make it only when they take the household, so that nothing more lives through a batch.
    /// </summary>
    internal static Result<Household> Read(ReadOnlyMemory<byte> utf8Json, out decimal weight, out RegionCode? region)
    {
        (weight, region) = (1m, null);

        // A household document, the common line of a caseload, goes straight to the household's own reader.
        if (!NamesThisContract(utf8Json.Span))
        {
            return HouseholdJsonReader.Read(utf8Json.Span);
        }

        (decimal Weight, RegionCode? Region) survey = (1m, null);
        var household = StrictJsonReader.Read(utf8Json, root =>
        {
            var reader = new StrictJsonReader { TextAmounts = true };
            if (!reader.ExpectObject(root, string.Empty, RootFields))
            {
                return Result<Household>.Invalid(reader.Errors);
            }

            if (reader.String(root, string.Empty, "schema", true) is { } schema && schema != Schema)
            {
                reader.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{Schema}\".");
            }

            if (reader.String(root, string.Empty, "weight", false) is { } weightText)
            {
                if (SurveyHousehold.TryParseWeight(weightText, out var given))
                {
                    survey.Weight = given;
                }
                else
                {
                    reader.Errors.Add(SurveyHousehold.WeightError("weight"));
                }
            }

            if (reader.String(root, string.Empty, "region", false) is { } regionText)
            {
                if (RegionCode.TryParse(regionText, out var code))
                {
                    survey.Region = code;
                }
                else
                {
                    reader.Errors.Add(RegionCode.NotACode("region"));
                }
            }

            var household = HouseholdClaimsJson.HouseholdOf(reader, root);
            return household is null || reader.HasErrors ? Result<Household>.Invalid(reader.Errors) : household;
        });
        (weight, region) = survey;
        return household;
    }

    /// <summary>Writes a household of a caseload, the household as <see cref="HouseholdJson.Write"/> writes it.</summary>
    /// <param name="household">The household.</param>
    /// <param name="weight">How many households it stands for (written without trailing zeros): above 0, at most 1,000,000, four decimal places at most.</param>
    /// <param name="region">The division it lives in, if known.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> cannot be a household's weight.</exception>
    public static string Write(Household household, decimal weight, RegionCode? region = null)
    {
        ArgumentNullException.ThrowIfNull(household);
        if (!SurveyHousehold.IsWeight(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), "A household's weight lies above 0 and at most 1,000,000, with at most four decimal places.");
        }

        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("weight", ReformReportJson.Plain(weight).ToString(CultureInfo.InvariantCulture));
            if (region is { } code)
            {
                w.WriteString("region", code.Value);
            }

            w.WritePropertyName("household");
            HouseholdJson.WriteTo(w, household);
            w.WriteEndObject();
        });
    }

    /// <summary>Whether the document is an object naming this contract; anything malformed is left to the reader it then goes to.</summary>
    private static bool NamesThisContract(ReadOnlySpan<byte> utf8)
    {
        // A household document as every writer writes it, its schema first, is known from its first bytes: a caseload
        // of millions of them pays nothing for the lines that may be survey households.
        if (utf8.StartsWith("{\"schema\":\"domainkit/household@"u8))
        {
            return false;
        }

        var probe = new Utf8JsonReader(utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8, new JsonReaderOptions { MaxDepth = StrictJsonReader.MaxDepth });
        try
        {
            return probe.Read() && probe.TokenType == JsonTokenType.StartObject && StrictJsonReader.NamesSchema(probe, SchemaBytes);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
