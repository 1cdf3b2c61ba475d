namespace DomainKit.Assistance;

/// <summary>
/// A case's unmet need referred to a charity project it qualifies for (ZF-MP-01): the amount the project
/// committed, which one payment settles.
/// </summary>
/// <param name="Sequence">The sequence number of the referral event, which its payment cites.</param>
/// <param name="ProjectId">The project's ID.</param>
/// <param name="Need">The need.</param>
/// <param name="Account">The charity account or named fund that pays.</param>
/// <param name="Amount">The amount committed.</param>
/// <param name="Paid">Whether it has been paid.</param>
public sealed record CharityReferral(long Sequence, string ProjectId, Need Need, LedgerAccount Account, Money Amount, bool Paid);
