using Ardalis.Result;
using DomainKit.Policies;

namespace DomainKit.Tests.Kernel;

/// <summary>ValueOrThrow: the value of a success, and for a failure an exception naming every error's path and code.</summary>
public class ResultExtensionsTest
{
    [Fact]
    public void ASuccess_GivesItsValue() =>
        Assert.Same(PolicySets.ZhifuPilot, Result<PolicySet>.Success(PolicySets.ZhifuPilot).ValueOrThrow());

    [Fact]
    public void AnInvalidResult_Throws_ListingEachErrorWithItsPathAndCode()
    {
        var invalid = PolicySet.Create("Not An Id", " ", "1", string.Empty, []);
        Assert.Null(invalid.Value);
        var thrown = Assert.Throws<ResultFailedException>(() => invalid.ValueOrThrow());
        Assert.Equal(ResultStatus.Invalid, thrown.Status);
        Assert.Equal(["id", "name"], thrown.ValidationErrors.Select(e => e.Identifier));
        Assert.Equal(
            "The result is Invalid, not a success:\n"
            + "  id: value.required: The identifier must be 1-64 lower-case letters, digits or hyphens.\n"
            + "  name: value.required: The name is required.",
            thrown.Message);
    }

    [Fact]
    public void AFailureWithoutValidationErrors_ListsItsMessages()
    {
        var thrown = Assert.Throws<ResultFailedException>(() => Result<int>.Error("the store is unavailable").ValueOrThrow());
        Assert.Equal(ResultStatus.Error, thrown.Status);
        Assert.Equal("The result is Error, not a success:\n  the store is unavailable", thrown.Message);
        Assert.Equal("The result is NotFound, not a success.", Assert.Throws<ResultFailedException>(() => Result<int>.NotFound().ValueOrThrow()).Message);
    }

    [Fact]
    public void ARefusedValue_IsNotRepeated()
    {
        var refused = PolicySetJson.Parse("""{"schema":"domainkit/policy-set@1","id":"x","name":"n","version":"1","parameters":{"secret-袁某某":{}}}""");
        var thrown = Assert.Throws<ResultFailedException>(() => refused.ValueOrThrow());
        Assert.Contains("parameters: ", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("袁某某", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANullResult_IsAnArgumentError() =>
        Assert.Throws<ArgumentNullException>(() => ((Result<int>)null!).ValueOrThrow());
}
