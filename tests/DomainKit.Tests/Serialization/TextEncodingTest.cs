using System.Text;
using DomainKit.Assistance;
using DomainKit.Cadres;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Tests.Serialization;

/// <summary>
/// Text that is not Unicode, in every contract, whether it comes as bytes (invalid UTF-8), as a JSON escape
/// (<c>\ud800</c>) or as a .NET string holding a lone surrogate: Invalid with the path and a stable code, never
/// replaced by U+FFFD and accepted. A byte order mark at the start is accepted.
/// </summary>
public sealed class TextEncodingTest
{
    private const string Household = """{"schema":"domainkit/household@1","members":[{"relation":"applicant","birthDate":"1978-04-12"}],"assets":{"homesOwned":0}}""";

    private static readonly string Cadre = """{"schema":"domainkit/cadre@1","id":"c-1","principalLeader":false,"assessments":[]}""";

    // Built here rather than passed as theory data: a lone surrogate does not survive the test runner's own encoding.
    private static readonly Dictionary<string, string> Damages = new(StringComparer.Ordinal)
    {
        ["escape"] = "\\ud800",
        ["low escape"] = "\\udc00x",
        ["raw lone surrogate"] = new string((char)0xD800, 1),
        ["raw low surrogate"] = "a" + (char)0xDFFF,
    };

    [Theory]
    [InlineData("escape")]
    [InlineData("low escape")]
    [InlineData("raw lone surrogate")]
    [InlineData("raw low surrogate")]
    public void ALoneSurrogate_InEveryContractsText_IsInvalidWithThePath(string how)
    {
        var damage = Damages[how];
        var household = HouseholdJson.Parse(Household.Replace("\"applicant\"", $"\"{damage}\"", StringComparison.Ordinal));
        Assert.Equal(("members[0].relation", ErrorCodes.JsonInvalidText), One(household.ValidationErrors));

        var cadre = CadreJson.Parse(Cadre.Replace("\"c-1\"", $"\"{damage}\"", StringComparison.Ordinal));
        Assert.Equal(("id", ErrorCodes.JsonInvalidText), One(cadre.ValidationErrors));

        var policy = PolicySetJson.Parse(PolicySetJson.Write(PolicySets.ZhifuPilot).Replace("\"id\": \"zhifu-pilot\"", $"\"id\": \"{damage}\"", StringComparison.Ordinal));
        Assert.Contains(policy.ValidationErrors, e => (e.Identifier, e.ErrorCode) == ("id", ErrorCodes.JsonInvalidText));

        var history = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "case-history.json"));
        var damaged = CaseEventJson.ParseHistory(history.Replace("\"window-7\"", $"\"{damage}\"", StringComparison.Ordinal));
        Assert.Contains(damaged.ValidationErrors, e => e.ErrorCode == ErrorCodes.JsonInvalidText && e.Identifier.EndsWith("staffId", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidUtf8Bytes_AreInvalidWithThePath_InTheByteReaders()
    {
        var bytes = Encoding.UTF8.GetBytes(Household.Replace("\"applicant\"", "\"appl#cant\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;
        Assert.Equal(("members[0].relation", ErrorCodes.JsonInvalidText), One(HouseholdJson.Parse(bytes).ValidationErrors));

        var policy = Encoding.UTF8.GetBytes(PolicySetJson.Write(PolicySets.ZhifuPilot).Replace("\"id\": \"zhifu-pilot\"", "\"id\": \"zhifu#pilot\"", StringComparison.Ordinal));
        policy[Array.IndexOf(policy, (byte)'#')] = 0xC3;
        Assert.False(PolicySetJson.Parse(policy).IsSuccess);
    }

    [Fact]
    public void AByteOrderMark_AtTheStart_IsAccepted_ByEveryReader()
    {
        Assert.True(HouseholdJson.Parse("\uFEFF" + Household).IsSuccess);
        Assert.True(HouseholdJson.Parse(new ReadOnlyMemory<byte>([.. "\uFEFF"u8.ToArray(), .. Encoding.UTF8.GetBytes(Household)])).IsSuccess);
        Assert.True(CadreJson.Parse("\uFEFF" + Cadre).IsSuccess);
        Assert.True(PolicySetJson.Parse("\uFEFF" + PolicySetJson.Write(PolicySets.ZhifuPilot)).IsSuccess);
        var history = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "case-history.json"));
        Assert.True(CaseEventJson.ParseHistory("\uFEFF" + history).IsSuccess);
    }

    private static (string, string) One(IEnumerable<Ardalis.Result.ValidationError> errors)
    {
        var error = Assert.Single(errors);
        return (error.Identifier, error.ErrorCode);
    }
}
