using DomainKit.Assistance;
using DomainKit.Cadres;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Outputs;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Policies;

/// <summary>
/// The policy sets at their edges: how sure each source kind is, when provenances and dated values are equal, the
/// bundled sets read afresh, values set in code without a provenance, and the refusals of values no parameter, unit,
/// source kind or language defines.
/// </summary>
public class PolicyEdgesTest
{
    private static readonly LocalDate Day = new(2026, 1, 1);

    [Fact]
    public void OnlySeedPrimaryAndSecondarySources_ConfirmAValue()
    {
        var confirmed = Enum.GetValues<SourceKind>().Where(kind => new Provenance(kind, "c").IsConfirmed);
        Assert.Equal([SourceKind.Seed, SourceKind.Primary, SourceKind.Secondary], confirmed);
        Assert.Equal(SourceKind.Unconfirmed, Provenance.Unconfirmed("c").Kind);
        Assert.Equal(SourceKind.Illustrative, Provenance.Illustrative("c").Kind);
    }

    [Fact]
    public void ProvenancesAndDatedValues_AreEqualExactlyWhenTheirKindCitationDateAndValueAre()
    {
        Provenance[] provenances = [Provenance.Seed("art. 1"), Provenance.Seed("art. 2"), Provenance.Primary("art. 1"), Provenance.Primary("Art. 1"), Provenance.Seed("art. 1")];
        EqualityLaws.Hold(provenances);
        Assert.False(provenances[0].Equals(null));
        Assert.Equal("seed: art. 1", provenances[0].ToString());
        EqualityLaws.Hold(new[]
        {
            new DatedValue<int>(Day, 1, provenances[0]),
            new DatedValue<int>(Day, 1, provenances[1]),
            new DatedValue<int>(Day, 2, provenances[0]),
            new DatedValue<int>(Day.PlusDays(1), 1, provenances[0]),
            new DatedValue<int>(Day, 1, Provenance.Seed("art. 1")),
        });
    }

    [Fact]
    public void AProvenance_OfAnUndefinedKindOrWithoutACitation_IsRefused()
    {
        var undefined = Assert.Throws<ArgumentException>(() => new Provenance((SourceKind)99, "c"));
        Assert.Equal(("kind", "The source kind is not defined. (Parameter 'kind')"), (undefined.ParamName, undefined.Message));
        Assert.Throws<ArgumentException>(() => new Provenance(SourceKind.Seed, " "));
        Assert.StartsWith("Unknown source kind.", Assert.Throws<ArgumentOutOfRangeException>(() => SourceKinds.ToToken((SourceKind)99)).Message, StringComparison.Ordinal);
        Assert.False(SourceKinds.TryParse(null, out _));
    }

    [Theory]
    [MemberData(nameof(BundledIds))]
    public void ABundledSet_ReadAfresh_IsTheSetTheLibraryHolds(string id)
    {
        var afresh = PolicySets.LoadBundled(id);
        Assert.Equal(PolicySetJson.Write(PolicySets.Bundled(id).Value), PolicySetJson.Write(afresh));
        Assert.Equal(id, afresh.Id);
    }

    public static TheoryData<string> BundledIds() => [.. PolicySets.BundledIds];

    [Fact]
    public void ABundledSetMissingFromTheAssembly_IsADefectOfTheBuild()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => PolicySets.LoadBundled("atlantis"));
        Assert.Equal("The bundled policy set atlantis is missing from the assembly.", missing.Message);
    }

    [Fact]
    public void AnUnknownBundledSet_IsInvalid_ListingTheBundledOnes()
    {
        foreach (var id in new[] { "atlantis", null, string.Empty })
        {
            var error = Assert.Single(PolicySets.Bundled(id).ValidationErrors);
            Assert.Equal(("policy", ErrorCodes.PolicyUnknown), (error.Identifier, error.ErrorCode));
            Assert.Equal("No bundled policy set has that identifier; bundled: national-baseline, zhifu-pilot, shaanxi-2016.", error.ErrorMessage);
        }
    }

    [Fact]
    public void AValueSetInCode_WithoutAProvenance_IsMarkedIllustrative_AndTheParameterOverriddenOnce()
    {
        var policy = PolicySets.ZhifuPilot;
        Assert.Equal("zhifu-pilot 2026.1", policy.ToString());
        var once = policy.With(DibaoParameters.StandardMonthly, Money.FromYuan(950m), Day);
        var twice = once.With(DibaoParameters.StandardMonthly, Money.FromYuan(960m), Day.PlusDays(1));
        var value = twice.ValueAt(DibaoParameters.StandardMonthly, Day).Value;
        Assert.Equal(Provenance.Illustrative("Override supplied by the caller."), value.Provenance);
        Assert.Same(DibaoParameters.StandardMonthly, Assert.Single(twice.OverriddenParameters));
        Assert.Equal("zhifu-pilot 2026.1 (modified)", twice.ToString());
    }

    [Fact]
    public void AValueOutsideItsBounds_SetInCode_IsRefusedNamingTheParameter()
    {
        var empty = PolicySet.Create("empty", "Empty", "1", string.Empty, []).Value;
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => empty.With(DibaoParameters.StandardMonthly, Money.FromYuan(-1m), Day));
        Assert.Equal("The value is not allowed for parameter dibaoStandardMonthly. (Parameter 'value')", refused.Message);
        var timeline = Timeline.Of(DibaoParameters.StandardMonthly, new DatedValue<Money>(Day, Money.FromYuan(900m), Provenance.Seed("c"))).Value;
        var outside = Assert.Throws<ArgumentOutOfRangeException>(() => timeline.With(new DatedValue<Money>(Day, Money.FromYuan(-1m), Provenance.Seed("c"))));
        Assert.Equal("The value is not allowed for parameter dibaoStandardMonthly. (Parameter 'value')", outside.Message);
        var unsourced = Assert.Throws<ArgumentException>(() => timeline.With(default));
        Assert.Equal("The value needs a provenance. (Parameter 'value')", unsourced.Message);
    }

    [Fact]
    public void ATimelineValueWithoutAProvenance_IsInvalidAtItsSource()
    {
        var result = Timeline.Create(DibaoParameters.StandardMonthly, [new DatedValue<Money>(Day, Money.FromYuan(900m), Provenance.Seed("c")), default]);
        // A default value also has no amount and the first possible date: each problem is reported.
        Assert.Equal(
            [
                ("parameters.dibaoStandardMonthly.values[1].source", ErrorCodes.Required, "Every value needs a provenance."),
                ("parameters.dibaoStandardMonthly.values[1].value", ErrorCodes.OutOfRange, "The amount must lie between 0.01 and 1,000,000,000.00 yuan."),
                ("parameters.dibaoStandardMonthly.values[1].from", ErrorCodes.TimelineUnsorted, "Parameter dibaoStandardMonthly: the value effective from 0001-01-01 must come after the one effective from 2026-01-01."),
            ],
            result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode, e.ErrorMessage)));
    }

    [Fact]
    public void ASetGivenTheSameParameterTwice_IsInvalidAtThatParameter()
    {
        var timeline = Timeline.Of(DibaoParameters.StandardMonthly, new DatedValue<Money>(Day, Money.FromYuan(900m), Provenance.Seed("c"))).Value;
        var error = Assert.Single(PolicySet.Create("twice", "Twice", "1", string.Empty, [timeline, timeline]).ValidationErrors);
        Assert.Equal(("parameters.dibaoStandardMonthly", ErrorCodes.JsonDuplicateProperty, "Parameter dibaoStandardMonthly is given twice."), (error.Identifier, error.ErrorCode, error.ErrorMessage));
    }

    [Fact]
    public void UndefinedChoicesUnitsAndLanguages_AreRefused()
    {
        var undefined = Assert.Single(Timeline.Create(CadreParameters.ExcellentQuotaRounding, [new DatedValue<QuotaRounding>(Day, (QuotaRounding)99, Provenance.Seed("c"))]).ValidationErrors);
        Assert.Equal(("parameters.excellentQuotaRounding.values[0].value", ErrorCodes.UnknownName, "The value is not defined."), (undefined.Identifier, undefined.ErrorCode, undefined.ErrorMessage));
        Assert.False(CadreParameters.ExcellentQuotaRounding.Allows((QuotaRounding)99));
        Assert.True(CadreParameters.ExcellentQuotaRounding.Allows(QuotaRounding.Down));
        var empty = PolicySet.Create("empty", "Empty", "1", string.Empty, []).Value;
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => empty.With(CadreParameters.ExcellentQuotaRounding, (QuotaRounding)99, Day));
        Assert.Equal("The value is not allowed for parameter excellentQuotaRounding. (Parameter 'value')", refused.Message);
        Assert.StartsWith("Unknown unit.", Assert.Throws<ArgumentOutOfRangeException>(() => ParameterUnits.ToToken((ParameterUnit)99)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown language.", Assert.Throws<ArgumentOutOfRangeException>(() => DibaoParameters.StandardMonthly.Describe((Language)99)).Message, StringComparison.Ordinal);
        Assert.Equal("dibaoStandardMonthly (DB-01)", DibaoParameters.StandardMonthly.ToString());
    }
}
