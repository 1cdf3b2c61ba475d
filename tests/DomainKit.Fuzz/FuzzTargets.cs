using System.Collections.Frozen;
using DomainKit.Assistance;
using DomainKit.Cadres;
using DomainKit.Cli;
using DomainKit.Cli.Scenarios;
using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Fuzz;

/// <summary>
/// The readers the fuzzer drives, one per contract. Each takes any bytes and must return: bad input is a value, so
/// any exception that escapes a target is a defect, and the fuzzer records the input that caused it.
/// </summary>
public static class FuzzTargets
{
    private static CliText? english;

    // Made on first use, inside the fuzzer's run: instrumented code may not run before the coverage map exists.
    private static CliText English => english ??= new CliText(Language.English);

    /// <summary>Every target by the name the campaign script and the corpus folders use.</summary>
    public static FrozenDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["household"] = Household,
        ["policy"] = Policy,
        ["cadre"] = Cadre,
        ["case-history"] = CaseHistory,
        ["scenario-yaml"] = ScenarioYaml,
        ["households-csv"] = HouseholdsCsv,
        ["parquet-text-chunk"] = ParquetTextChunkBytes,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A household read, and when it reads, assessed and explained on a date of its contract's range.</summary>
    public static void Household(byte[] input)
    {
        var household = HouseholdJson.Parse(input);
        if (household.IsSuccess)
        {
            var decided = HouseholdAssessment.Decide(HouseholdClaims.Of(household.Value), PolicySets.ZhifuPilot, new NodaTime.LocalDate(2026, 3, 1));
            if (decided.IsSuccess)
            {
                var e = decided.Value;
                _ = e.Summary(Language.ChineseSimplified);
                AssistanceDecision?[] decisions = [e.Dibao, e.ExtremePoverty, e.Margin, .. e.Medical, e.Expenditure, e.Temporary, e.Education];
                foreach (var decision in decisions.OfType<AssistanceDecision>())
                {
                    _ = decision.Explanation.Render(Language.ChineseSimplified);
                }
            }
        }
    }

    /// <summary>A policy file read, and when it reads, resolved for assistance on a date.</summary>
    public static void Policy(byte[] input)
    {
        var policy = PolicySetJson.Parse(input);
        if (policy.IsSuccess)
        {
            _ = AssistanceTerms.Resolve(policy.Value, new NodaTime.LocalDate(2026, 3, 1));
            _ = policy.Value.ContentHash;
        }
    }

    /// <summary>A cadre file read, and when it reads, assessed for its latest year.</summary>
    public static void Cadre(byte[] input)
    {
        var cadre = CadreJson.Parse(input);
        if (cadre.IsSuccess && CadreTerms.Resolve(PolicySets.Shaanxi2016, new NodaTime.LocalDate(2026, 3, 1)) is { IsSuccess: true } terms)
        {
            var year = cadre.Value.Assessments.IsEmpty ? 2025 : cadre.Value.Assessments[^1].Year;
            _ = Assessment.Consequences(cadre.Value, year, terms.Value);
            _ = StepDown.Review(cadre.Value, year, terms.Value).Explanation.Render(Language.ChineseSimplified);
            _ = Promotion.BarsOn(cadre.Value, new NodaTime.LocalDate(2026, 3, 1), terms.Value);
        }
    }

    /// <summary>A stored case history read and replayed.</summary>
    public static void CaseHistory(byte[] input) => _ = CaseEventJson.ParseHistory(System.Text.Encoding.UTF8.GetString(input));

    /// <summary>A scenario file read; a file that reads is run, as <c>domainkit test</c> runs it.</summary>
    public static void ScenarioYaml(byte[] input)
    {
        var (scenarios, _) = ScenarioFile.Parse("fuzz.yaml", input, English);
        foreach (var scenario in scenarios)
        {
            _ = ScenarioRunner.Run(scenario, English);
        }
    }

    /// <summary>A households CSV read as <c>review</c> reads it, each household's document read by the strict reader.</summary>
    public static void HouseholdsCsv(byte[] input)
    {
        using var reader = new CsvRecordReader(new MemoryStream(input), maxRecordBytes: 64 * 1024);
        foreach (var read in HouseholdCsv.Read(English, reader))
        {
            var item = read.Ready();
            if (item.IsFatal)
            {
                return;
            }

            if (item.Problem is null)
            {
                _ = HouseholdJson.Parse(item.Json);
                _ = item.Locate("members[0].birthDate");
            }
        }
    }

    /// <summary>
    /// A Parquet text column chunk decoded as the typed Parquet reading decodes it. The first byte chooses the codec
    /// (its low two bits: none, Snappy, gzip, zstd) and whether the column may be null (bit 2); the next two give the
    /// rows, little-endian, 1 to 65,536. Damage is one of the two exceptions the decoder promises, which tell the
    /// reading to leave the chunk to Parquet.Net; any other is a defect.
    /// </summary>
    public static void ParquetTextChunkBytes(byte[] input)
    {
        if (input.Length < 3)
        {
            return;
        }

        Parquet.Meta.CompressionCodec[] codecs = [Parquet.Meta.CompressionCodec.UNCOMPRESSED, Parquet.Meta.CompressionCodec.SNAPPY, Parquet.Meta.CompressionCodec.GZIP, Parquet.Meta.CompressionCodec.ZSTD];
        var rows = (input[1] | (input[2] << 8)) + 1;
        var chunk = new ArraySegment<byte>(input, 3, input.Length - 3);
        try
        {
            ParquetTextChunk.Decode(chunk, codecs[input[0] & 3], (input[0] >> 2) & 1, rows, uncompressedSize: 1 << 20).Return();
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException)
        {
        }
    }
}
