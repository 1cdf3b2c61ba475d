using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Decides, allocation-free, whether a listed person counts as a household member on a date (HH-01, HH-02).</summary>
internal static class Membership
{
    public static bool Counts(MembershipReason reason) => reason <= MembershipReason.RelativeCoResident;

    public static MembershipReason Classify(in MemberFacts member, MeansTestTerms terms)
    {
        var date = terms.Date;
        var dateKey = terms.DateKey;
        if (member.BirthKey > dateKey)
        {
            return MembershipReason.NotYetBorn;
        }

        // HH-02 exclusions override the relation test, but only once the absence has begun; religious
        // life excludes only after the stated number of consecutive years away.
        var absenceBegun = member.AbsentSinceKey <= dateKey;
        if (absenceBegun)
        {
            switch (member.Absence)
            {
                case Absence.ReligiousLife when Dates.YearsHavePassed(member.AbsentSince!.Value, date, terms.ClergyYearsAway.Value):
                    return MembershipReason.ReligiousLife;
                case Absence.ServingSentence:
                    return MembershipReason.ServingSentence;
                case Absence.CompulsoryDrugRehabilitation:
                    return MembershipReason.DrugRehabilitation;
                case Absence.DeclaredMissing:
                    return MembershipReason.DeclaredMissing;
            }
        }

        return member.Relation switch
        {
            Relation.Applicant => MembershipReason.Applicant,
            Relation.Spouse => MembershipReason.Spouse,
            Relation.Child when !terms.AdultThreshold.Reached(member.BirthDate, member.BirthKey) => MembershipReason.MinorChild,
            Relation.Child when member.FullTimeStudent => MembershipReason.AdultStudent,
            Relation.Child when !member.LivesIndependently => MembershipReason.AdultDependent,
            Relation.Child => MembershipReason.AdultIndependent,
            Relation.OtherWithoutSupportDuty => MembershipReason.NoSupportDuty,
            _ when member.LivesWithHousehold => MembershipReason.RelativeCoResident,
            _ => MembershipReason.RelativeApart,
        };
    }
}
