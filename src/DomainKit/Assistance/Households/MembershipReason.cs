namespace DomainKit.Assistance;

/// <summary>Why a listed person does or does not count as a household member on a date (HH-01, HH-02).</summary>
/// <remarks>The counted reasons come first, so <see cref="Membership.Counts"/> is one comparison on the fast path.</remarks>
internal enum MembershipReason : byte
{
    Applicant,
    Spouse,
    MinorChild,
    AdultStudent,
    AdultDependent,
    RelativeCoResident,

    AdultIndependent,
    RelativeApart,
    NoSupportDuty,
    NotYetBorn,
    ReligiousLife,
    ServingSentence,
    DrugRehabilitation,
    DeclaredMissing,
}
