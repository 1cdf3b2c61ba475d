using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace DomainKit.Contracts;

/// <summary>The <c>payCharity</c> command: pays a charity referral from its account (ZF-MP-01, ZF-MP-02).</summary>
[Description("Pays a charity referral from its account (ZF-MP-01, ZF-MP-02).")]
public sealed record PayCharityActionDocument : CaseActionDocument
{
    /// <summary>The sequence number of the charityReferred event.</summary>
    [Range(1, 100000)]
    [Description("The sequence number of the charityReferred event.")]
    public required int ReferralSequence { get; init; }
}
