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
