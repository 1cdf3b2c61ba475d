using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Tests.Policies;

public class PolicySetsTest
{
    public static TheoryData<string> BundledIds => new(PolicySets.BundledIds);

    [Theory]
    [MemberData(nameof(BundledIds))]
    public void Bundled_HoldsEveryRequiredParameterInTheCatalogue(string id)
    {
        var policy = PolicySets.Bundled(id).Value;
        Assert.Equal(id, policy.Id);
        Assert.All(ParameterCatalog.All.Where(p => !p.IsOptional && !p.RequiresLocalValue), parameter => Assert.True(policy.Contains(parameter), parameter.Id));
        Assert.All(ParameterCatalog.All.Where(p => p.RequiresLocalValue), parameter => Assert.False(policy.Contains(parameter), parameter.Id));
    }

    [Fact]
    [Trait("rule", "ZF-DB-01")]
    public void ZhifuPilot_HasOneDibaoStandard_ForUrbanAndRuralResidents()
    {
        // Unified: the catalogue has a single monetary dibao standard, with no urban or rural variant, and every value
        // of it in the Zhifu preset cites the unification.
        var standard = Assert.Single(ParameterCatalog.All, p => p.RuleId == "DB-01");
        Assert.Same(DibaoParameters.StandardMonthly, standard);
        Assert.True(PolicySets.ZhifuPilot.TryGetTimeline(DibaoParameters.StandardMonthly, out var timeline));
        Assert.All(timeline.Values, value => Assert.Contains("ZF-DB-01", value.Provenance.Citation, StringComparison.Ordinal));
    }

    [Fact]
    public void ZhifuPilot_HoldsTheSeriousIllnessReform()
    {
        PolicyParameter[] zhifuOnly =
        [
            DomainKit.Assistance.MedicalParameters.SchemeSeriousIllness,
            DomainKit.Assistance.MedicalParameters.SeriousIllnessGroups,
            DomainKit.Assistance.FundParameters.MedicalAssistanceBudget,
            DomainKit.Assistance.ExpenditureParameters.UrbanConsumptionPerCapita,
        ];
        Assert.All(zhifuOnly, parameter => Assert.True(PolicySets.ZhifuPilot.Contains(parameter), parameter.Id));
        Assert.False(PolicySets.NationalBaseline.Contains(DomainKit.Assistance.MedicalParameters.SchemeSeriousIllness));
    }

    [Theory]
    [MemberData(nameof(BundledIds))]
    public void Bundled_ParametersTaggedUnconfirmedOrNoSourceInTheSpecification_AreNeverMarkedConfirmed(string id)
    {
        // HH-04's window is [D] and HH-05's limits are [U]; DB-01's standard is local, absent from every source.
        var policy = PolicySets.Bundled(id).Value;
        string[] unconfirmed = ["assessmentWindowMonths", "financialAssetsMultiple", "maxHomes", "businessEquityLimit", "dibaoStandardMonthly"];
        foreach (var timeline in policy.Timelines.Where(t => unconfirmed.Contains(t.Parameter.Id)))
        {
            Assert.All(timeline.Provenances, p => Assert.False(p.IsConfirmed, timeline.Parameter.Id));
        }
    }

    [Fact]
    public void Bundled_UnknownId_IsInvalid()
    {
        var result = PolicySets.Bundled("atlantis");
        Assert.Equal(ErrorCodes.PolicyUnknown, Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Catalogue_IdsAreUniqueAndFindable()
    {
        Assert.Equal(ParameterCatalog.All.Length, ParameterCatalog.All.Select(p => p.Id).Distinct().Count());
        Assert.All(ParameterCatalog.All, p => Assert.True(ParameterCatalog.TryFind(p.Id, out var found) && ReferenceEquals(found, p)));
        Assert.False(ParameterCatalog.TryFind("dibaoStandard", out _));
    }
}
