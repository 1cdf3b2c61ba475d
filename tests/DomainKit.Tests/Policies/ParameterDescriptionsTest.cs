using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Tests.Policies;

/// <summary>Every parameter describes itself in both languages, and the Chinese catalogue names no parameter that does not exist.</summary>
public class ParameterDescriptionsTest
{
    [Fact]
    public void EveryParameter_HasAChineseDescription()
    {
        foreach (var parameter in ParameterCatalog.All)
        {
            Assert.Equal(parameter.Description, parameter.Describe(Language.English));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", parameter.Describe(Language.ChineseSimplified));
        }
    }

    [Fact]
    public void TheChineseCatalogue_NamesOnlyRealParameters()
    {
        var ids = ParameterCatalog.All.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ParameterDescriptions.Chinese.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnUndefinedLanguage_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ParameterCatalog.All[0].Describe((Language)99));
}
