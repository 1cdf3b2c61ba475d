using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;

namespace DomainKit.Assistance;

/// <summary>Reads and writes households as JSON (contract <c>domainkit/household@2</c>, and the first version <c>domainkit/household@1</c> on reading; documented in docs/json-contracts.md).</summary>
/// <remarks>
/// Reading is strict and never throws for bad input: malformed JSON, unknown or duplicate properties,
/// wrong types, unknown names, bad dates and inexact amounts each become a <see cref="ValidationError"/>
/// with its path, then the household is validated as <see cref="Household.Create"/> does.
/// This class is thread-safe.
/// </remarks>
public static class HouseholdJson
{
    /// <summary>The contract <see cref="Write"/> writes, whose amounts are decimal strings such as <c>"1350.00"</c>.</summary>
    public const string Schema = "domainkit/household@2";

    /// <summary>
    /// The first version of the contract, whose amounts are JSON numbers; still read, field for field the same as
    /// <see cref="Schema"/> but for the form of its amounts.
    /// </summary>
    public const string FirstSchema = "domainkit/household@1";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a household from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The household, or Invalid with every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<Household> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(StrictJsonReader.ToUtf8(json));
    }

    /// <summary>Reads a household from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The household, or Invalid with every problem found.</returns>
    public static Result<Household> Parse(ReadOnlyMemory<byte> utf8Json) => HouseholdJsonReader.Read(utf8Json.Span);

    /// <summary>Writes a household as JSON that <see cref="Parse(string)"/> reads back to an equivalent household.</summary>
    /// <param name="household">The household.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    public static string Write(Household household)
    {
        ArgumentNullException.ThrowIfNull(household);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteTo(writer, household);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes a household as a value into a writer, as inside a claims document.</summary>
    internal static void WriteTo(Utf8JsonWriter writer, Household household)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteStartArray("members");
        foreach (var member in household.Members)
        {
            writer.WriteStartObject();
            writer.WriteString("relation", EnumTokens<Relation>.ToToken(member.Relation));
            writer.WriteString("birthDate", Dates.Format(member.BirthDate));
            writer.WriteBoolean("livesIndependently", member.LivesIndependently);
            writer.WriteBoolean("fullTimeStudent", member.FullTimeStudent);
            writer.WriteBoolean("livesWithHousehold", member.LivesWithHousehold);
            writer.WriteString("absence", EnumTokens<Absence>.ToToken(member.Absence));
            if (member.Disability is { } disability)
            {
                writer.WriteStartObject("disability");
                writer.WriteString("kind", EnumTokens<DisabilityKind>.ToToken(disability.Kind));
                writer.WriteNumber("grade", disability.Grade);
                writer.WriteEndObject();
            }

            writer.WriteBoolean("seriouslyIll", member.SeriouslyIll);
            writer.WriteBoolean("hasAbleSupporter", member.HasAbleSupporter);
            writer.WriteBoolean("enrolledInExtremePoverty", member.EnrolledInExtremePoverty);
            writer.WriteString("schoolStage", EnumTokens<SchoolStage>.ToToken(member.SchoolStage));
            writer.WriteNumber("refusedJobReferrals", member.RefusedJobReferrals);
            if (member.AbsentSince is { } since)
            {
                writer.WriteString("absentSince", Dates.Format(since));
            }

            writer.WriteStartArray("incomes");
            foreach (var income in member.Incomes)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", EnumTokens<IncomeKind>.ToToken(income.Kind));
                AmountText.Write(writer, "amount", income.Amount);
                if (income.Period == IncomePeriod.Month)
                {
                    writer.WriteString("period", EnumTokens<IncomePeriod>.ToToken(income.Period));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("assets");
        AmountText.Write(writer, "financialAssets", household.Assets.FinancialAssets);
        writer.WriteNumber("homesOwned", household.Assets.HomesOwned);
        AmountText.Write(writer, "businessEquity", household.Assets.BusinessEquity);
        writer.WriteEndObject();
        if (household.DibaoHistory is { } history)
        {
            writer.WriteStartObject("dibaoHistory");
            writer.WriteString("recipientSince", Dates.Format(history.RecipientSince));
            AmountText.Write(writer, "lastMonthlyBenefit", history.LastMonthlyBenefit);
            if (history.WorkIncomeRoseOn is { } rose)
            {
                writer.WriteString("workIncomeRoseOn", Dates.Format(rose));
            }

            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
