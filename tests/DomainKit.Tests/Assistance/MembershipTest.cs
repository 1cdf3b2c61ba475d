using DomainKit.Assistance;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>HH-01 (who counts) and HH-02 (who never counts) on the Zhifu preset: adults from 18, clergy after 3 years away.</summary>
public class MembershipTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    private static int Counted(HouseholdMember member, LocalDate? date = null)
    {
        var household = Of(Person(Relation.Applicant, new LocalDate(1970, 1, 1)), member);
        return Dibao.Decide(household, DomainKit.Policies.PolicySets.ZhifuPilot, date ?? Date).Value.CountedMembers - 1;
    }

    [Fact]
    public void Hh01_ChildTurning18OnTheDate_IsAnAdult()
    {
        var child = Person(Relation.Child, new LocalDate(2008, 3, 1)) with { LivesIndependently = true };
        Assert.Equal(0, Counted(child));
        Assert.Equal(1, Counted(child, new LocalDate(2026, 2, 28)));
    }

    [Fact]
    public void Hh01_AdultChild_CountsOnlyAsStudentOrWhenUnableToLiveIndependently()
    {
        var adult = Person(Relation.Child, new LocalDate(2000, 1, 1));
        Assert.Equal(0, Counted(adult with { LivesIndependently = true }));
        Assert.Equal(1, Counted(adult with { LivesIndependently = true, FullTimeStudent = true }));
        Assert.Equal(1, Counted(adult with { LivesIndependently = false }));
    }

    [Fact]
    public void Hh01_RelativeWithDutyOfSupport_CountsOnlyWhenLivingTogether()
    {
        Assert.Equal(1, Counted(Person(Relation.Parent, new LocalDate(1945, 1, 1))));
        Assert.Equal(0, Counted(Person(Relation.Sibling, new LocalDate(1975, 1, 1)) with { LivesWithHousehold = false }));
        Assert.Equal(0, Counted(Person(Relation.OtherWithoutSupportDuty, new LocalDate(1975, 1, 1))));
    }

    [Fact]
    public void Hh01_PersonBornAfterTheDate_DoesNotCountYet() =>
        Assert.Equal(0, Counted(Person(Relation.Child, new LocalDate(2026, 3, 2))));

    [Fact]
    public void Hh02_ReligiousLife_ExcludesFromTheThirdAnniversaryOfLeaving()
    {
        var monk = Person(Relation.Spouse, new LocalDate(1972, 1, 1)) with { Absence = Absence.ReligiousLife, AbsentSince = new LocalDate(2023, 3, 1) };
        Assert.Equal(0, Counted(monk));
        Assert.Equal(1, Counted(monk, new LocalDate(2026, 2, 28)));
    }

    [Theory]
    [InlineData(Absence.ServingSentence)]
    [InlineData(Absence.CompulsoryDrugRehabilitation)]
    [InlineData(Absence.DeclaredMissing)]
    public void Hh02_OtherAbsences_ExcludeOnceBegun(Absence absence)
    {
        var spouse = Person(Relation.Spouse, new LocalDate(1972, 1, 1)) with { Absence = absence };
        Assert.Equal(0, Counted(spouse));
        Assert.Equal(0, Counted(spouse with { AbsentSince = Date }));
        Assert.Equal(1, Counted(spouse with { AbsentSince = Date.PlusDays(1) }));
    }
}
