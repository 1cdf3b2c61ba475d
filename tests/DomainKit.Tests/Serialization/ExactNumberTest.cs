using System.Globalization;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Serialization;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Serialization;

/// <summary>Numbers finer than a decimal can hold are refused, never rounded on the way in.</summary>
public sealed class ExactNumberTest
{
    [Property(MaxTest = 500)]
    public Property AnyDecimal_MatchesItsOwnText_AndNotTheTextWithOneMoreDigitFarOut() =>
        Prop.ForAll(
            Gen.Choose(-1_000_000, 1_000_000).SelectMany(whole => Gen.Choose(0, 28).Select(scale => new decimal(Math.Abs(whole), 0, 0, whole < 0, (byte)scale))).ToArbitrary(),
            value =>
            {
                var text = value.ToString(CultureInfo.InvariantCulture);
                Assert.True(ExactNumber.Matches(text, value));
                Assert.True(ExactNumber.Matches(text + "000", value) || !text.Contains('.', StringComparison.Ordinal));
                var finer = (text.Contains('.', StringComparison.Ordinal) ? text : text + ".") + new string('0', 40) + "1";
                Assert.False(ExactNumber.Matches(finer, value));
            });

    [Theory]
    [InlineData("1e2", "100", true)]
    [InlineData("1.0E+2", "100", true)]
    [InlineData("1000e-5", "0.01", true)]
    [InlineData("-0.0", "0", true)]
    [InlineData("0e999999999999", "0", true)]
    [InlineData("18000.000000000000000000000000001", "18000", false)]
    [InlineData("0.00000000000000000000000000000001", "0", false)]
    [InlineData("1e-999999999999999", "0", false)]
    [InlineData("79228162514264337593543950335.1", "79228162514264337593543950335", false)]
    public void AJsonNumber_MatchesOnlyTheDecimalItEquals(string text, string value, bool matches) =>
        Assert.Equal(matches, ExactNumber.Matches(text, decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("18000.000000000000000000000000001")]
    [InlineData("0.0000000000000000000000000000000000001")]
    [InlineData("18000.0000000000000000000000000000000001")]
    public void AnAmountBeyondADecimalsPrecision_IsRefusedByEveryReader_NotRounded(string amount)
    {
        var json = $$"""{"schema":"domainkit/household@1","members":[{"relation":"applicant","birthDate":"1978-04-12","incomes":[{"kind":"wages","amount":{{amount}}}]}]}""";
        var household = HouseholdJson.Parse(json);
        Assert.Equal(("members[0].incomes[0].amount", ErrorCodes.OutOfRange), (household.ValidationErrors.Single().Identifier, household.ValidationErrors.Single().ErrorCode));

        var policy = PolicySetJson.Write(PolicySets.ZhifuPilot).Replace("\"value\": 950,", $"\"value\": {amount},", StringComparison.Ordinal);
        Assert.NotEqual(PolicySetJson.Write(PolicySets.ZhifuPilot), policy);
        Assert.Contains(PolicySetJson.Parse(policy).ValidationErrors, e => e.ErrorCode == ErrorCodes.OutOfRange);
    }

    [Fact]
    public void TrailingZeros_AreExact_AndAccepted()
    {
        var household = HouseholdJson.Parse("""{"schema":"domainkit/household@1","members":[{"relation":"applicant","birthDate":"1978-04-12","incomes":[{"kind":"wages","amount":18000.100000000000000000000000000000000000}]}]}""");
        Assert.Equal(1_800_010, household.Value.Members[0].Incomes[0].Amount.Fen);
    }
}
