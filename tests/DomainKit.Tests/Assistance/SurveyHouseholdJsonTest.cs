using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.Contracts;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using DomainKit.Tests.Serialization;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// The <c>domainkit/survey-household@1</c> contract: a household with its weight and division, read back as written,
/// valid under its published schema, strict on every field, and a household document read as weight 1 in no division.
/// </summary>
public sealed class SurveyHouseholdJsonTest
{
    private static readonly Household Household = HouseholdJson.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "eligible.json"))).Value;

    [Property(MaxTest = 300, Arbitrary = [typeof(DomainArbitraries)])]
    public Property WhatIsWritten_ReadsBack_AndValidates(Household household) =>
        Prop.ForAll(Gen.Choose(1, 10_000_000).Zip(Gen.Elements<string?>(null, "370602", "110101", "650102")).ToArbitrary(), pair =>
        {
            var (tenThousandths, regionText) = pair;
            var weight = tenThousandths / 10_000m;
            RegionCode? region = regionText is null ? null : RegionCode.Parse(regionText).Value;
            var json = SurveyHouseholdJson.Write(household, weight, region);
            StandardValidatorTest.AssertValid(SurveyHouseholdJson.Schema, json);
            var read = SurveyHouseholdJson.Parse(json);
            Assert.True(read.IsSuccess, string.Join("; ", read.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorCode)));
            Assert.Equal(HouseholdJson.Write(household), HouseholdJson.Write(read.Value.Claims.Household));
            Assert.Equal(weight, read.Value.Weight);
            Assert.Equal(region, read.Value.Region);
            Assert.Equal(json, SurveyHouseholdJson.Write(read.Value.Claims.Household, read.Value.Weight, read.Value.Region));
        });

    [Fact]
    public void AWeightIsWrittenWithoutTrailingZeros_AndAbsentMeansOne()
    {
        var json = SurveyHouseholdJson.Write(Household, 2.5000m, RegionCode.Parse("370602").Value);
        Assert.Equal("2.5", JsonNode.Parse(json)!["weight"]!.GetValue<string>());

        var noWeight = JsonNode.Parse(json)!.AsObject();
        noWeight.Remove("weight");
        noWeight.Remove("region");
        var read = SurveyHouseholdJson.Parse(noWeight.ToJsonString());
        Assert.Equal(1m, read.Value.Weight);
        Assert.Null(read.Value.Region);
    }

    [Fact]
    public void AHouseholdDocument_IsAHouseholdOfWeightOne_InNoDivision()
    {
        var read = SurveyHouseholdJson.Parse(HouseholdJson.Write(Household));
        Assert.True(read.IsSuccess);
        Assert.Equal(1m, read.Value.Weight);
        Assert.Null(read.Value.Region);
        Assert.Equal(HouseholdJson.Write(Household), HouseholdJson.Write(read.Value.Claims.Household));

        // Its problems are the household reader's, at the same paths.
        var bad = JsonNode.Parse(HouseholdJson.Write(Household))!;
        bad["members"]![0]!["birthDate"] = "2026-13-01";
        Assert.Equal(HouseholdJson.Parse(bad.ToJsonString()).ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)), SurveyHouseholdJson.Parse(bad.ToJsonString()).ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)));
    }

    [Theory]
    [InlineData("\"0\"", "weight", ErrorCodes.OutOfRange)]
    [InlineData("\"-1\"", "weight", ErrorCodes.OutOfRange)]
    [InlineData("\"1e3\"", "weight", ErrorCodes.OutOfRange)]
    [InlineData("\" 2\"", "weight", ErrorCodes.OutOfRange)]
    [InlineData("\"1000000.5\"", "weight", ErrorCodes.OutOfRange)]
    [InlineData("\"1.23456\"", "weight", ErrorCodes.OutOfRange)]
    [InlineData("2.5", "weight", ErrorCodes.JsonWrongType)]
    public void AForgedWeight_IsRefusedAtItsPath_NeverEchoed(string weight, string path, string code)
    {
        var json = Document().Replace("\"weight\":\"2.5\"", $"\"weight\":{weight}", StringComparison.Ordinal);
        var errors = SurveyHouseholdJson.Parse(json).ValidationErrors.ToList();
        Assert.Equal([(path, code)], errors.Select(e => (e.Identifier, e.ErrorCode)));
        // A one-digit value may appear in the message's own bounds; any longer one would be an echo.
        if (weight.Trim('"').Length > 1)
        {
            Assert.DoesNotContain(weight.Trim('"'), errors[0].ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryOtherForgedField_IsRefusedAtItsPath()
    {
        (string Json, string Path, string Code)[] cases =
        [
            (Document().Replace("\"region\":\"370602\"", "\"region\":\"37060\"", StringComparison.Ordinal), "region", ErrorCodes.RegionCodeInvalid),
            (Document().Replace("\"region\":\"370602\"", "\"region\":\"990602\"", StringComparison.Ordinal), "region", ErrorCodes.RegionCodeInvalid),
            (Document().Replace("\"region\":\"370602\"", "\"region\":370602", StringComparison.Ordinal), "region", ErrorCodes.JsonWrongType),
            (Document().Replace("\"region\":\"370602\"", "\"name\":\"张三\"", StringComparison.Ordinal), string.Empty, ErrorCodes.JsonUnknownProperty),
            (Document().Replace("\"birthDate\":\"", "\"birthDate\":\"x", StringComparison.Ordinal), "household.members[0].birthDate", ErrorCodes.DateInvalid),
            (Document()[..Document().IndexOf(",\"household\"", StringComparison.Ordinal)] + "}", "household", ErrorCodes.Required),
            (Document().Replace("\"weight\":\"2.5\"", "\"weight\":\"2.5\",\"weight\":\"3\"", StringComparison.Ordinal), "weight", ErrorCodes.JsonDuplicateProperty),
        ];
        foreach (var (json, path, code) in cases)
        {
            var errors = SurveyHouseholdJson.Parse(json).ValidationErrors;
            Assert.Contains((path, code), errors.Select(e => (e.Identifier, e.ErrorCode)));
            Assert.All(errors, e => Assert.DoesNotContain("张三", e.ErrorMessage, StringComparison.Ordinal));
        }

        Assert.False(SurveyHouseholdJson.Parse(Document()[..^5]).IsSuccess);
    }

    [Fact]
    public void TheTypedDocument_ReadsAsTheText()
    {
        var document = System.Text.Json.JsonSerializer.Deserialize(Document(), ContractJsonContext.Default.SurveyHouseholdDocument)!;
        var read = document.ToSurveyHousehold();
        Assert.Equal(2.5m, read.Value.Weight);
        Assert.Equal("370602", read.Value.Region?.Value);
        Assert.Equal([("weight", ErrorCodes.OutOfRange)], (document with { Weight = "0" }).ToSurveyHousehold().ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)));
    }

    /// <summary>A document on one line, as a JSON-lines caseload holds it.</summary>
    private static string Document() => JsonNode.Parse(SurveyHouseholdJson.Write(Household, 2.5m, RegionCode.Parse("370602").Value))!.ToJsonString();
}
