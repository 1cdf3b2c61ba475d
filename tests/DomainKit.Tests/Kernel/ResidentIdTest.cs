using System.Globalization;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Kernel;

/// <summary>GEN-03: resident ID numbers, GB 11643-1999, with the standard's own example 11010519491231002X.</summary>
public class ResidentIdTest
{
    private const string Example = "11010519491231002X";

    [Fact]
    public void Parse_TheStandardsExample_IsValid_AndReadsItsBirthDate()
    {
        var id = ResidentId.Parse(Example).Value;
        Assert.Equal(new LocalDate(1949, 12, 31), id.BirthDate);
        Assert.Equal(Example, id.Value);
        Assert.Equal(id, ResidentId.Parse(Example.ToLowerInvariant()).Value);
    }

    [Fact]
    public void ToString_IsMasked_SoTheNumberCannotLeakThroughFormatting()
    {
        var id = ResidentId.Parse(Example).Value;
        Assert.Equal("110105********002X", id.ToString());
        Assert.Equal("110105********002X", $"{id}");
        Assert.DoesNotContain("19491231", id.Masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11010519491231002", ErrorCodes.ResidentIdLength)]
    [InlineData("1101051949123100 X", ErrorCodes.ResidentIdCharacters)]
    [InlineData("11010519491231002Y", ErrorCodes.ResidentIdCharacters)]
    [InlineData("110105194902300021", ErrorCodes.ResidentIdBirthDate)]
    [InlineData("110105194912310021", ErrorCodes.ResidentIdCheckCharacter)]
    [InlineData(null, ErrorCodes.ResidentIdLength)]
    public void Parse_BadNumbers_AreInvalid_WithoutRepeatingTheNumber(string? text, string code)
    {
        var error = Assert.Single(ResidentId.Parse(text).ValidationErrors);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("residentId", error.Identifier);
        if (text is not null)
        {
            Assert.DoesNotContain(text, error.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 1000)]
    public bool GeneratedNumbers_Validate_AndAnySingleDigitChangeIsCaught(ushort region, ushort days, ushort sequence, byte position, byte change)
    {
        var birth = new LocalDate(1930, 1, 1).PlusDays(days % 30_000);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{110000 + (region % 800000):D6}{birth.Year:D4}{birth.Month:D2}{birth.Day:D2}{sequence % 1000:D3}");
        var number = first17 + ResidentId.CheckCharacter(first17);
        var valid = ResidentId.Parse(number);
        var at = position % 17;
        var digit = (char)('0' + ((number[at] - '0' + 1 + (change % 9)) % 10));
        var altered = number[..at] + digit + number[(at + 1)..];
        return valid.IsSuccess && valid.Value.BirthDate == birth && !ResidentId.Parse(altered).IsSuccess;
    }
}
