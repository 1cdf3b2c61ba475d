using System.Globalization;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Policies;

/// <summary>
/// Policy layers: a file that names its base holds only what it changes. Expected figures by hand from the national
/// baseline (dibao standard ¥800.00 from 2024-01-01) and docs/examples/eligible.json (three members, wages ¥18000.00
/// a year): DB-02 pays (800 × 3 × 12 − 18000) ÷ 12 = ¥900.00 a month, and under a standard of ¥1000.00,
/// (1000 × 3 × 12 − 18000) ÷ 12 = ¥1500.00.
/// </summary>
public sealed class PolicyLayersTest : IDisposable
{
    private static readonly Household Eligible = HouseholdJson.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "eligible.json"))).Value;

    private readonly string folder = Directory.CreateTempSubdirectory("layers-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string Layer(string id, string basedOn, string parameters, string? region = null) => $$"""
        {
          "schema": "domainkit/policy-set@1",
          "id": "{{id}}",
          "name": "{{id}} layer",
          "version": "1",
          {{(region is null ? string.Empty : $"\"region\": \"{region}\",")}}
          "basedOn": "{{basedOn}}",
          "parameters": { {{parameters}} }
        }
        """;

    private static string Standard(string key, string from, decimal value) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        "dibaoStandardMonthly": { "{{key}}": [ { "from": "{{from}}", "value": {{value:0.00}}, "source": "primary", "citation": "City notice" } ] }
        """);

    [Fact]
    public void AddedValues_KeepTheBasesEarlierOnes_AndTheBenefitFollowsTheDateOfTheChange()
    {
        var city = PolicySetFiles.Load(Write("city.json", Layer("city", "national-baseline", Standard("add", "2026-07-01", 1000m)))).Value;

        Assert.Equal(Money.FromYuan(900m), Dibao.Decide(Eligible, city, new LocalDate(2026, 6, 30)).Value.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(1500m), Dibao.Decide(Eligible, city, new LocalDate(2026, 7, 1)).Value.MonthlyBenefit);
        var timeline = Assert.IsType<Timeline<Money>>(city.Timelines.Single(t => t.Parameter == DibaoParameters.StandardMonthly));
        Assert.Equal([new LocalDate(2014, 5, 1), new LocalDate(2024, 1, 1), new LocalDate(2026, 7, 1)], timeline.EffectiveDates.ToArray());
        Assert.Equal(["national-baseline", "national-baseline", "city"], timeline.Provenances.Select(p => p.Layer!.Id));
        Assert.Equal(["national-baseline", "city"], city.Layers.Select(l => l.Id));
    }

    [Fact]
    public void WholeValues_ReplaceTheBasesTimeline()
    {
        var city = PolicySetFiles.Load(Write("city.json", Layer("city", "national-baseline", Standard("values", "2020-01-01", 1000m)))).Value;

        // The base's ¥800.00 from 2024 is gone: the layer's timeline is the whole of it.
        Assert.Equal(Money.FromYuan(1500m), Dibao.Decide(Eligible, city, new LocalDate(2026, 3, 1)).Value.MonthlyBenefit);
        Assert.Equal(DibaoParameters.StandardMonthly.Format(Money.FromYuan(1000m)), Assert.Single(city.Timelines.Single(t => t.Parameter == DibaoParameters.StandardMonthly).FormattedValues));
    }

    [Fact]
    public void AChainOfFiles_ResolvesEachOverTheOneBeneath_AndTheExplanationNamesEachValuesLayer()
    {
        Write("province.json", Layer("province", "national-baseline", Standard("add", "2025-01-01", 900m), "370000"));
        Write("city.json", Layer("city", "province.json", Standard("add", "2026-07-01", 1000m), "370600"));
        var district = PolicySetFiles.Load(Write("district.json", Layer("district", "city.json", """
            "maxHomes": { "values": [ { "from": "2020-01-01", "value": 2, "source": "primary", "citation": "District rule" } ] }
            """, "370602"))).Value;

        Assert.Equal(["national-baseline", "province", "city", "district"], district.Layers.Select(l => l.Id));
        Assert.Equal("370602", district.Region!.Value.Value);
        // (900 × 3 × 12 − 18000) ÷ 12 = ¥1200.00 on 2026-03-01, from the province's value.
        var decision = Dibao.Decide(Eligible, district, new LocalDate(2026, 3, 1)).Value;
        Assert.Equal(Money.FromYuan(1200m), decision.MonthlyBenefit);
        var text = decision.Explanation.Render(Language.English);
        Assert.Contains("parameter dibaoStandardMonthly = ¥900.00 per month, in effect from 2025-01-01 (province layer: primary legal text: City notice)", text, StringComparison.Ordinal);
        Assert.Contains("(district layer: primary legal text: District rule)", text, StringComparison.Ordinal);
        Assert.Contains("\"layer\":\"province\"", DibaoDecisionJson.Write(decision, Language.English).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AResolvedSet_WrittenWhole_ReadsBackTheSame_WithItsLayers()
    {
        var city = PolicySetFiles.Load(Write("city.json", Layer("city", "national-baseline", Standard("add", "2026-07-01", 1000m), "370600"))).Value;
        var written = PolicySetJson.Write(city);
        var read = PolicySetJson.Parse(written).Value;

        Assert.Equal(city.ContentHash, read.ContentHash);
        Assert.Equal(city.Layers.ToArray(), read.Layers.ToArray());
        Assert.Equal(city.Region, read.Region);
        Assert.Equal(written, PolicySetJson.Write(read));
    }

    [Fact]
    public void ALayerOverABundledSet_ReadsFromBytes_ButOneOverAFile_NeedsTheFileLoader()
    {
        var overBundled = PolicySetJson.Parse(Layer("city", "national-baseline", Standard("add", "2026-07-01", 1000m))).Value;
        Assert.Equal(Money.FromYuan(1500m), Dibao.Decide(Eligible, overBundled, new LocalDate(2026, 7, 1)).Value.MonthlyBenefit);

        var overFile = PolicySetJson.Parse(Layer("city", "province.json", Standard("add", "2026-07-01", 1000m)));
        Assert.Equal(("basedOn", ErrorCodes.BaseNeedsFile), Only(overFile));
    }

    [Fact]
    public void LayersThatNameEachOther_AreACycle_NamedInTheFileThatClosesIt()
    {
        Write("a.json", Layer("a", "b.json", Standard("add", "2026-07-01", 1000m)));
        Write("b.json", Layer("b", "a.json", Standard("add", "2026-08-01", 1100m)));
        var error = Assert.Single(PolicySetFiles.Load(Path.Combine(folder, "a.json")).ValidationErrors);
        Assert.Equal(ErrorCodes.BaseCycle, error.ErrorCode);
        Assert.EndsWith("a.json:basedOn", error.Identifier, StringComparison.Ordinal);
    }

    [Fact]
    public void AChainDeeperThanTheBound_IsRefused()
    {
        Write("layer0.json", Layer("layer0", "national-baseline", Standard("add", "2026-07-01", 1000m)));
        for (var i = 1; i <= PolicySetFiles.MaxLayers; i++)
        {
            Write($"layer{i}.json", Layer($"layer{i}", $"layer{i - 1}.json", Standard("add", "2026-07-01", 1000m)));
        }

        Assert.True(PolicySetFiles.Load(Path.Combine(folder, $"layer{PolicySetFiles.MaxLayers - 1}.json")).IsSuccess);
        Assert.Equal(ErrorCodes.BaseTooDeep, Assert.Single(PolicySetFiles.Load(Path.Combine(folder, $"layer{PolicySetFiles.MaxLayers}.json")).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void EveryProblemOfAChain_IsNamedByItsFileAndPath()
    {
        // A missing base, an error inside a base, add without a base, values and add together, a region outside the base's.
        var missing = PolicySetFiles.Load(Write("orphan.json", Layer("orphan", "nowhere.json", Standard("add", "2026-07-01", 1000m))));
        Assert.EndsWith("orphan.json:basedOn", Assert.Single(missing.ValidationErrors).Identifier, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.BaseNotFound, Assert.Single(missing.ValidationErrors).ErrorCode);

        var absolute = PolicySetFiles.Load(Write("absolute.json", Layer("absolute", "/etc/hostname", Standard("add", "2026-07-01", 1000m))));
        Assert.Equal(ErrorCodes.BaseNotFound, Assert.Single(absolute.ValidationErrors).ErrorCode);
        Assert.EndsWith("absolute.json:basedOn", Assert.Single(absolute.ValidationErrors).Identifier, StringComparison.Ordinal);

        Write("broken.json", Layer("broken", "national-baseline", Standard("add", "2026-02-30", 1000m)));
        var overBroken = PolicySetFiles.Load(Write("top.json", Layer("top", "broken.json", Standard("add", "2026-07-01", 1000m))));
        Assert.EndsWith("broken.json:parameters.dibaoStandardMonthly.add[0].from", Assert.Single(overBroken.ValidationErrors).Identifier, StringComparison.Ordinal);

        var standalone = PolicySetJson.Parse("""{"schema":"domainkit/policy-set@1","id":"x","name":"x","version":"1","parameters":{"dibaoStandardMonthly":{"add":[]}}}""");
        Assert.Equal(("parameters.dibaoStandardMonthly.add", ErrorCodes.LayerAddWithoutBase), Only(standalone));
        var both = PolicySetJson.Parse(Layer("x", "national-baseline", """
            "dibaoStandardMonthly": { "values": [], "add": [] }
            """));
        Assert.Equal(("parameters.dibaoStandardMonthly.add", ErrorCodes.LayerAddWithoutBase), Only(both));

        Write("shandong.json", Layer("shandong", "national-baseline", Standard("add", "2026-07-01", 1000m), "370000"));
        var elsewhere = PolicySetFiles.Load(Write("guangzhou.json", Layer("guangzhou", "shandong.json", Standard("add", "2026-07-01", 1000m), "440100")));
        Assert.Equal(ErrorCodes.RegionGap, Assert.Single(elsewhere.ValidationErrors).ErrorCode);
        Assert.EndsWith("guangzhou.json:region", Assert.Single(elsewhere.ValidationErrors).Identifier, StringComparison.Ordinal);

        // A layer's own timeline problems are named where it writes them, under add.
        var empty = PolicySetJson.Parse(Layer("empty", "national-baseline", """
            "dibaoStandardMonthly": { "add": [] }
            """));
        Assert.Equal(("parameters.dibaoStandardMonthly.add", ErrorCodes.TimelineEmpty), Only(empty));

        var sameId = PolicySetFiles.Load(Write("again.json", Layer("national-baseline", "national-baseline", Standard("add", "2026-07-01", 1000m))));
        Assert.Contains(sameId.ValidationErrors, e => e.ErrorCode is ErrorCodes.BaseCycle or ErrorCodes.PolicyIdReserved);
    }

    [Fact]
    public void ALayerMayNotClaimABundledSetsId()
    {
        var claimed = PolicySetJson.Parse(Layer("zhifu-pilot", "national-baseline", Standard("add", "2026-07-01", 1000m)));
        Assert.Equal(("id", ErrorCodes.PolicyIdReserved), Only(claimed));
    }

    /// <summary>
    /// A resolved layer equals its base with the layer's values applied one by one (<see cref="PolicySet.With{T}(PolicyParameter{T}, T, LocalDate, Provenance?)"/>),
    /// on every date: for generated standards and dates, added to the national baseline.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property AnAddLayer_EqualsItsBaseWithEachValueApplied()
    {
        var values = Gen.Choose(1, 4).SelectMany(count => Gen.ListOf(
            from day in Gen.Choose(0, 6000)
            from fen in Gen.Choose(0, 500_000)
            select (From: new LocalDate(2014, 5, 1).PlusDays(day), Fen: fen), count))
            .Select(list => list.DistinctBy(v => v.From).OrderBy(v => v.From).ToArray());
        return Prop.ForAll(values.ToArbitrary(), Gen.Choose(0, 7000).ToArbitrary(), (added, probe) =>
        {
            var json = "\"dibaoStandardMonthly\": { \"add\": [" + string.Join(",", added.Select(v => string.Create(CultureInfo.InvariantCulture, $$"""{ "from": "{{v.From:yyyy-MM-dd}}", "value": {{v.Fen / 100m:0.00}}, "source": "primary", "citation": "c" }"""))) + "] }";
            var layered = PolicySetJson.Parse(Layer("generated", "national-baseline", json)).Value;
            var expected = added.Aggregate(PolicySets.NationalBaseline, (set, v) => set.With(DibaoParameters.StandardMonthly, Money.FromFen(v.Fen), v.From, Provenance.Primary("c")));
            var date = new LocalDate(2014, 5, 1).PlusDays(probe);
            return layered.ValueAt(DibaoParameters.StandardMonthly, date).Value.Value == expected.ValueAt(DibaoParameters.StandardMonthly, date).Value.Value
                && layered.Timelines.Where(t => t.Parameter != DibaoParameters.StandardMonthly).Select(t => t.FormattedValues.Length)
                    .SequenceEqual(PolicySets.NationalBaseline.Timelines.Where(t => t.Parameter != DibaoParameters.StandardMonthly).Select(t => t.FormattedValues.Length));
        });
    }

    private static (string, string) Only<T>(Ardalis.Result.Result<T> result)
    {
        var error = Assert.Single(result.ValidationErrors);
        return (error.Identifier, error.ErrorCode);
    }
}
