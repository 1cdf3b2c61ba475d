using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Tests.Policies;

/// <summary>A policy's name, description and citations in Chinese: read, written back, shown in Chinese text only.</summary>
public class PolicyChineseTextTest
{
    private const string File = """
        {
          "schema": "domainkit/policy-set@1",
          "id": "my-city",
          "name": "My city",
          "nameZh": "本市",
          "version": "2026.1",
          "description": "The city's standard.",
          "descriptionZh": "本市低保标准。",
          "parameters": {
            "dibaoStandardMonthly": {
              "rule": "DB-01",
              "unit": "yuan/month",
              "values": [
                { "from": "2026-01-01", "value": 1000.00, "source": "primary", "citation": "City notice 2026 No. 1", "citationZh": "市民政局2026年第1号通知" },
                { "from": "2026-07-01", "value": 1050.00, "source": "primary", "citation": "City notice 2026 No. 9" }
              ]
            }
          }
        }
        """;

    [Fact]
    public void ChineseTexts_AreRead_ShownInChineseOnly_AndWrittenBack()
    {
        var policy = PolicySetJson.Parse(File).ValueOrThrow();
        Assert.Equal("本市", policy.NameIn(Language.ChineseSimplified));
        Assert.Equal("My city", policy.NameIn(Language.English));
        Assert.Equal("本市低保标准。", policy.DescriptionIn(Language.ChineseSimplified));
        Assert.True(policy.TryGetTimeline(DomainKit.Assistance.DibaoParameters.StandardMonthly, out var timeline));
        var (first, second) = (timeline.Values[0].Provenance, timeline.Values[1].Provenance);
        Assert.Equal("市民政局2026年第1号通知", first.CitationIn(Language.ChineseSimplified));
        Assert.Equal("City notice 2026 No. 1", first.CitationIn(Language.English));
        // Without a Chinese citation the one given is shown in both languages, never nothing.
        Assert.Null(second.ChineseCitation);
        Assert.Equal("City notice 2026 No. 9", second.CitationIn(Language.ChineseSimplified));

        var written = PolicySetJson.Write(policy);
        Assert.Contains("\"citationZh\": \"市民政局2026年第1号通知\"", written, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(written, "citationZh"));
        var again = PolicySetJson.Parse(written).ValueOrThrow();
        Assert.Equal(policy.ContentHash, again.ContentHash);
        Assert.Equal("本市", again.ChineseName);
    }

    [Fact]
    public void AChineseCitation_ChangesTheContentHash_AndEquality()
    {
        var with = PolicySetJson.Parse(File).ValueOrThrow();
        var without = PolicySetJson.Parse(File.Replace(", \"citationZh\": \"市民政局2026年第1号通知\"", string.Empty, StringComparison.Ordinal)).ValueOrThrow();
        Assert.NotEqual(with.ContentHash, without.ContentHash);
        Assert.NotEqual(new Provenance(SourceKind.Primary, "a", "甲"), new Provenance(SourceKind.Primary, "a"));
        Assert.Equal(new Provenance(SourceKind.Primary, "a", "甲"), new Provenance(SourceKind.Primary, "a", "甲"));
        Assert.Equal(new Provenance(SourceKind.Primary, "a", "甲").GetHashCode(), new Provenance(SourceKind.Primary, "a", "甲").GetHashCode());
    }

    [Theory]
    [InlineData("\"citationZh\": \"市民政局2026年第1号通知\"", "\"citationZh\": \"  \"", "parameters.dibaoStandardMonthly.values[0].citationZh", ErrorCodes.Required)]
    [InlineData("\"citationZh\": \"市民政局2026年第1号通知\"", "\"citationZh\": \"第1号\\n通知\"", "parameters.dibaoStandardMonthly.values[0].citationZh", ErrorCodes.ControlCharacter)]
    [InlineData("\"nameZh\": \"本市\"", "\"nameZh\": \" \"", "nameZh", ErrorCodes.Required)]
    [InlineData("\"nameZh\": \"本市\"", "\"nameZh\": 3", "nameZh", ErrorCodes.JsonWrongType)]
    public void ABlankOrForgedChineseText_IsRefused_AtItsPath(string field, string replacement, string path, string code)
    {
        var read = PolicySetJson.Parse(File.Replace(field, replacement, StringComparison.Ordinal));
        Assert.False(read.IsSuccess);
        Assert.Contains(read.ValidationErrors, e => e.Identifier == path && e.ErrorCode == code);
    }

    [Fact]
    public void EveryBundledCitation_HasAChineseOne_AndNoUserSeesTheWordSeed()
    {
        foreach (var id in PolicySets.BundledIds)
        {
            var policy = PolicySets.Bundled(id).Value;
            Assert.All(policy.Timelines.SelectMany(t => t.Provenances), p =>
            {
                Assert.False(string.IsNullOrWhiteSpace(p.ChineseCitation));
                Assert.DoesNotContain("seed", p.Citation, StringComparison.OrdinalIgnoreCase);
            });
        }
    }
}
