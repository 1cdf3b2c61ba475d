using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DomainKit.Assistance;
using DomainKit.Cli;
using DomainKit.Policies;
using DomainKit.Tests.Oracle;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>
/// Reading households from JSON lines, per household, on the seeded caseload as <c>generate</c> writes it: the household
/// reader (parse, check, create) and the same followed by the assessment of every programme, against a bare
/// <see cref="Utf8JsonReader"/> pass over the same bytes, the floor any JSON reader stands on. Beside them, the reader and
/// the checks it replaced (kept in the tests as its oracle): the document reader, and the FluentValidation validator.
/// </summary>
[MemoryDiagnoser]
public class HouseholdReadingBenchmarks
{
    private const int Households = 10_000;

    private byte[][] lines = [];
    private Household[] households = [];
    private AssistanceTerms terms = null!;
    private readonly FluentHouseholdValidator previousChecks = new();

    [GlobalSetup]
    public void Setup()
    {
        households = SyntheticPopulation.Create(Households);
        lines = households.Select(JsonLine).ToArray();
        terms = AssistanceTerms.Resolve(PolicySets.ZhifuPilot, new LocalDate(2026, 3, 1)).Value;
        foreach (var line in lines)
        {
            var read = HouseholdJson.Parse(line);
            var previous = DocumentHouseholdReader.Read(line);
            if (!read.IsSuccess || !previous.IsSuccess || HouseholdJson.Write(read.Value) != HouseholdJson.Write(previous.Value))
            {
                throw new InvalidOperationException("The readers disagree on the caseload.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public long BareUtf8JsonReader()
    {
        long tokens = 0;
        foreach (var line in lines)
        {
            var reader = new Utf8JsonReader(line);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public int Parse()
    {
        var members = 0;
        foreach (var line in lines)
        {
            members += HouseholdJson.Parse(line).Value.Members.Length;
        }

        return members;
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public long ParseAndAssess()
    {
        long fen = 0;
        foreach (var line in lines)
        {
            fen += HouseholdAssessment.Assess(HouseholdJson.Parse(line).Value, terms).MonthlyCash.Fen;
        }

        return fen;
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public int PreviousDocumentReader()
    {
        var members = 0;
        foreach (var line in lines)
        {
            members += DocumentHouseholdReader.Read(line).Value.Members.Length;
        }

        return members;
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public int PreviousFluentValidationChecks()
    {
        var valid = 0;
        foreach (var household in households)
        {
            valid += previousChecks.Validate(new HouseholdCandidate(household.Members, household.Assets, household.DibaoHistory)).IsValid ? 1 : 0;
        }

        return valid;
    }

    // As generate writes a line: the household's document on one line.
    private static byte[] JsonLine(Household household)
    {
        using var document = JsonDocument.Parse(HouseholdJson.Write(household));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(json);
        }

        return buffer.ToArray();
    }
}
