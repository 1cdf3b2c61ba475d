using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Assistance;
using DomainKit.Tests.Generators;
using DomainKit.Validation;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Policies;

/// <summary>
/// The example registry (docs/examples/regions): Shandong (370000) over the national baseline, Yantai (370600) over
/// Shandong, Zhifu (370602) and Laishan (370613) over Yantai. A code resolves to its own layer, else its city's, else
/// its province's; a chain that skips a registered division is refused.
/// </summary>
public sealed class PolicyRegionRegistryTest : IDisposable
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "regions");

    private static readonly Lazy<PolicyRegionRegistry> Example = new(() => PolicyRegionRegistry.Load(Path.Combine(Examples, "registry.json")).Value);

    private readonly string folder = Directory.CreateTempSubdirectory("registry-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("370602", "example-zhifu")]
    [InlineData("370613", "example-laishan")]
    [InlineData("370600", "example-yantai")]
    [InlineData("370612", "example-yantai")]
    [InlineData("370102", "example-shandong")]
    [InlineData("370000", "example-shandong")]
    public void ACode_ResolvesToItsOwnLayer_OrTheNearestDivisionContainingIt(string code, string id)
    {
        Assert.Equal(id, Example.Value.Resolve(code).Value.Id);
    }

    [Fact]
    public void ACodeNoLayerCovers_OrNotACode_IsAClearError()
    {
        Assert.Equal(ErrorCodes.RegionUnknown, Assert.Single(Example.Value.Resolve("440300").ValidationErrors).ErrorCode);
        Assert.Equal(ErrorCodes.RegionCodeInvalid, Assert.Single(Example.Value.Resolve("37060x").ValidationErrors).ErrorCode);
        Assert.Equal(["370000", "370600", "370602", "370613"], Example.Value.Regions.Select(r => r.Value));
    }

    [Fact]
    public void TheDistrictsStandard_ComesFromItsOwnChain_DatedAsEachLayerSaysIt()
    {
        // Laishan adds ¥1000.00 from 2026-07-01 over Yantai's ¥950.00 (which replaced Shandong's timeline).
        var laishan = Example.Value.Resolve("370613").Value;
        Assert.Equal(Money.FromYuan(950m), laishan.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2026, 6, 30)).Value.Value);
        Assert.Equal(Money.FromYuan(1000m), laishan.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2026, 7, 1)).Value.Value);
        Assert.Equal("example-laishan", laishan.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2026, 7, 1)).Value.Provenance.Layer!.Id);
        Assert.Equal("example-yantai", laishan.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2026, 6, 30)).Value.Provenance.Layer!.Id);
        // Shandong's own ¥850.00 from 2025-07-01 holds where no city layer replaces it.
        Assert.Equal(Money.FromYuan(850m), Example.Value.Resolve("370102").Value.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2026, 3, 1)).Value.Value);
    }

    /// <summary>
    /// The Zhifu pilot expressed as a district layer over Yantai over Shandong over the national baseline decides every
    /// programme as the standalone zhifu-pilot preset does, for generated households, claims and dates.
    /// </summary>
    [Property(MaxTest = 500, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest)])]
    public bool TheZhifuDistrictLayer_DecidesAsTheZhifuPreset(HouseholdClaims claims, LocalDate date)
    {
        var layered = AssistanceTerms.Resolve(Example.Value.Resolve("370602").Value, date).Value;
        var preset = AssistanceTerms.Resolve(PolicySets.ZhifuPilot, date).Value;
        return HouseholdAssessment.Assess(claims, layered) == HouseholdAssessment.Assess(claims, preset);
    }

    [Fact]
    public void ADistrictThatSkipsItsRegisteredCity_OrTwoLayersForOneRegion_AreRefused()
    {
        foreach (var file in Directory.GetFiles(Examples))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // Laishan rests on Shandong directly although the registry holds Yantai.
        var laishan = Path.Combine(folder, "370613-laishan.json");
        File.WriteAllText(laishan, File.ReadAllText(laishan).Replace("\"basedOn\": \"370600-yantai.json\"", "\"basedOn\": \"370000-shandong.json\"", StringComparison.Ordinal));
        var gap = PolicyRegionRegistry.Load(Path.Combine(folder, "registry.json"));
        var error = Assert.Single(gap.ValidationErrors);
        Assert.Equal(ErrorCodes.RegionGap, error.ErrorCode);
        Assert.Contains("370613", error.ErrorMessage, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, "twice.json"), """{"schema":"domainkit/policy-registry@1","layers":["370000-shandong.json","370600-yantai.json","370600-yantai.json"]}""");
        Assert.Contains(PolicyRegionRegistry.Load(Path.Combine(folder, "twice.json")).ValidationErrors, e => e.ErrorCode == ErrorCodes.RegionDuplicate);

        File.WriteAllText(Path.Combine(folder, "bad.json"), """{"schema":"domainkit/policy-registry@1","layers":[1],"extra":true}""");
        var bad = PolicyRegionRegistry.Load(Path.Combine(folder, "bad.json")).ValidationErrors.Select(e => (Path.GetFileName(e.Identifier), e.ErrorCode));
        Assert.Equal([("bad.json", ErrorCodes.JsonUnknownProperty), ("bad.json:layers[0]", ErrorCodes.JsonWrongType)], bad);
        Assert.Equal(ErrorCodes.BaseNotFound, Assert.Single(PolicyRegionRegistry.Load(Path.Combine(folder, "none.json")).ValidationErrors).ErrorCode);
    }
}
