using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DomainKit.Contracts;
using DomainKit.Serialization;

namespace DomainKit.Assistance;

/// <summary>
/// Writes one household's line of a reviewed population (contract <c>domainkit/review-result@2</c>, documented in
/// docs/json-contracts.md): what it qualifies for and its amounts, as <c>domainkit review</c> writes each line.
/// </summary>
/// <remarks>
/// Nothing but the household's position and key is written, so a line can be published without personal data. Output
/// is deterministic and culture-invariant. This class is thread-safe.
/// </remarks>
public static class ReviewResultJson
{
    /// <summary>The contract each line carries.</summary>
    public const string Schema = ReviewResultDocument.SchemaName;

    private static readonly Programme[] Programmes = Enum.GetValues<Programme>();
    private static readonly JsonEncodedText[] ProgrammeTokens = [.. Programmes.Select(p => JsonEncodedText.Encode(EnumTokens<Programme>.ToToken(p)))];
    private static readonly JsonEncodedText SchemaProperty = JsonEncodedText.Encode("schema");
    private static readonly JsonEncodedText SchemaValue = JsonEncodedText.Encode(Schema);
    private static readonly JsonEncodedText LineProperty = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText HouseholdProperty = JsonEncodedText.Encode("household");
    private static readonly JsonEncodedText QualifyingProperty = JsonEncodedText.Encode("qualifying");
    private static readonly JsonEncodedText MonthlyCash = JsonEncodedText.Encode("monthlyCash");
    private static readonly JsonEncodedText DibaoMonthly = JsonEncodedText.Encode("dibaoMonthly");
    private static readonly JsonEncodedText SingleMemberDibaoMonthly = JsonEncodedText.Encode("singleMemberDibaoMonthly");
    private static readonly JsonEncodedText MedicalAssistance = JsonEncodedText.Encode("medicalAssistance");
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a line as one JSON object on one line, without a line break.</summary>
    /// <param name="assessment">The household's assessment.</param>
    /// <param name="line">The household's line in its input (for CSV, its first row), from 1.</param>
    /// <param name="household">The household's key, for input that has one, such as CSV; otherwise null.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public static string Write(HouseholdAssessmentResult assessment, long line, string? household)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, LineOptions))
        {
            Write(writer, assessment, line, household);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a line into a writer the caller keeps, as a batch does for each of its households.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="assessment">The household's assessment.</param>
    /// <param name="line">The household's line in its input, from 1.</param>
    /// <param name="household">The household's key, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public static void Write(Utf8JsonWriter writer, HouseholdAssessmentResult assessment, long line, string? household)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        writer.WriteStartObject();
        writer.WriteString(SchemaProperty, SchemaValue);
        writer.WriteNumber(LineProperty, line);
        if (household is not null)
        {
            writer.WriteString(HouseholdProperty, household);
        }

        writer.WriteStartArray(QualifyingProperty);
        for (var p = 0; p < Programmes.Length; p++)
        {
            if (assessment.Qualifies(Programmes[p]))
            {
                writer.WriteStringValue(ProgrammeTokens[p]);
            }
        }

        writer.WriteEndArray();
        AmountText.Write(writer, MonthlyCash, assessment.MonthlyCash);
        AmountText.Write(writer, DibaoMonthly, assessment.Dibao.MonthlyBenefit);
        AmountText.Write(writer, SingleMemberDibaoMonthly, assessment.Margin.SingleMemberDibaoMonthly);
        AmountText.Write(writer, MedicalAssistance, assessment.MedicalAssistance);
        writer.WriteEndObject();
    }
}
