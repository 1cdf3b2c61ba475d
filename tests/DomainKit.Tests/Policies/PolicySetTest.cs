using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Policies;

public class PolicySetTest
{
    [Fact]
    public void With_ReturnsANewSet_AndLeavesTheOriginalUntouched()
    {
        var original = PolicySets.ZhifuPilot;
        var date = new LocalDate(2026, 3, 1);
        var before = original.ValueAt(DibaoParameters.StandardMonthly, date).Value;

        var reform = original.With(DibaoParameters.StandardMonthly, Money.FromYuan(1200m), new LocalDate(2026, 1, 1));

        Assert.Equal(before, original.ValueAt(DibaoParameters.StandardMonthly, date).Value);
        Assert.False(original.IsModified);
        Assert.True(reform.IsModified);
        Assert.Same(DibaoParameters.StandardMonthly, Assert.Single(reform.OverriddenParameters));
        var changed = reform.ValueAt(DibaoParameters.StandardMonthly, date).Value;
        Assert.Equal(Money.FromYuan(1200m), changed.Value);
        Assert.Equal(SourceKind.Illustrative, changed.Provenance.Kind);
        // Values before the reform's date still apply before it.
        Assert.Equal(before, reform.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2025, 12, 31)).Value);
    }

    [Fact]
    public void ValueAt_MissingParameter_IsInvalidNamingIt()
    {
        var empty = PolicySet.Create("empty", "Empty", "1", string.Empty, []).Value;
        var result = empty.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2026, 1, 1));
        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(ErrorCodes.ParameterMissing, error.ErrorCode);
        Assert.Contains("dibaoStandardMonthly", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueAt_BeforeTheFirstValue_IsInvalidNamingParameterAndDate_NeverZero()
    {
        var result = PolicySets.ZhifuPilot.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2010, 6, 30));
        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(ErrorCodes.ParameterNotInEffect, error.ErrorCode);
        Assert.Contains("dibaoStandardMonthly (DB-01)", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("2010-06-30", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "n", "1", "id")]
    [InlineData("Upper-Case", "n", "1", "id")]
    [InlineData("x-" + "0123456789012345678901234567890123456789012345678901234567890123", "n", "1", "id")]
    [InlineData("ok", " ", "1", "name")]
    [InlineData("ok", "n", "", "version")]
    public void Create_BadHeader_IsInvalidAtTheField(string id, string name, string version, string path)
    {
        var error = Assert.Single(PolicySet.Create(id, name, version, string.Empty, []).ValidationErrors);
        Assert.Equal(path, error.Identifier);
        Assert.Equal(ErrorCodes.Required, error.ErrorCode);
    }

    [Fact]
    public void Create_GoodHeader_IsValid() =>
        Assert.True(PolicySet.Create("city-2026", "City", "1", string.Empty, []).IsSuccess);

    [Fact]
    public void WithById_SetsAValueWrittenAsInAPolicyFile_OrSaysWhyNot()
    {
        var date = new NodaTime.LocalDate(2026, 3, 1);
        var changed = PolicySets.ZhifuPilot.With("dibaoStandardMonthly", "1000.00", date).Value;
        Assert.Equal(Money.FromYuan(1_000m), changed.ValueAt(DomainKit.Assistance.DibaoParameters.StandardMonthly, date).Value.Value);
        Assert.Equal(Money.FromYuan(950m), changed.ValueAt(DomainKit.Assistance.DibaoParameters.StandardMonthly, date.PlusDays(-1)).Value.Value);
        Assert.Equal(DomainKit.Validation.ErrorCodes.UnknownName, PolicySets.ZhifuPilot.With("dibaoStandard", "1", date).ValidationErrors.Single().ErrorCode);
        Assert.Equal("parameters.dibaoStandardMonthly", PolicySets.ZhifuPilot.With("dibaoStandardMonthly", "100.001", date).ValidationErrors.Single().Identifier);
        Assert.Equal(DomainKit.Validation.ErrorCodes.JsonMalformed, PolicySets.ZhifuPilot.With("dibaoStandardMonthly", "{", date).ValidationErrors.Single().ErrorCode);
        Assert.True(PolicySets.Shaanxi2016.With("excellentQuotaRounding", "\"up\"", date).IsSuccess);
    }
}
