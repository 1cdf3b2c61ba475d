using DomainKit.Assistance;
using DomainKit.Tests.Generators;
using DomainKit.Validation;
using FsCheck.Xunit;

namespace DomainKit.Tests.Assistance;

public class HouseholdJsonTest
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool WriteThenParse_RoundTrips(Household household)
    {
        var json = HouseholdJson.Write(household);
        var read = HouseholdJson.Parse(json);
        return read.IsSuccess && HouseholdJson.Write(read.Value) == json && read.Value.Members.SequenceEqual(household.Members, MemberComparer.Instance);
    }

    public static TheoryData<string, string, string> BadAmountsInTheSecondVersion => new()
    {
        // The second version takes amounts only as decimal strings; a number, or text that is not whole fen, is refused.
        { "{\"schema\":\"domainkit/household@2\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":1200}]}]}", "members[0].incomes[0].amount", ErrorCodes.JsonWrongType },
        { "{\"schema\":\"domainkit/household@2\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":\"1200.005\"}]}]}", "members[0].incomes[0].amount", ErrorCodes.MoneyNotExact },
        { "{\"schema\":\"domainkit/household@2\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":\"1e3\"}]}]}", "members[0].incomes[0].amount", ErrorCodes.MoneyNotExact },
        { "{\"schema\":\"domainkit/household@2\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":\"012\"}]}]}", "members[0].incomes[0].amount", ErrorCodes.MoneyNotExact },
        { "{\"schema\":\"domainkit/household@2\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":\"12,00\"}]}]}", "members[0].incomes[0].amount", ErrorCodes.MoneyNotExact },
        { "{\"schema\":\"domainkit/household@2\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":\"-1.00\"}]}]}", "members[0].incomes[0].amount", ErrorCodes.AmountNegative },
        { "{\"schema\":\"domainkit/household@2\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\"}],\"assets\":{\"financialAssets\":\"１２\"}}", "assets.financialAssets", ErrorCodes.MoneyNotExact },
        // The first version takes numbers only.
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":\"1200.00\"}]}]}", "members[0].incomes[0].amount", ErrorCodes.JsonWrongType },
        // The version is known wherever the schema stands, even after the amounts.
        { "{\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":\"1200.00\"}]}],\"schema\":\"domainkit/household@1\"}", "members[0].incomes[0].amount", ErrorCodes.JsonWrongType },
    };

    [Theory]
    [MemberData(nameof(BadAmountsInTheSecondVersion))]
    public void AnAmountInTheWrongFormForItsVersion_IsRefusedAtItsPath(string json, string path, string code)
    {
        var result = HouseholdJson.Parse(json);
        Assert.Equal([(path, code)], result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)));
        Assert.DoesNotContain("1200", string.Join(" ", result.ValidationErrors.Select(e => e.ErrorMessage)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"19.99\"", 1999)]
    [InlineData("\"0\"", 0)]
    [InlineData("\"0.5\"", 50)]
    [InlineData("\"18000\"", 1800000)]
    [InlineData("\"10000000000.00\"", 1000000000000)]
    [InlineData("\"\\u0031\\u0039.99\"", 1999)]
    public void AnAmountAsADecimalString_IsReadExactly(string amount, long fen)
    {
        var json = $$"""{"schema":"domainkit/household@2","members":[{"relation":"applicant","birthDate":"1970-01-01","incomes":[{"kind":"wages","amount":{{amount}}}]}]}""";
        Assert.Equal(Money.FromFen(fen), HouseholdJson.Parse(json).Value.Members[0].Incomes[0].Amount);
    }

    [Fact]
    public void AHouseholdOfTheFirstVersion_StillReads_AsTheSameHouseholdOfTheSecond()
    {
        var first = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "household-1.json"));
        var second = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "eligible.json"));
        Assert.Contains(HouseholdJson.FirstSchema, first, StringComparison.Ordinal);
        Assert.Contains(HouseholdJson.Schema, second, StringComparison.Ordinal);
        Assert.Equal(HouseholdJson.Write(HouseholdJson.Parse(second).Value), HouseholdJson.Write(HouseholdJson.Parse(first).Value));
    }

    public static TheoryData<string, string, string> BadDocuments => new()
    {
        { "", "", ErrorCodes.JsonMalformed },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[", "", ErrorCodes.JsonMalformed },
        { "{\"schema\":\"domainkit/household@1\",\"members\":{}}", "members", ErrorCodes.JsonWrongType },
        { "{\"members\":[]}", "schema", ErrorCodes.Required },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[]}", "members", ErrorCodes.HouseholdNoMembers },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":-1}]}]}", "members[0].incomes[0].amount", ErrorCodes.AmountNegative },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":1e20}]}]}", "members[0].incomes[0].amount", ErrorCodes.MoneyNotExact },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"incomes\":[{\"kind\":\"wages\",\"amount\":1e400}]}]}", "members[0].incomes[0].amount", ErrorCodes.OutOfRange },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"19700101\"}]}", "members[0].birthDate", ErrorCodes.DateInvalid },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"Applicant\",\"birthDate\":\"1970-01-01\"}]}", "members[0].relation", ErrorCodes.UnknownName },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"birthdate\":\"1970-01-01\"}]}", "members[0]", ErrorCodes.JsonUnknownProperty },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"relation\":\"spouse\",\"birthDate\":\"1970-01-01\"}]}", "members[0].relation", ErrorCodes.JsonDuplicateProperty },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"fullTimeStudent\":\"yes\"}]}", "members[0].fullTimeStudent", ErrorCodes.JsonWrongType },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\"}],\"assets\":{\"homesOwned\":1.5}}", "assets.homesOwned", ErrorCodes.NotWholeNumber },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\"},{\"relation\":\"child\",\"birthDate\":\"2000-01-01\",\"absence\":\"religiousLife\"}]}", "members[1].absentSince", ErrorCodes.MemberAbsenceDateRequired },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"disability\":{\"kind\":\"physical\",\"grade\":5}}]}", "members[0].disability.grade", ErrorCodes.OutOfRange },
        { "{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1970-01-01\",\"disability\":{\"kind\":\"limb\",\"grade\":1}}]}", "members[0].disability.kind", ErrorCodes.UnknownName },
        { new string('[', 100) + new string(']', 100), "", ErrorCodes.JsonMalformed },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Parse_BadDocument_IsInvalidWithPathAndCode(string json, string path, string code)
    {
        var result = HouseholdJson.Parse(json);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.ValidationErrors, e => e.Identifier == path && e.ErrorCode == code);
    }

    [Fact]
    public void Parse_LongUnknownPropertyName_IsQuotedShortened()
    {
        var name = new string('x', 10_000);
        var result = HouseholdJson.Parse("{\"schema\":\"domainkit/household@1\",\"" + name + "\":1,\"members\":[]}");
        var error = Assert.Single(result.ValidationErrors, e => e.ErrorCode == ErrorCodes.JsonUnknownProperty);
        Assert.True(error.ErrorMessage.Length < 300);
    }

    private sealed class MemberComparer : IEqualityComparer<HouseholdMember>
    {
        public static readonly MemberComparer Instance = new();

        public bool Equals(HouseholdMember? x, HouseholdMember? y) =>
            x is not null && y is not null
            && (x with { Incomes = [] }) == (y with { Incomes = [] })
            && x.Incomes.SequenceEqual(y.Incomes);

        public int GetHashCode(HouseholdMember obj) => obj.BirthDate.GetHashCode();
    }
}
