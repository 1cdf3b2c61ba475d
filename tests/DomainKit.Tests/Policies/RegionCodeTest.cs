using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Tests.Policies;

/// <summary>GB/T 2260 codes: six digits, a province part the standard assigns, and the divisions that contain a code.</summary>
public class RegionCodeTest
{
    [Theory]
    [InlineData("370000", RegionLevel.Province)]
    [InlineData("370600", RegionLevel.City)]
    [InlineData("370602", RegionLevel.County)]
    [InlineData("110101", RegionLevel.County)]
    [InlineData("419001", RegionLevel.County)]
    public void ACodeOfTheStandard_IsReadWithItsLevel(string text, RegionLevel level)
    {
        Assert.True(RegionCode.TryParse(text, out var code));
        Assert.Equal(level, code.Level);
        Assert.Equal(text, code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("37060")]
    [InlineData("3706020")]
    [InlineData("37060x")]
    [InlineData("３７０６０２")]
    [InlineData("990000")]
    [InlineData("000000")]
    [InlineData("370002")]
    [InlineData(" 370602")]
    public void AnythingElse_IsRefused_WithoutEchoingIt(string? text)
    {
        Assert.False(RegionCode.TryParse(text, out _));
        var error = Assert.Single(RegionCode.Parse(text).ValidationErrors);
        Assert.Equal(ErrorCodes.RegionCodeInvalid, error.ErrorCode);
        Assert.Equal("A region is an administrative division code of GB/T 2260: six digits, such as 370602.", error.ErrorMessage);
    }

    [Fact]
    public void ACounty_LiesInItsCityAndProvince_NearestFirst()
    {
        var zhifu = RegionCode.Parse("370602").Value;
        Assert.Equal(["370600", "370000"], zhifu.Ancestors.Select(c => c.Value));
        Assert.True(zhifu.IsWithin(RegionCode.Parse("370600").Value));
        Assert.True(zhifu.IsWithin(zhifu));
        Assert.False(zhifu.IsWithin(RegionCode.Parse("370100").Value));
        Assert.False(RegionCode.Parse("370600").Value.IsWithin(zhifu));

        // A county directly under its province (the 90 codes) has no city.
        Assert.Equal(["410000"], RegionCode.Parse("419001").Value.Ancestors.Select(c => c.Value));
        Assert.Empty(RegionCode.Parse("370000").Value.Ancestors);
    }
}
