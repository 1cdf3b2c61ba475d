using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using DomainKit.Validation;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>Education assistance (ED-01) with local standards set on the Zhifu pilot: primary ¥1,000, junior ¥1,250, senior ¥2,000 a year; vocational and tertiary not assisted; home teaching ¥1,500.</summary>
public class EducationAssistanceTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);

    internal static readonly PolicySet Local = PolicySets.ZhifuPilot.With(
        EducationParameters.Standards,
        EducationStandards.Create(
        [
            KeyValuePair.Create(SchoolStage.Primary, Money.FromYuan(1_000m)),
            KeyValuePair.Create(SchoolStage.JuniorSecondary, Money.FromYuan(1_250m)),
            KeyValuePair.Create(SchoolStage.SeniorSecondary, Money.FromYuan(2_000m)),
            KeyValuePair.Create(SchoolStage.HomeTaught, Money.FromYuan(1_500m)),
        ]).Value,
        new LocalDate(2014, 5, 1),
        Provenance.Primary("Test city education-assistance notice"));

    private static HouseholdMember Pupil(SchoolStage stage, int born = 2014) => Person(Relation.Child, new LocalDate(born, 9, 1)) with { SchoolStage = stage };

    private static EducationDecision Decide(Household household) => EducationAssistance.Decide(household, Local, Date).Value;

    [Fact]
    public void Ed01_DibaoPupilsInCompulsoryAndAssistedStages_GetTheStageAmount()
    {
        var household = Of(Person(Relation.Applicant, Adult, Wages(10_000m)), Pupil(SchoolStage.Primary, 2017), Pupil(SchoolStage.JuniorSecondary, 2012), Pupil(SchoolStage.SeniorSecondary, 2009));
        var decision = Decide(household);
        Assert.Equal([1, 2, 3], decision.Assessment.Pupils.Indexes);
        Assert.Equal(Money.FromYuan(4_250m), decision.Assessment.AnnualTotal);
    }

    [Fact]
    public void Ed01_StageTheLocalityDoesNotAssist_IsExplained()
    {
        var decision = Decide(Of(Person(Relation.Applicant, Adult, Wages(10_000m)), Pupil(SchoolStage.Tertiary, 2006) with { FullTimeStudent = true }));
        Assert.False(decision.Assessment.IsEligible);
        Assert.Contains("members[1] is in tertiary education, which the policy does not assist.", decision.Explanation.Render(DomainKit.Explanations.Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Ed01_PupilOfAHouseholdAboveDibao_IsNotAssisted_UnlessExtremePoverty()
    {
        Assert.False(Decide(Of(Person(Relation.Applicant, Adult, Wages(60_000m)), Pupil(SchoolStage.Primary))).Assessment.IsEligible);
        var orphan = Of(Person(Relation.Applicant, new LocalDate(2013, 1, 1)) with { HasAbleSupporter = false, SchoolStage = SchoolStage.JuniorSecondary });
        Assert.Equal(Money.FromYuan(1_250m), Decide(orphan).Assessment.AnnualTotal);
    }

    [Fact]
    public void Ed01_HomeTeaching_IsForDisabledChildrenOnly()
    {
        var disabled = Pupil(SchoolStage.HomeTaught) with { Disability = new Disability(DisabilityKind.Physical, 1) };
        Assert.Equal(Money.FromYuan(1_500m), Decide(Of(Person(Relation.Applicant, Adult, Wages(10_000m)), disabled)).Assessment.AnnualTotal);
        Assert.False(Decide(Of(Person(Relation.Applicant, Adult, Wages(10_000m)), Pupil(SchoolStage.HomeTaught))).Assessment.IsEligible);
    }

    [Fact]
    public void Ed01_WithoutLocalStandards_IsParameterNotSet()
    {
        var result = EducationAssistance.Decide(Of(Person(Relation.Applicant, Adult), Pupil(SchoolStage.Primary)), PolicySets.ZhifuPilot, Date);
        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == ErrorCodes.ParameterMissing && e.ErrorMessage.Contains("educationStandards", StringComparison.Ordinal));
    }

    [Fact]
    public void Standards_WithoutCompulsoryStages_AreInvalid() =>
        Assert.False(EducationStandards.Create([KeyValuePair.Create(SchoolStage.Primary, Money.FromYuan(1m))]).IsSuccess);

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool FastPath_EqualsExplainedPath_AndOnlyCountedPupilsAreAssisted(Household household, LocalDate date)
    {
        var terms = EducationTerms.Resolve(Local, date).Value;
        var fast = EducationAssistance.Assess(household, terms);
        var counted = MeansTest.CountedMembers(household, terms.ExtremePoverty.Dibao.MeansTest);
        var batch = new EducationAssessment[1];
        EducationAssistance.AssessAll([household], terms, batch);
        return EducationAssistance.Decide(household, Local, date).Value.Assessment == fast
            && batch[0] == fast
            && fast.Pupils.Indexes.All(i => counted.Contains(i) && household.Members[i].SchoolStage != SchoolStage.None);
    }
}
